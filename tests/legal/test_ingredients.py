"""Statutory ingredients read in everyday words: English, Hinglish and Devanagari.

Every complaint here is invented; each states one ingredient the way citizens write it.
"""

from datetime import date

import pytest

from afirgen.legal import Identification, SectionIdentifier
from afirgen.legal.facts import Fact, detect_facts

AFTER_BNS = date(2025, 5, 10)


def bases(result: Identification) -> set[str]:
    return {f"{m.act} {m.section}" for m in result.sections}


@pytest.mark.parametrize(
    "text",
    [
        "Pintu aur uske do dost dhaba par aaye aur bole 30,000 de do warna dhaba jala denge. "
        "Maine dar ke maare 10,000 de diye.",
        "The contractor's munshi called and said keep Rs 2 lakh ready or else your truck "
        "will not reach the site in one piece. Out of fear I paid him Rs 50,000 in cash.",
        "उसने फोन पर कहा कि 20 हजार रुपये भेजो वरना तुम्हारी फोटो सबको भेज दूंगा। "
        "मैंने डर के मारे 5,000 रुपये भेज दिए।",
    ],
)
def test_money_handed_over_in_fear_of_harm_is_extortion(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.EXTORTION in result.facts.findings
    assert "BNS 308" in bases(result)
    assert not bases(result) & {"BNS 303", "BNS 306", "BNS 309"}


@pytest.mark.parametrize(
    "text",
    [
        "My tenant owes me three months' rent. I told him pay Rs 30,000 otherwise I will "
        "file a case in court.",
        "Maine usse kaha ki mere 15,000 wapas do warna police mein shikayat karunga.",
    ],
)
def test_a_demand_on_pain_of_a_case_or_complaint_is_no_extortion(text: str) -> None:
    assert Fact.EXTORTION not in detect_facts(text).findings


def test_a_dowry_demand_with_a_threat_is_charged_as_dowry_not_extortion(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "शादी के बाद से मेरे पति और सास दहेज के लिए ताने देते थे। उन्होंने कहा कि मायके से "
        "2 लाख रुपये लाओ वरना घर से निकाल देंगे।"
    )
    assert "BNS 308" not in bases(identifier.identify(text, AFTER_BNS))


@pytest.mark.parametrize(
    "text",
    [
        "The agent gave us premium receipts on a fake letterhead of the insurance company "
        "and kept the money.",
        "Sasur ne bank ke form par mere hastakshar bana diye aur us form ko bank mein jama "
        "karke meri FD ka paisa nikaal liya, jabki maine koi form sign nahi kiya.",
        "उसने फर्जी किरायानामा बनाकर दिया और मकान का मालिक बनकर किराया ले लिया।",
        "The gift deed he filed bears a signature made to look like my own.",
        "पत्र पर मेरे जैसे दिखने वाले हस्ताक्षर थे, जो मैंने कभी नहीं किए।",
    ],
)
def test_a_false_document_or_signature_is_forgery(identifier: SectionIdentifier, text: str) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.FORGERY in result.facts.findings
    assert {"BNS 336", "BNS 340"} <= bases(result)


@pytest.mark.parametrize(
    "text",
    [
        "He made a fake profile on Instagram and sent me messages.",
        "The jeweller's ornaments carried fake hallmark stamps.",
        "Usne jhootha case karne ki dhamki di.",
    ],
)
def test_a_fake_profile_a_stamp_or_a_false_case_is_no_forged_document(text: str) -> None:
    assert Fact.FORGERY not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "He parked his car across my gate again. There was no abuse or threat this time, "
        "only the car blocking the way.",
        "पड़ोसी से नाली को लेकर बात हुई थी, कोई झगड़ा या धमकी नहीं। बस पानी हमारे आंगन में आता है।",
        "उसने कोई धमकी नहीं दी।",
    ],
)
def test_a_threat_denied_in_a_list_or_before_a_danda_is_no_threat(text: str) -> None:
    assert Fact.THREAT not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "During the argument the customer picked up the scissors from the counter and "
        "stabbed the barber's hand; the wound needed six stitches.",
        "मालकिन ने मुझे बेलन से मारा, मेरे हाथ पर सूजन और चोट है।",
        "चार लोगों ने मेरे बेटे को डंडों से मारा, उसकी पीठ पर चोट के निशान हैं।",
    ],
)
def test_hurt_with_a_cutting_or_striking_instrument_is_hurt_by_dangerous_means(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert "BNS 118" in bases(result)
    assert "BNS 115" not in bases(result)


@pytest.mark.parametrize(
    "text",
    [
        "We were at my sister's wedding for two days. When we came back the kitchen door "
        "latch had been forced with an iron rod and the gold bangles and Rs 30,000 cash "
        "were gone from the almirah.",
        "Din mein hum dono office gaye the. Chor khidki ki grill kaat ke ghar mein ghus gaye "
        "aur almari se laptop aur nakad chura le gaye.",
        "रात में चोर दीवार फांदकर घर में घुसे, कुंडी उखाड़ दी और अलमारी से जेवर चोरी कर ले गए।",
    ],
)
def test_a_break_in_while_nobody_was_there_is_house_breaking_and_theft_not_robbery(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.BREAK_IN in result.facts.findings
    assert {"BNS 331", "BNS 305"} <= bases(result)
    assert "BNS 309" not in bases(result)


@pytest.mark.parametrize(
    "text",
    [
        "Gas cylinder phatne se dhamaka hua aur mere ghar ki khidki toot gayi.",
        "From the window I saw two men standing near the gate.",
    ],
)
def test_a_window_broken_by_a_blast_or_looked_through_is_no_break_in(text: str) -> None:
    assert Fact.BREAK_IN not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "The manager pushed us back into the office and locked the door from outside; we "
        "were kept there for three hours until my brother came with the money.",
        "Supervisor ne mujhe godown mein bulaya aur kursi se baandh diya, do ghante tak "
        "chhoda nahi.",
        "मालिक ने उसे फार्म हाउस की कोठरी में बंद रखा और बाहर नहीं जाने देते थे।",
        "गाँव के कुछ लोगों ने मेरे भाई को पेड़ से बाँधकर रखा।",
    ],
)
def test_a_person_locked_in_or_tied_up_is_wrongfully_confined(text: str) -> None:
    assert Fact.CONFINEMENT in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Raat ko main thela chain se baandh ke ghar chala jaata hu.",
        "बाड़े के फाटक पर रस्सी बाँधी जाती है।",
        "Woh dupatte se meri kalaiyan baandhna chahta tha, par main chhoot kar nikal aayi.",
        "Dukaan bandh karke hum ghar chale gaye.",
    ],
)
def test_a_cart_chained_a_gate_tied_or_a_shop_shut_is_no_confinement(text: str) -> None:
    assert Fact.CONFINEMENT not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Sarpanch ke bete ne mere chacha ko raste mein rok ke dhamkaya.",
        "They blocked the cart track with a tractor and did not let us pass for an hour.",
        "खेत जाते समय उन्होंने हमें आगे जाने नहीं दिया।",
        "The dairy owner left his milk van across the village lane and my mother could not "
        "reach the clinic till noon.",
        "Pradhan ke bhatije ne raaste mein apna tractor khada kar diya, hum mandi nahi ja sake.",
        "Unki jeep meri car ke aage tirchi khadi kar di gayi, hum wahin phans gaye.",
        "पड़ोसी ने खेत का रास्ता बंद कर दिया और हमें फसल काटने नहीं जाने दिया।",
    ],
)
def test_a_person_stopped_on_the_way_is_wrongfully_restrained(text: str) -> None:
    assert Fact.RESTRAINT in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Gaon walon ne driver ko pakad ke rakha jab tak police nahi aayi.",
        "Her car was blocking our gate again this morning.",
    ],
)
def test_a_culprit_held_for_the_police_or_a_parked_car_is_no_restraint(text: str) -> None:
    assert Fact.RESTRAINT not in detect_facts(text).findings


