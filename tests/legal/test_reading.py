"""Reading a complaint: negation, doubt and words with two meanings do not make an offence."""

from datetime import date

import pytest

from afirgen.legal import Identification, SectionIdentifier
from afirgen.legal.facts import Fact, detect_facts
from afirgen.legal.lexicon import SECTION_FACTS

AFTER_BNS = date(2025, 3, 20)


def refs(result: Identification) -> set[str]:
    return {f"{m.act} {m.reference}" for m in result.sections}


def test_a_night_burglary_where_nobody_was_hurt_is_house_breaking_and_theft(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "Our house was locked while we were away. On the night of 12 March, around 2 am, "
        "three men broke the lock of the main door and stole a gold necklace, two bangles "
        "and Rs 40,000 cash from the almirah. Nobody was hurt."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert "hurt" not in result.facts.findings
    assert {"BNS 305(a)", "BNS 331(4)"} <= refs(result)
    assert not any(r.startswith(("BNS 309", "BNS 115")) for r in refs(result))


def test_father_s_name_in_hinglish_is_not_a_beating(identifier: SectionIdentifier) -> None:
    text = (
        "Mera naam Rohit hai, pita ka naam Suresh Sharma. Kal raat do ladke bike par aaye "
        "aur mere haath se phone chheen kar farar ho gaye. Mujhe koi chot nahi lagi."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert "hurt" not in result.facts.findings
    assert "BNS 304(2)" in refs(result) and "BNS 309(4)" not in refs(result)


def test_no_injury_in_devanagari_and_english_is_no_hurt(identifier: SectionIdentifier) -> None:
    for text in (
        "दो लड़के मेरा फोन झपटकर फरार हो गए। मुझे कोई चोट नहीं लगी।",
        "Two boys snatched my mobile and ran. I did not receive any injury.",
        "Two boys snatched my mobile and ran. No one was injured.",
    ):
        result = identifier.identify(text, AFTER_BNS)
        assert "hurt" not in result.facts.findings, text


def test_a_doubt_about_a_weapon_is_not_a_weapon(identifier: SectionIdentifier) -> None:
    text = "A man grabbed my bag and ran; I am not sure whether he had a knife."
    result = identifier.identify(text, AFTER_BNS)
    assert "weapon" not in result.facts.findings


def test_a_dowry_demand_is_not_dowry_given_and_beating_by_in_laws_is_cruelty(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "मेरी शादी 2022 में हुई थी। मेरे पति और सास दहेज में पांच लाख रुपये और कार की मांग "
        "करते हैं और मांग पूरी न होने पर मुझे मारते-पीटते हैं। मेरे ससुर ने कभी मुझे परेशान नहीं किया।"
    )
    result = identifier.identify(text, AFTER_BNS)
    assert {"BNS 85", "Dowry Prohibition Act 4"} <= refs(result)
    assert "Dowry Prohibition Act 3" not in refs(result)


def test_house_trespass_is_graded_by_preparation(identifier: SectionIdentifier) -> None:
    scuffle = (
        "My neighbour entered my house without permission, argued with me and slapped me "
        "in my courtyard."
    )
    armed = (
        "My neighbour entered my house with an iron rod in his hand and hit me on the "
        "shoulder in my courtyard."
    )
    assert "BNS 333" not in refs(identifier.identify(scuffle, AFTER_BNS))
    assert "BNS 333" in refs(identifier.identify(armed, AFTER_BNS))


def test_an_agreement_to_cheat_said_outright_is_criminal_conspiracy(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "Ramesh and his brother Suresh hatched a plan and forged my signature on a sale deed "
        "of my plot, sold the plot to a buyer and took Rs 12 lakh from him."
    )
    found = refs(identifier.identify(text, AFTER_BNS))
    assert {"BNS 61(2)", "BNS 338"} <= found
    # Without an offence agreed on, there is nothing to conspire to.
    alone = "My brother and his wife have conspired against me for years."
    assert "BNS 61(2)" not in refs(identifier.identify(alone, AFTER_BNS))


def test_a_list_of_acts_denied_together_makes_no_offence(identifier: SectionIdentifier) -> None:
    for text in (
        "Padosi kehta hai hamari deewar uski zameen mein hai. Usne koi marpeet ya dhamki nahi di, "
        "bas roz jhagda karta hai. Naap karwa dijiye.",
        "पड़ोसी ने खेत की डोल तोड़कर अपनी तरफ कर ली है। हम दोनों में कोई मारपीट या गाली-गलौज कभी नहीं हुई।",
        "My brother-in-law shouts about the shop rent every month. He did not abuse us or "
        "threaten us, and he didnt hit anyone.",
    ):
        result = identifier.identify(text, AFTER_BNS)
        assert not {"hurt", "threat", "abuse"} & {f.value for f in result.facts.findings}, text
        assert result.no_offence, text


def test_an_act_the_complainant_disowns_is_not_alleged(identifier: SectionIdentifier) -> None:
    text = (
        "The garage billed me twice for one repair. I am not claiming that someone stole "
        "anything from me or cheated me, I only want the extra charge refunded."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert not {"property_taken", "deception"} & {f.value for f in result.facts.findings}


def test_father_named_in_the_header_and_a_stopped_phone_are_no_beating_or_confinement(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "Main Ravi, pita Late Mohan Lal, gaon Bhadson. Maine dukaan ke maalik ko 40,000 udhaar "
        "diye the, ab wo paise wapas nahi kar raha aur phone uthana band kar diya. Wo kehta hai "
        "chhod do, dekh lenge."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert not {"hurt", "confinement", "threat"} & {f.value for f in result.facts.findings}
    assert result.no_offence


def test_a_purse_lost_in_a_crowd_and_found_missing_is_no_theft(
    identifier: SectionIdentifier,
) -> None:
    for text in (
        "Mela se ghar aaya to dekha purse nahi tha. Shayad bheed mein kahin gir gaya. "
        "Duplicate licence ke liye report chahiye.",
        "मेले से लौटकर देखा तो मेरा बटुआ गायब था, शायद रास्ते में कहीं गिर गया।",
    ):
        result = identifier.identify(text, AFTER_BNS)
        assert not any(m.reference.startswith("303") for m in result.sections), text
        assert result.no_offence and result.civil_dispute, text


def test_a_theft_seen_happening_is_still_theft_when_the_word_lost_appears(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "A man put his hand in my bag on the bus and stole my wallet; I lost Rs 6,000 and my "
        "licence. My wallet was missing when I got down."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert any(m.reference.startswith("303") for m in result.sections)


def test_a_threat_in_the_accused_s_own_words_is_intimidation(
    identifier: SectionIdentifier,
) -> None:
    for text in (
        'Kal dukaan par Mahesh ne mujhse kaha "agli baar dikha to tera aisa haal karunga ki '
        'ghar nahi ja payega".',
        'Our neighbour shouted at my father, "I will break your legs if you park here again".',
        'पड़ोसी ने गली में रोककर कहा "तुझे तो मैं देख लूँगा"।',
        "He told my brother that if he complained again he would burn our shop.",
    ):
        result = identifier.identify(text, AFTER_BNS)
        assert any(r.startswith("BNS 351") for r in refs(result)), (text, refs(result))


def test_a_promise_in_quotes_is_no_threat(identifier: SectionIdentifier) -> None:
    text = 'Usne kaha "tumhare paise agle mahine lauta dunga" par abhi tak nahi diye.'
    result = identifier.identify(text, AFTER_BNS)
    assert "threat" not in result.facts.findings


def test_death_after_blows_without_a_weapon_is_culpable_homicide_not_murder(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "On 3 March 2025 during a quarrel over the water tap our neighbour Raju punched my "
        "uncle twice in the chest. He fell on the floor and died before we reached the hospital."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert "BNS 105" in refs(result) and not any(r.startswith("BNS 103") for r in refs(result))


def test_death_by_a_knife_attack_is_murder(identifier: SectionIdentifier) -> None:
    text = (
        "On 3 March 2025 Raju stabbed my brother with a knife in the stomach near the market. "
        "He died in the hospital the same night."
    )
    assert "BNS 103(1)" in refs(identifier.identify(text, AFTER_BNS))


def test_a_death_told_apart_from_the_beating_is_no_homicide(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "My father died in 2019 and since then I run his shop alone. My mother lives with my "
        "brother in Kanpur and I send her money every month. Our shop has been doing well this "
        "year. On 3 March 2025 the neighbour Raju slapped me in front of the shop over parking."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert not any(r.startswith(("BNS 103", "BNS 105")) for r in refs(result)), refs(result)


def test_abuse_within_cruelty_to_a_wife_is_not_a_separate_insult(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "I was married in 2022. Since then my husband and his mother harass me for dowry, "
        "abuse me with filthy words and beat me whenever my father cannot send money."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert any(r.startswith("BNS 85") for r in refs(result)), refs(result)
    assert "BNS 352" not in refs(result)


def test_threats_of_harm_in_everyday_words_are_intimidation(
    identifier: SectionIdentifier,
) -> None:
    # Wordings from the phrase book (data/phrases/facts.json), one per script.
    for text in (
        "Over the boundary wall Ramesh shouted at me that he would break my legs if I "
        "built the shed. He walked off after that.",
        "Padosi Bablu ne kaha ki agar khet ki meid ki shikayat ki to ghar mein ghus ke maarenge, "
        "aur gaon mein rehne nahi denge.",
        "पड़ोसी राकेश ने कहा कि अगर पुलिस में गए तो हाथ-पैर तोड़ देंगे।",
    ):
        result = identifier.identify(text, AFTER_BNS)
        assert any(r.startswith("BNS 351") for r in refs(result)), text


def test_an_accused_named_with_his_companion_is_two_acting_together(
    identifier: SectionIdentifier,
) -> None:
    for text in (
        "Sunil aur uska bhai Pappu aaye aur mujhe laaton se maara, mere munh se khoon aaya.",
        "रमेश और उनका बेटा दिनेश आए और मुझे लाठी से पीटा, मेरी कमर में चोट आई।",
        "Gopal and two of his men came to my stall and beat me with fists on my face.",
    ):
        result = identifier.identify(text, AFTER_BNS)
        assert result.facts.two_or_more, text
        assert "BNS 3(5)" in refs(result), text


def test_joint_liability_is_offered_beside_the_first_offence(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "Mahesh and his brother Naresh came to my shop at night, broke the glass counter, "
        "abused me in dirty language, slapped me and my son, and said they would burn the shop "
        "if I complained. They took Rs 3,000 from the drawer and pushed my son to the floor."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert "BNS 3(5)" in refs(result)
    top = [f"{m.act} {m.section}" for m in result.candidates[:2]]
    assert "BNS 3" in top, top


def test_offered_sections_whose_key_fact_is_shown_come_first(
    identifier: SectionIdentifier,
) -> None:
    # Beyond the chosen sections and the ruled ones, a neighbour or retrieval hit whose
    # key fact the complaint shows (SECTION_FACTS) comes before one whose fact it lacks.
    text = (
        "On 4 March 2025 at the bus stand a man took my purse from my bag while I was "
        "boarding. When I caught his arm he slapped me, abused me and ran away with the purse."
    )
    result = identifier.identify(text, AFTER_BNS)
    offered = [m for m in result.candidates if m.reason.startswith(("neighbouring", "retrieved"))]
    backed = [
        any(f in result.facts.findings for f in SECTION_FACTS.get((m.act, m.section), ()))
        for m in offered
    ]
    assert any(backed) and not all(backed)
    assert backed == sorted(backed, reverse=True), [m.section for m in offered]


def test_many_people_is_a_group_but_not_an_unlawful_assembly_of_five(
    identifier: SectionIdentifier,
) -> None:
    text = "On 3 March 2025 many men came to our shop, beat my brother with sticks and left."
    result = identifier.identify(text, AFTER_BNS)
    assert result.facts.offenders is not None and result.facts.offenders < 5
    assert "BNS 3(5)" in refs(result) and "BNS 190" not in refs(result), refs(result)


def test_a_section_whose_key_fact_is_shown_is_offered_though_retrieval_ranked_it_low(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "Raju ne mujhe thappad maara, phone chheen liya, gaali di, jaan se maarne ki dhamki "
        "di aur gaadi ka sheesha tod diya."
    )
    result = identifier.identify(text, AFTER_BNS)
    offered = [m for m in result.candidates if m.reason.startswith("its key fact is read")]
    assert offered
    assert all(word.lower() in text.lower() for m in offered for word in m.evidence)


def test_the_crowd_that_gathered_is_not_counted_among_those_who_acted(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "3 मार्च 2025 को मंदिर के पास शोर सुनकर पांच लोग जमा हो गए, तब तक दो लड़कों ने मेरे भाई "
        "को डंडे से मारा और भाग गए।"
    )
    result = identifier.identify(text, AFTER_BNS)
    assert result.facts.offenders == 2
    assert "BNS 190" not in refs(result), refs(result)


@pytest.mark.parametrize(
    ("text", "fact", "read"),
    [
        # hurt of feelings, a patrol beat, a heartbeat, a kicked gate: no body was hurt
        ("My wife was deeply hurt. Please send the beat constable.", Fact.HURT, False),
        ("Unki baaton se mere dil ko chot pahunchi, beat ke sipahi ko bataya.", Fact.HURT, False),
        ("मेरी धार्मिक भावनाओं को चोट पहुँची। बीट कांस्टेबल को सूचना दी।", Fact.HURT, False),
        ("My heart beat fast; he was kicking the gate at night.", Fact.HURT, False),
        # a blow to one's honour or standing, told without any violence
        ("पड़ोसन ने मोहल्ले में झूठी बातें फैलाकर मेरी इज़्ज़त को गहरी चोट दी है।", Fact.HURT, False),
        ("Gaon mein afwah udaa kar usne meri izzat ko chot pahunchayi.", Fact.HURT, False),
        ("He beat me with a stick and my arm was hurt.", Fact.HURT, True),
        ("Usne mujhe thappad maara, chot lagi.", Fact.HURT, True),
        ("उसने मुझे डंडे से मारा, सिर में चोट आई।", Fact.HURT, True),
        # a whistle, a wink or the brakes 'maari'; a purpose to injure; a question; nobody hurt
        ("Ek ladke ne seeti maari, doosre ne aankh maari.", Fact.HURT, False),
        ("Driver ne brake maarkar gaadi rok di.", Fact.HURT, False),
        ("He filed a false case on my brother with intent to injure him.", Fact.HURT, False),
        ("Q: Has anyone attacked you?\nA: No, nobody has touched us.", Fact.HURT, False),
        ("The roof fell in the storm; nobody in my family was hurt.", Fact.HURT, False),
        ("Why did he beat my son? He is only twelve.", Fact.HURT, True),
        # a thing snatched only to be destroyed or thrown down was not taken
        ("He snatched my phone and smashed it on the road.", Fact.SNATCHING, False),
        ("Usne register chheen kar phaad diya.", Fact.SNATCHING, False),
        ("उसने मेरा मोबाइल छीनकर ज़मीन पर पटक दिया।", Fact.SNATCHING, False),
        ("He snatched my chain and ran away.", Fact.SNATCHING, True),
        ("Usne mera phone chheen liya aur bhaag gaya.", Fact.SNATCHING, True),
        ("उसने मेरा मोबाइल छीन लिया और भाग गया।", Fact.SNATCHING, True),
        # the part of the day sets the hour: "dopahar 3 baje" is no night, "raat 1 baje" is
        ("Dopahar lagbhag 3 baje chor ghar mein ghus aaya.", Fact.NIGHT, False),
        ("दोपहर करीब 1 बजे ताला टूटा मिला।", Fact.NIGHT, False),
        ("Raat ko 1 baje chor ghar mein ghus aaya.", Fact.NIGHT, True),
        # Civil Lines is a locality and a civil hospital a hospital, no civil dispute
        ("थाना सिविल लाइंस क्षेत्र में मेरा पर्स चोरी हो गया।", Fact.CIVIL_DISPUTE, False),
        ("ज़मीन का बँटवारा सिविल कोर्ट में लंबित है।", Fact.CIVIL_DISPUTE, True),
    ],
)
def test_a_word_of_harm_is_read_only_in_its_legal_sense(text: str, fact: Fact, read: bool) -> None:
    assert detect_facts(text).has(fact) is read
    if fact is Fact.SNATCHING and not read:
        assert not detect_facts(text).has(Fact.PROPERTY_TAKEN)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # idioms and a secret manner take nothing movable
        ("Meri beti ki izzat lut gayi, hum bahut dukhi hain.", False),
        ("जिसने मेरी बेटी के सिर से माँ का साया छीन लिया, उसे कड़ी सज़ा हो।", False),
        ("Meri bahu chori-chhupe mujhe khana de jaati hai.", False),
        ("वह कुत्ता गली के लोगों पर झपट चुका है।", False),
        # an accusation or a case label is no event of the complaint
        ("Seth ne ilzaam lagaya ki Raju ne tijori se 2,000 rupaye churaye.", False),
        ("He threatened to put a false theft case on me.", False),
        ("They accused me of stealing parcels from the lobby.", False),
        # money borrowed, one's own things, an attempt
        ("In 2023 my cousin took Rs 80,000 from a moneylender at 5% a month.", False),
        (
            "My son has taken his own scooter and his debit card and gone off, leaving a letter.",
            False,
        ),
        ("Vicky ne camera chheen ne ki koshish ki, humne nahi diya.", False),
        # the takings those wordings sit beside are still read
        ("Two men snatched my chain and ran away.", True),
        ("Usne mera phone chheen liya aur bhaag gaya.", True),
        ("They took away my phone and Rs 4,500 cash.", True),
        ("He took my scooter keys and never returned the loan papers he stole.", True),
    ],
)
def test_a_word_of_taking_is_read_only_when_something_was_taken(text: str, taken: bool) -> None:
    facts = detect_facts(text)
    assert facts.any(Fact.PROPERTY_TAKEN, Fact.SNATCHING) is taken, facts.findings


def test_a_slap_told_apart_from_the_taking_does_not_make_it_robbery(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "In March the accused slapped my son over the money he owed. My son went to work in "
        "Pune. He wrote to us every week. The family waited for the harvest. We sold the "
        "buffalo in May. In June someone stole the motor from our tube well at night."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert not any(r.startswith(("BNS 309", "BNS 311")) for r in refs(result)), refs(result)
    near = (
        "Two men stopped me near the temple. One of them slapped me twice and they took "
        "away my phone and Rs 3,000 cash."
    )
    # the slap is hurt caused in committing the robbery (s. 309(6))
    assert "BNS 309(6)" in refs(identifier.identify(near, AFTER_BNS))


@pytest.mark.parametrize(
    ("text", "robbery"),
    [
        (
            "My purse was stolen from my bag in the market. Separately, last year my neighbour "
            "threatened me over parking.",
            False,
        ),
        (
            "Mera mobile bus stand se chori ho gaya. Pichle saal bhi usne mujhe dhamki di thi.",
            False,
        ),
        ("मेरी साइकिल चोरी हो गई। पिछले साल उसने मुझे जान से मारने की धमकी दी थी।", False),
        # the same words told of this taking still make it robbery
        (
            "A month ago two men stopped me, threatened to kill me and took my phone.",
            True,
        ),
        ("He threatened to stab me. Then he took my wallet and ran.", True),
    ],
)
def test_a_threat_told_of_another_occasion_is_not_the_force_of_the_taking(
    text: str, robbery: bool
) -> None:
    facts = detect_facts(text)
    assert facts.has(Fact.FORCE_IN_TAKING) is robbery, facts.findings


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # a threat to take a lawful course, or a fear felt, threatens no injury
        ("The landlord threatened to go to the police if I did not vacate.", False),
        ("Usne kaha ki police mein shikayat karne ki dhamki di aur chala gaya.", False),
        ("मालिक ने मुकदमा करने की धमकी दी और चला गया।", False),
        ("I felt threatened when he stood outside my gate.", False),
        # a threat of injury to person or property still is
        ("He threatened to burn my shop if I went to the police.", True),
        ("Usne dhamki di ki tera ghar jala denge.", True),
        ("उसने धमकी दी कि तेरे हाथ-पैर तोड़ देंगे।", True),
    ],
)
def test_a_threat_is_intimidation_only_when_it_threatens_injury(text: str, threat: bool) -> None:
    assert detect_facts(text).has(Fact.THREAT) is threat


@pytest.mark.parametrize(
    "text",
    [
        # helpers, catchers and relatives merely mentioned did not act with the accused
        "Kallu ne mera phone chheen liya aur bhaagne laga. Logon ne use pakad liya.",
        "My neighbours Tarun and Vikas came running and saved me. Bhola slapped me twice.",
        "Padosi Ramu aur Shyam ne lakdi se hataya aur mujhe hospital le gaye.",
        "उसके पिता घर पर नहीं थे। मोनू ने मुझे थप्पड़ मारा।",
        "Bhola ne apne bhai ko phone kiya, phir mujhe thappad maara.",
    ],
)
def test_people_who_helped_caught_or_were_only_named_did_not_act_together(text: str) -> None:
    assert not detect_facts(text).two_or_more


@pytest.mark.parametrize(
    "text",
    [
        "Padosi Kallu ne kaha ki agli baar bola to tujhe maar denge, phir chala gaya.",
        "पड़ोसी ने कहा कि ज़्यादा बोले तो सिर फोड़ देंगे।",
        "Usne phone par maarne ki dhamki di aur gaaliyan di.",
        "उसने हाथ उठाने या मारने-पीटने की कोई बात नहीं कही, सिर्फ गालियाँ दीं।",
        "My uncle wanted to thrash the boy, but we chose to come to the police.",
    ],
)
def test_a_beating_threatened_promised_or_wanted_is_no_hurt(text: str) -> None:
    assert Fact.HURT not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Usne mujhe laathi se peeta aur kaha ki phir maarenge.",
        "उसने मुझे थप्पड़ मारा और चला गया।",
    ],
)
def test_a_beating_told_in_the_past_stays_hurt(text: str) -> None:
    assert Fact.HURT in detect_facts(text).findings


def test_a_brick_that_struck_and_hurt_is_hurt_by_a_dangerous_weapon(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "On 3 March at 7 pm my neighbour Jagdish threw a brick at me over the wall after an "
        "argument about drain water. The brick hit my forehead and it started bleeding."
    )
    found = refs(identifier.identify(text, AFTER_BNS))
    assert "BNS 118(1)" in found and "BNS 115(2)" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Pradhan ke bete ne kaha ki khet khaali karo nahi to jaan se maar denge.",
        "सरपंच के भाई ने कहा कि मुकदमा वापस लो नहीं तो जान से मार देंगे।",
    ],
)
def test_a_threat_after_otherwise_is_made_not_denied(text: str) -> None:
    """ "nahi to" after a demand is "otherwise": the threat after it is made."""
    assert detect_facts(text).has(Fact.THREAT_TO_KILL)


@pytest.mark.parametrize(
    ("text", "rape"),
    [
        ("हमारा सुपरवाइजर मुझसे शारीरिक संबंध की मांग करता है और मना करने पर तंग करता है।", False),
        ("Supervisor mujhse sharirik sambandh banane ko kaha aur mana karne par tang karta hai.",
         False),
        ("नौकरी का लालच देकर उसने मेरे साथ जबरन शारीरिक संबंध बनाए।", True),
    ],
)  # fmt: skip
def test_relations_asked_for_are_no_intercourse(text: str, rape: bool) -> None:
    assert detect_facts(text).has(Fact.RAPE) is rape


@pytest.mark.parametrize(
    "text",
    [
        "Meri bhateeji ko padosi ka ladka roz college ke raste mein rokta hai.",
        "मेरी भांजी को पड़ोस का लड़का रोज़ कॉलेज के रास्ते में रोकता है।",
    ],
)
def test_a_niece_is_a_woman_victim(text: str) -> None:
    assert detect_facts(text).has(Fact.WOMAN_VICTIM)


@pytest.mark.parametrize(
    "text",
    [
        "Gali ka ek ladka Vicky kehta hai ki meri behen ne usse baat nahi ki to uske chehre "
        "par tejaab daal dega.",
        "मोहल्ले के शेरू ने फोन पर धमकाया कि गवाही दी तो बेटी पर तेज़ाब फेंक देगा।",
    ],
)
def test_a_threat_to_throw_acid_is_a_threat_of_grievous_hurt(
    identifier: SectionIdentifier, text: str
) -> None:
    # 351(3): the threat is to cause grievous hurt, whichever way "tezaab" is spelt
    assert "BNS 351(3)" in refs(identifier.identify(text, AFTER_BNS))


@pytest.mark.parametrize(
    ("text", "touched"),
    [
        # a hand on her wrist in a course of stalking or lewd remarks outrages her modesty
        ("He follows me to the bus stop daily; on Monday he caught my wrist and winked.", True),
        ("Vo mohalle ka ladka roz peecha karta hai, aaj usne meri kalai pakdi.", True),
        ("वह रोज़ मेरा पीछा करता है, कल उसने मेरी बाँह पकड़ ली।", True),
        # in a quarrel or a snatching it is force, not an outrage of modesty
        ("He grabbed my arm and snatched the phone from me.", False),
        ("Jhagde mein usne mera haath nahi, meri kalai pakdi aur dhakka diya.", False),
    ],
)
def test_a_hand_on_her_wrist_in_an_advance_is_an_outrage_of_modesty(
    text: str, touched: bool
) -> None:
    assert (Fact.SEXUAL_TOUCH in detect_facts(text).findings) is touched