def test_a_girl_taken_away_to_be_married_is_kidnapping_and_abduction_to_compel_marriage(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "Meri 16 saal ki nabalig beti ko padosi ka ladka Raju bahla phusla kar bhaga le gaya. "
        "Uske dost ne bataya ki Raju kehta tha ki usse shaadi kar lega. Beti ab tak wapas "
        "nahi aayi."
    )
    result = identifier.identify(text, AFTER_BNS)
    assert {"BNS 137", "BNS 87"} <= bases(result)


@pytest.mark.parametrize(
    "text",
    [
        "In the quarrel he slapped my son so hard on the ear that his eardrum ruptured; the "
        "ENT doctor says hearing in that ear is impaired.",
        "Usne daraanti se vaar kiya, meri do ungliyan kat gayi.",
        "पड़ोसी ने घूंसा मारा जिससे मेरे दो दाँत टूट गए और जबड़ा टूट गया।",
        "The blade cut the tendon of her wrist and she needed surgery.",
    ],
)
def test_a_tooth_a_tendon_hearing_or_a_finger_lost_is_grievous_hurt(text: str) -> None:
    assert Fact.GRIEVOUS_HURT in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "एक्स-रे में हड्डी सही निकली और डॉक्टर बोले कि कोई नस नहीं कटी है।",
        "Maa ne mujhe daant diya aur phone le liya.",
        "My father has been paralysed on one side since his stroke.",
        "Chaaku se meri ungli pe halka sa kat aa gaya.",
    ],
)
def test_a_nerve_not_cut_a_scolding_an_illness_or_a_nick_is_no_grievous_hurt(text: str) -> None:
    assert Fact.GRIEVOUS_HURT not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Ek aadmi ne phone karke bola main SBI head office se bol raha hoon, aapka KYC band "
        "ho jayega. Uski baaton mein aakar maine 48,000 rupaye transfer kar diye, yeh thagi hai.",
        "A man who called himself a manager of the bank said my card would be blocked; I lost "
        "Rs 35,000 in this fraud.",
        "एक व्यक्ति ने बैंक कर्मचारी बनकर फोन किया। उसकी बातों में आकर मैंने "
        "60,000 रुपये ट्रांसफर कर दिए, यह धोखाधड़ी है।",
        # visitors at the door who say they have come from the bank or the gas agency
        "कल दो लोग घर पर आए, बोले हम गैस एजेंसी से आए हैं, सिलेंडर की जाँच के नाम पर मुझसे 6,500 रुपये ले गए।",
        "Do aadmi ghar aaye, bole hum bank se aaye hain, passbook aur card lekar 30,000 "
        "rupaye nikaal liye.",
    ],
)
def test_a_caller_passing_himself_off_as_a_bank_man_is_cheating_by_personation(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.IMPERSONATION in result.facts.findings
    assert {"BNS 318", "BNS 319"} <= bases(result)


@pytest.mark.parametrize(
    "text",
    [
        "On a video call a man in police uniform said I am from crime branch and kept me under "
        "digital arrest; out of this fraud I sent Rs 2,40,000 to a 'safe account'.",
        "फोन करने वाला पुलिस अधिकारी बनकर बोला कि आपके नाम से पार्सल में ड्रग्स मिले हैं, "
        "और मुझसे 90,000 रुपये ट्रांसफर करवाए।",
    ],
)
def test_a_pretended_policeman_is_personating_a_public_servant(
    identifier: SectionIdentifier, text: str
) -> None:
    assert "BNS 204" in bases(identifier.identify(text, AFTER_BNS))


def test_a_caller_from_the_electricity_company_is_no_public_servant(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "A man said he is from the electricity office and my connection would be cut tonight; "
        "I was cheated of Rs 12,000."
    )
    assert "BNS 204" not in bases(identifier.identify(text, AFTER_BNS))


@pytest.mark.parametrize(
    "text",
    [
        "My bridal gold was handed to my husband's aunt for safe keeping; now she says she "
        "will not give it back.",
        "Maine apni chandi ki payal padosan ko shaadi mein pehenne di thi, usne woh sunar ke "
        "paas girvi rakh di.",
        "मोहल्ले की कमेटी का चंदा उसे डाकघर में जमा कराने को सौंपा था, पर पैसा जमा ही नहीं हुआ "
        "और उसने अपने काम में लगा दिया।",
    ],
)
def test_property_entrusted_and_kept_is_criminal_breach_of_trust(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert "BNS 316" in bases(result)
    assert "BNS 318" not in bases(result)


def test_money_sent_to_a_wrong_account_is_received_by_mistake() -> None:
    text = (
        "Galti se mere 25,000 rupaye ek anjaan aadmi ke khate mein chale gaye, "
        "woh wapas nahi de raha."
    )
    assert Fact.FOUND_PROPERTY in detect_facts(text).findings


def test_a_stolen_phone_bought_cheap_is_stolen_property_received() -> None:
    text = "Police ne bataya ki chori ka mobile usne 3,000 mein khareed liya tha."
    assert Fact.RECEIVING_STOLEN in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "At the registrar's office they produced an old man in my place and sold my plot.",
        "Usne meri jagah ek doosre aadmi ko khada karke plot ki registry karwa li.",
        "उन्होंने मेरी जगह किसी अन्य व्यक्ति को खड़ा करके मकान का बैनामा करा लिया।",
    ],
)
def test_another_made_to_stand_in_the_owners_place_is_personation(text: str) -> None:
    assert Fact.IMPERSONATION in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "He gave me his name as Ravi and said he would deliver the sofa next week.",
        "Main Ramesh bol raha hoon, kal milte hain.",
        "I am the owner of the company and he is the director of the company.",
        "वह मेरे बेटे से जोर से बोल रहा था।",
        "मेरा बेटा कल शाम दफ्तर से आया है और बीमार है।",
    ],
)
def test_a_name_given_or_a_post_held_is_no_personation(text: str) -> None:
    assert Fact.IMPERSONATION not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "After I approved the request Rs 18,000 went from my account.",
        "Uski baaton mein aakar mere khate se 22,000 rupaye nikal gaye.",
        "मैंने उसके कहने पर 40,000 रुपये उसके खाते में भेजे।",
    ],
)
def test_money_gone_from_the_account_or_sent_is_delivered(text: str) -> None:
    assert Fact.PROPERTY_DELIVERED in detect_facts(text).findings


def test_money_not_given_is_no_delivery() -> None:
    text = "दहेज के लिए पैसे नहीं दिए तो ससुराल वालों ने मारपीट की।"
    assert Fact.PROPERTY_DELIVERED not in detect_facts(text).findings


@pytest.mark.parametrize(
    ("text", "charged", "not_charged"),
    [
        (
            "Subject: sexual harassment by the line supervisor. For three weeks my "
            "supervisor at the garment unit has been making remarks about my body in front of "
            "the other tailors and messaging me at night.",
            "BNS 75",
            "BNS 79",
        ),
        (
            "Madam, dukaan ka malik mujhe roz ashleel baatein bolta hai aur kehta hai ki mera "
            "yaun utpeedan karne se koi nahi rokega.",
            "BNS 75",
            "BNS 79",
        ),
        (
            "मेरा मैनेजर दफ्तर में मेरा यौन उत्पीड़न करता है और रोज़ सबके सामने गंदी बातें बोलता है।",
            "BNS 75",
            "BNS 79",
        ),
        # whistles and gestures, nothing asked or named harassment: words to insult modesty
        (
            "Every evening two boys sit on the wall near the bus stop and whistle at the girls "
            "and make obscene gestures at my sister when she comes back from college.",
            "BNS 79",
            "BNS 75",
        ),
    ],
)
def test_remarks_named_as_harassment_are_sexual_harassment_and_whistles_insult_modesty(
    identifier: SectionIdentifier, text: str, charged: str, not_charged: str
) -> None:
    result = bases(identifier.identify(text, AFTER_BNS))
    assert charged in result
    assert not_charged not in result


@pytest.mark.parametrize(
    "text",
    [
        "At the swimming club on Sunday I found a tiny lens stuck behind the mirror of the "
        "ladies changing room; the pool attendant had fixed a spy camera there.",
        "Meri bahu aangan mein naha rahi thi tab padosi ka beta chhat se mobile par video "
        "bana raha tha, usne dekh liya to bhaag gaya.",
        "होटल के बाथरूम में शावर के ऊपर एक छुपा हुआ कैमरा मिला, उसमें मेमोरी कार्ड लगा था।",
        "My ex-husband sent our private photos from the honeymoon to his cousins on a "
        "WhatsApp group last night.",
    ],
)
def test_a_woman_filmed_in_a_private_act_or_her_private_images_sent_is_voyeurism(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    offered = bases(result) | {f"{m.act} {m.section}" for m in result.candidates}
    assert Fact.VOYEURISM in result.facts.findings
    assert "BNS 77" in bases(result)
    assert "IT Act 66E" in offered


@pytest.mark.parametrize(
    "text",
    [
        "The shop's CCTV camera shows a man in a cap near the trial room taking two shirts.",
        "I was in the bathroom when my phone rang; it was the bank asking for an OTP.",
        "He said he would send my private photos to my father if I did not meet him.",
    ],
)
def test_cctv_of_a_thief_a_phone_call_or_a_threat_to_send_is_no_voyeurism(text: str) -> None:
    assert Fact.VOYEURISM not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Shaadi ke do saal baad se mera pati roz sharab pee kar mujhe maarta hai. Kal bhi "
        "usne mujhe danda se peeta aur meri saas dekhti rahi.",
        "मेरे पति छोटी-छोटी बात पर मुझे मारते हैं और कई बार घर से बाहर भी धक्का दे चुके हैं।",
        "My husband Vinod has beaten me many times since our marriage; last night he hit me "
        "again and my lip is cut.",
    ],
)
def test_a_wife_beaten_as_a_habit_is_cruelty_by_the_husband(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert Fact.CRUELTY in result.facts.findings
    assert "BNS 85" in bases(result)


def test_a_beating_by_a_stranger_is_no_cruelty() -> None:
    text = "Kal mele mein ek anjaan ladke ne meri patni ko dhakka diya aur mujhe maara."
    assert Fact.CRUELTY not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "I am an assistant teacher posted at Government Middle School, Bhatpura. On my way "
        "with the attendance files, the sarpanch's son caught my collar and shoved me back, "
        "so that I could not reach the office.",
        "मैं राजकीय विद्यालय में अध्यापिका हूँ। गाँव के दो लोगों ने रास्ता रोककर मुझे धक्का "
        "दिया और मुझे दफ्तर नहीं जाने दिया।",
    ],
)
def test_a_government_teacher_pushed_away_from_her_duty_is_a_public_servant_assaulted(
    identifier: SectionIdentifier, text: str
) -> None:
    result = identifier.identify(text, AFTER_BNS)
    assert {Fact.PUBLIC_SERVANT, Fact.OBSTRUCTION} <= set(result.facts.findings)
    assert "BNS 132" in bases(result)


def test_a_private_employee_kept_from_his_office_is_no_public_servant_obstructed(
    identifier: SectionIdentifier,
) -> None:
    text = (
        "I work at a private courier company. My landlord pushed me back at the stairs so "
        "that I could not reach the office, and I have told the police about it."
    )
    assert not bases(identifier.identify(text, AFTER_BNS)) & {"BNS 121", "BNS 132", "BNS 221"}


@pytest.mark.parametrize(
    "text",
    [
        "मेरे पति का देहांत हो चुका है। गाँव का एक आदमी मेरी बेटी को डराता है और मारता है।",
        "Mera jija chillane laga ki tum meri behen ko maarte ho, jabki maine kabhi haath nahi "
        "uthaya.",
    ],
)
def test_a_beating_told_of_someone_other_than_the_husband_is_no_cruelty(text: str) -> None:
    assert Fact.CRUELTY not in detect_facts(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Padosi Raju ne jhansa diya ki uski bank mein setting hai, loan pass karwa dega. Maine "
        "uske kahne par 40,000 cash aur 25,000 uske khate mein daale. Loan kabhi mila hi nahi.",
        "उसने झांसा दिया कि बेटी का दाखिला मेडिकल कॉलेज में करवा देगा। मैंने दो बार में 3 लाख "
        "उसके खाते में डाले, बाद में पता चला ऐसी कोई सीट थी ही नहीं।",
    ],
)
def test_money_put_into_the_deceivers_account_is_delivered(
    identifier: SectionIdentifier, text: str
) -> None:
    assert detect_facts(text).has(Fact.PROPERTY_DELIVERED)
    assert "BNS 318" in bases(identifier.identify(text, AFTER_BNS))
