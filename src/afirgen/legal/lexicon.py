"""Phrase lexicon of the fact detectors: English, Hinglish and Devanagari.

Data, not logic: each :class:`Fact` maps to regular expressions matched against
the lower-cased complaint. Lines are long because each alternation is one
thought; splitting them would hide the vocabulary.
"""

# ruff: noqa: E501

from __future__ import annotations

from enum import StrEnum

from afirgen.legal.phrases import (
    fact_wordings,
    ingredient_endings,
    ingredient_stems,
    ingredient_words,
)


class Fact(StrEnum):
    PROPERTY_TAKEN = "property_taken"
    SNATCHING = "snatching"
    FORCE = "force"  # violence or show of a weapon while taking property
    WEAPON = "weapon"
    DANGEROUS_WEAPON = "dangerous_weapon"  # cutting, stabbing, shooting, fire, acid, iron rod
    FIREARM = "firearm"
    HURT = "hurt"
    GRIEVOUS_HURT = "grievous_hurt"
    DEATH = "death"
    ATTEMPT_TO_KILL = "attempt_to_kill"
    ATTEMPT = "attempt"  # an offence tried but not completed
    GROUP = "group"  # two or more acting together, number unknown
    WOMAN_VICTIM = "woman_victim"
    RAPE = "rape"
    FALSE_PROMISE_MARRIAGE = "false_promise_marriage"
    SEXUAL_TOUCH = "sexual_touch"
    SEXUAL_REMARK = "sexual_remark"
    STALKING = "stalking"
    DISROBING = "disrobing"
    VOYEURISM = "voyeurism"
    CHILD_VICTIM = "child_victim"
    DOWRY = "dowry"
    HUSBAND_OR_INLAWS = "husband_or_inlaws"
    CRUELTY = "cruelty"
    SUICIDE = "suicide"
    PUBLIC_SERVANT = "public_servant"
    OBSTRUCTION = "obstruction"
    ONLINE = "online"
    IDENTITY_MISUSE = "identity_misuse"
    PRIVATE_IMAGES = "private_images"
    THREAT = "threat"
    THREAT_TO_KILL = "threat_to_kill"
    PREMISES_ENTRY = "premises_entry"  # entry into a dwelling, shop or other building
    LAND_ENTRY = "land_entry"  # entry into open land, field, plot
    BREAK_IN = "break_in"  # lock, door or wall broken to get in
    NIGHT = "night"
    DAMAGE = "damage"
    FIRE = "fire"
    VEHICLE = "vehicle"
    RASH_DRIVING = "rash_driving"
    DRUNK = "drunk"
    DRUGS = "drugs"
    ARMS_POSSESSION = "arms_possession"
    CASTE_ABUSE = "caste_abuse"
    ENTRUSTED = "entrusted"
    MISAPPROPRIATED = "misappropriated"
    DECEPTION = "deception"
    PROPERTY_DELIVERED = "property_delivered"
    NON_PAYMENT = "non_payment"
    CIVIL_DISPUTE = "civil_dispute"
    KIDNAPPING = "kidnapping"
    RANSOM = "ransom"
    CONFINEMENT = "confinement"
    RESTRAINT = "restraint"
    ABUSE = "abuse"  # abusive or obscene words
    PUBLIC_PLACE = "public_place"
    EXTORTION = "extortion"
    FORGERY = "forgery"
    IMPERSONATION = "impersonation"
    DEFAMATION = "defamation"
    GAMBLING = "gambling"
    LIQUOR = "liquor"
    LIQUOR_SALE = "liquor_sale"  # liquor sold or supplied (wordings in phrases/wordings.json)
    LOST = "lost"
    RELIGIOUS_INSULT = "religious_insult"
    RECEIVING_STOLEN = "receiving_stolen"
    FOUND_PROPERTY = "found_property"
    DRIVING = "driving"
    CRIMINAL_FORCE = "criminal_force"  # pushing, shoving, grabbing without injury
    SERVANT = "servant"  # accused is the victim's employee, clerk or domestic help
    AGENT = "agent"  # accused held the property as agent, banker, officer-bearer
    MISSING = "missing"
    TRAFFICKING = "trafficking"
    NEGLIGENCE = "negligence"
    ACID = "acid"
    GOVERNMENT_PROPERTY = "government_property"
    PLACE_OF_WORSHIP = "place_of_worship"
    ENMITY = "enmity"  # hatred promoted between groups
    GAMING_HOUSE = "gaming_house"
    ANIMAL_HARM = "animal_harm"
    PROTECTION_ORDER = "protection_order"
    DOWRY_GIVEN = "dowry_given"
    MARRIAGE_FORCED = "marriage_forced"
    ARMED_HURT = "armed_hurt"  # a weapon named in the same sentence as the hurt it caused
    DEATH_BY_ATTACK = "death_by_attack"  # a death told beside the attack that caused it
    FORCE_IN_TAKING = "force_in_taking"  # hurt or a threat told beside the taking
    DELIVERED_AT_WEAPON_POINT = "delivered_at_weapon_point"  # handed over, a weapon held out
    MARRIED = "married"  # the complaint speaks of the victim's marriage
    DWELLING = "dwelling"  # a house, shop or other building is the scene
    CONSPIRACY = "conspiracy"  # an agreement to commit the offence, said in so many words
    VALUABLE_DOCUMENT = "valuable_document"  # a deed, will, cheque or other valuable security


# Word boundaries only for Latin words: Devanagari vowel signs are not \w in Python.
def _en(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


_DEVANAGARI = "\u0900-\u097f"


def _hi(*alternatives: str) -> str:
    # No Devanagari letter may precede: "कार" (car) must not match inside "कार्यालय".
    return f"(?<![{_DEVANAGARI}])(?:" + "|".join(alternatives) + ")"


_OBJ = r"(?:my|our|his|her|their|the|a|an|him|me|us|them|its)"
# A threat in the accused's own words, without the word "threat": inside quotes, the
# listener ("you", "tera", "तुझे") and a harm the speaker will do ("tera haal karunga",
# "I will break your legs", "तुझे देख लूँगा"); or reported ("said they would burn the
# shop"). A promise ("paise lauta dunga") names no harm. Words: legal/phrases/intimidation.json.
_QUOTE_OPEN = r"[\"“]"
_IN_QUOTE = r"[^\"”]{0,120}?"
_HARM_EN = ingredient_words("intimidation", "harm_en")
_FORCE_BEFORE_TAKING = ingredient_words("robbery", "force_before_taking")
# a thing drawn out of the victim's pocket, purse or hand: "meri jeb se ... nikaal liye", "मेरे गले से ... खींच"
_DRAWN_FROM_THE_PERSON = (
    ingredient_words("robbery", "victims_own")
    + r" "
    + ingredient_words("robbery", "carried_on_the_person")
    + r" (?:se|mein se|me se|main se|से|में से) (?:(?!nahi\b|nahin\b|not\b|नहीं|नही)\S+ ){0,5}"
    + ingredient_stems("robbery", "drawn_out")
)
_QUOTED_THREAT_EN = (
    rf"{_QUOTE_OPEN}{_IN_QUOTE}\b(?:i|we)(?:'ll| will| shall| would)\s+(?:\w+\s+){{0,2}}?{_HARM_EN}"
)
_REPORTED_THREAT_EN = (
    r"\b(?:said|told\s+\w+|warned\s+\w+|saying)\s+(?:that\s+)?(?:if\s+[^.;]{0,80}?\s+)?"
    rf"(?:he|she|they)\s+would\s+(?:\w+\s+){{0,2}}?{_HARM_EN}"
)
_QUOTED_THREAT = (
    rf"{_QUOTE_OPEN}{_IN_QUOTE}{ingredient_words('intimidation', 'listener')}{_IN_QUOTE}"
    rf"{ingredient_stems('intimidation', 'harm_stems')}\s+(?:\S+\s+)?"
    rf"{ingredient_endings('intimidation', 'future_endings')}"
)
_PROP = (
    r"(?:phone|mobile|purse|bag|handbag|chain|cash|money|wallet|jewell?e?ry|gold|silver|ring|earrings?|"
    r"necklace|mangalsutra|bike|motorcycle|motor ?cycle|scooty|scooter|car|laptop|watch|valuables|"
    r"ornaments|rs\.?|rupees|battery|cattle|buffalo|cow|goat|bicycle|cycle|tractor|pump|wire|cable|goods|laptop|bag|tv|"
    r"television|cylinder|tyres?|gahne|gehne|zevar|zewar|naqdi|nakdi|paise|saman|samaan|luggage|suitcase|documents)"
)
PERSON_NOUN = (
    r"(?:men|persons|people|boys|youths|youngsters|miscreants|accused|assailants|attackers|robbers|thieves|bouncers|guards|"
    r"brothers|sons|cousins|"
    r"dacoits|criminals|goons|strangers|individuals|culprits|offenders|others|associates|companions|villagers|neighbou?rs|relatives|family members|youths|students|workers|supporters|"
    r"ladke|ladkon|log|logon|aadmi|admi|vyakti|badmash|badmashon|lutere|luteron|chor|bandmash|"
    # Punjabi "munde" (boys); the masked ones, told by the mask alone: "teen nakabposh aaye"
    r"munde|mundey|nakabposh|"
    # the followers a leader brings: "his two chelas", "teen gurge", "do saathi"
    r"henchmen|accomplices|chele|chelas|chelon|gurge|gurgon|gunde|gundon|saathi|sathi)"
)
PERSON_NOUN_HI = (
    r"(?:लोग|लोगों|व्यक्ति|व्यक्तियों|लड़के|लड़कों|बदमाश|बदमाशों|आदमी|युवक|युवकों|लुटेरे|अभियुक्त|आरोपी|नकाबपोश|"
    r"चेले|चेलों|गुर्गे|गुर्गों|गुंडे|गुंडों|साथी|साथियों)"
)

PATTERNS: dict[Fact, tuple[str, ...]] = {
    Fact.PROPERTY_TAKEN: (
        _en(
            r"stole|stolen|steal(?:s|ing)?|theft|thie(?:f|ves)|robbed|robbery|looted|loot(?:ing)?|snatch\w*",
            r"pick-?pocket\w*|burglar\w*|decamped with|made off with|ran away with "
            + _OBJ
            + r"? ?\w* ?"
            + _PROP,
            r"(?:took away|taken away|carried away|grabbed|seized|snatched|robbed|made away with) (?:off )?"
            + _OBJ
            + r"? ?(?:\w+ ){0,2}"
            + _PROP,
            r"(?:they|he|she|accused|both|robbers?|thie(?:f|ves)|m[ae]n|boys?|youths?|persons?|miscreants?|culprits?|attackers?|assailants?|others?|someone) (?:\w+ ){0,3}"
            r"(?:took|taken|removed|lifted|picked up|taking|stealing) (?:away )?(?:off )?(?:out )?"
            + _OBJ
            + r"? ?(?:\w+ ){0,3}"
            + _PROP,
            r"(?:taking|took|stealing|stole|removing|removed) (?:\w+ ){0,3}(?:notes|cash|money) from (?:the |my |our )?(?:drawer|counter|till|cash ?box|almirah|locker|cupboard|galla)",
            _PROP
            + r" (?:\w+ ){0,4}(?:gayab|was missing|were missing|went missing|was gone|were gone|nahi (?:thi|tha|the|mila|mili)|not there|had vanished)",
            r"dacoity|dacoits?",
            r"chori|chor(?:i|ee) (?:ho|kar)\w*|chura\w*|loot\w*|lut (?:liya|liye|li|gaya|gayi)|lute|"
            r"chheen\w*|chhin\w*|cheen\w*|jhapat\w*|le (?:bhaage|bhage|bhaga|ud[ae])|uda le|utha (?:le|kar le) (?:gaye|gaya)|jeb (?:kat|kaat)\w*",
            r"(?:someone|somebody|unknown (?:person|persons|people)|thie(?:f|ves)|miscreants?|who) (?:\w+ ){0,4}(?:taken|took|stole|removed|lifted|picked)",
            r"pocket (?:was )?(?:picked|cut|empty)",
            r"(?:galle|gulle|galla|drawer|tijori|almari|almirah|counter|cash box) (?:se|mein se|me se) (?:[\w,.]+ ){0,3}(?:nikaal|nikal|chura|utha)\w*",
            r"(?:and|then|,) (?:took|snatched|grabbed|removed) (?:away )?(?:my|his|her|our|their) (?:\w+ ){0,3}"
            + _PROP,
            # money taken after force or a way in, not paid: "beat my son and took Rs 20,000"
            _FORCE_BEFORE_TAKING
            + r" (?:[\w,']+ ){0,6}(?:and|then) (?:then )?(?:took|removed) (?:away )?"
            r"(?:rs\.?|₹|inr|\d|cash|money|all|whatever|everything)",
            r"(?:while|after|before) (?:taking|snatching|grabbing|stealing) (?:away )?(?:my|his|her|our|their) (?:\w+ ){0,2}"
            + _PROP,
            # a weapon shown and the things taken in the one breath: "katta taan kar ... le liye"
            r"(?:dikha|dikhaa|taan|tan|sata|satta|ada|adaa)(?:kar|ke) (?:\w+ ){0,6}(?:le liye|le liya|le li|le gaye|le gaya|nikaal liye|nikal liye|nikalwa liye|nikalwa liya)",
            r"hand over (?:\w+ ){0,4}(?:or|else|otherwise)|(?:de de|de do|nikaal|nikal|nikalo) (?!ja\w* |jao\b)(?:\w+ ){0,2}(?:warna|varna|nahi to)|jo (?:bhi )?hai (?:nikaal|nikal|de)",
        ),
        _hi(
            r"चोरी|चोर(?![\u0900-\u097f])|चोरों|चुरा|लूट|छीन|झपट|ले भागे|ले भागा|उठा ले गए|उठा ले गया|डकैती|"
            r"(?:खोलकर|खोल कर|उठाकर|उठा कर|निकालकर|निकाल कर|तोड़कर|तोड़ कर|चुपके से) ले (?:गए|गया|गई|गये)|"
            r"(?:दिखाकर|दिखा कर|तानकर|तान कर|सटाकर|सटा कर|अड़ाकर|अड़ा कर|की नोक पर) (?:\S+ ){0,6}(?:ले लिए|ले लिया|ले ली|ले लिये|ले गए|ले गया|निकाल लिए|निकलवा लिए)|जेब कट|जेब काट|(?:दे दे|दे दो|निकाल) (?:\S+ ){0,2}(?:वरना|नहीं तो)"
        ),
        _DRAWN_FROM_THE_PERSON,
    ),
    Fact.SNATCHING: (
        _en(
            r"snatch\w*",
            r"grabbed " + _OBJ + r"? ?(?:\w+ ){0,2}" + _PROP,
            r"pulled (?:off |away )?"
            + _OBJ
            + r"? ?(?:\w+ ){0,2}(?:chain|necklace|purse|bag|phone|mobile|earrings?|mangalsutra)",
            r"yanked|tore off " + _OBJ + r" (?:chain|necklace)",
            r"chheen\w*|chhin (?:li|liya|kar)\w*|cheen (?:li|liya|kar)\w*|jhapat\w*|jhapta\w*",
        ),
        _hi(r"छीन|झपट"),
    ),
    Fact.FORCE: (
        _en(
            r"at (?:knife|gun|pistol)-?point|(?:knife|gun|pistol)-?point|at the point of (?:a )?(?:knife|gun|pistol|revolver)",
            r"(?:showed|shown|showing|brandished|brandishing|pointed|pointing|waved|waving|flashed|took out|pulled out) (?:me |him |her |us |them )?(?:a |his |their |an? |the )?(?:big |long |sharp |country-made |desi )?(?:knife|gun|pistol|revolver|katta|tamancha|sword|dagger|blade|weapons?)",
            r"(?:knife|gun|pistol|revolver|katta|blade|dagger|sword)s? (?:\w+ ){0,2}(?:to|at|on|against) (?:my|his|her|our|their) (?:neck|throat|head|temple|chest|stomach|belly|back|side|ribs)",
            r"(?:held|put|placed|pressed|pointed|kept) (?:a |his |the |their )?(?:knife|gun|pistol|revolver|katta|blade|dagger|sword)s? (?:to|at|on|against) (?:my|his|her|our)",
            r"overpowered|pinned (?:me|him|her) down|pushed (?:me|him|her) (?:down|to the ground)|held (?:me|him|her) down",
            r"(?:chaku|chaaku|chakoo|chhura|churi|pistol|pistaul|katta|katte|tamancha|tamanche|revolver|hathiyar|bandook|banduk) (?:\w+ ){0,2}(?:dikha|taan|tan|lagake|laga|rakh|ada|sata|ki nok|ke bal|ke dam)\w*",
            r"(?:gardan|gale|gala|kanpati|kanpatti|seene|pet|sir|galle) (?:\w+ ){0,2}(?:chaku|chaaku|chakoo|chhura|churi|pistol|katta|tamancha|revolver|bandook) (?:\w+ ){0,1}(?:rakh|laga|taan|tan|ada|sata)\w*",
            r"jabardasti|zabardasti|zabardasti|by force|forcibly|forcefully|gagged|"
            r"tied (?:up )?(?:her|his|my|their|our) (?:hands|legs|hands and legs)|tied (?:me|him|her|us|them) (?:up|to)|bound (?:me|him|her|us|them)|"
            r"(?:put|pressed|placed) (?:his |a |her )?hand (?:on|over) (?:her|his|my) mouth|(?:haath|hath)[- ]?(?:pair )?(?:baandh|bandh)\w*|munh daba\w*",
        ),
        _hi(
            r"(?:चाकू|छुरा|छुरी|पिस्तौल|पिस्टल|तमंचा|तमंचे|कट्टा|कट्टे|बंदूक|रिवॉल्वर|हथियार)(?: की नोक| के बल| के दम| दिखा| तान| सटा| अड़ा| लगा| रख)|"
            r"(?:गर्दन|गले|कनपटी|सीने|पेट)\S* (?:\S+ ){0,2}(?:चाकू|छुरा|छुरी|पिस्तौल|पिस्टल|तमंचा|कट्टा|बंदूक|रिवॉल्वर) (?:\S+ )?(?:रख|लगा|सटा|तान|अड़ा)|"
            r"जबरदस्ती|ज़बरदस्ती|हाथ-पैर बांध|हाथ बांध|मुंह दबा"
        ),
    ),
    Fact.WEAPON: (
        _en(
            r"knife|knives|chaku|chaaku|chakoo|chhura|churi|dagger|sword|talwar|swords|pistol|revolver|gun|guns|firearm|rifle|katta|tamancha|"
            r"axe|kulhadi|kulhari|farsa|gandasa|sickle|darati|daranti|hasiya|iron rod|rods?|sariya|saria|lathi|lathis|lathiyan|laathi|laathiyon|lathiyon|danda|dande|dandon|dando|"
            r"stick|sticks|baton|hockey|bat|brick|bricks|eent|stone|stones|patthar|pathar|bottle|acid|blade|razor|screwdriver|spear|bhala|"
            r"hammer|hathoda|weapons?|hathiyar|khukri|machete|belt|pipe|tezab|tejab|"
            r"scissors|kainchi|spanner|wrench|stumps?|bamboo|trishul|ballam|barchi|gupti|bhujali|hasua|"
            r"boiling (?:water|oil)|hot oil|rolling pin|belan"
        ),
        _hi(
            r"चाकू|छुरा|तलवार|पिस्तौल|तमंचा|कट्टा|बंदूक|कुल्हाड़ी|फरसा|गंडासा|लाठी|डंडा|डंडे|डंडों|सरिया|रॉड|ईंट|पत्थर|तेजाब|हथियार|"
            r"हंसिया|हँसिया|हसिया|दरांती|दराँती|भाला|बल्लम|बरछी|हथौड़|ब्लेड|उस्तरा|कैंची|बेलन|पाइप|खौलत|गर्म तेल|फावड़|कुदाल|गैंती"
        ),
    ),
    Fact.DANGEROUS_WEAPON: (
        _en(
            r"knife|knives|chaku|chaaku|chakoo|chhura|churi|dagger|sword|talwar|swords|pistol|revolver|gun|guns|firearm|rifle|katta|tamancha|"
            r"axe|kulhadi|kulhari|farsa|gandasa|sickle|darati|daranti|hasiya|iron rod|iron pipe|sariya|saria|rod|acid|blade|razor|"
            r"screwdriver|spear|bhala|hammer|hathoda|khukri|machete|tezab|tejab|stabbed|stab|shot|fired|kerosene|petrol(?! ?(?:pump|bunk|station|tank|pump|price|filling))|set (?:him|her|me) on fire|"
            r"sharp[- ]edged|sharp weapon|deadly weapon|dangerous weapon|burnt with|hot iron|"
            r"scissors|kainchi|trishul|ballam|barchi|gupti|bhujali|hasua|boiling (?:water|oil)|hot oil"
        ),
        _hi(
            r"चाकू|छुरा|तलवार|पिस्तौल|तमंचा|कट्टा|बंदूक|कुल्हाड़ी|फरसा|गंडासा|सरिया|रॉड|तेजाब|गोली|"
            r"हंसिया|हँसिया|हसिया|दरांती|दराँती|भाला|बल्लम|बरछी|हथौड़|ब्लेड|उस्तरा|कैंची|खौलत|गर्म तेल|फावड़|कुदाल|गैंती"
        ),
    ),
    Fact.FIREARM: (
        _en(
            r"pistol|revolver|guns?|firearms?|rifle|katta|tamancha|country[- ]made|desi katta|cartridges?|kartoos|ammunition|"
            r"live rounds?|bullets?|shot (?:at|him|her|me)|fired|opened fire|goli"
        ),
        _hi(r"पिस्तौल|तमंचा|कट्टा|बंदूक|कारतूस|गोली"),
    ),
    Fact.HURT: (
        _en(
            r"beat|beaten|beating|hit|hits|hitting|slapp\w*|slap|punch\w*|kick\w*|assault\w*|attack\w*|injur\w*|wounds?|wounded|"
            r"bleed\w*|bled|bruis\w*|stabb\w*|stab|hurt|thrash\w*|manhandl\w*|thappad|tamacha|ghayal|chot|chotein|"
            r"hamla|hamle|waar (?:kiya|kiye)|vaar (?:kiya|kiye)|maara|maari|maarte|marte the|mara-peeta|marod\w*|maarpeet|marpeet|maar[- ]?peet|mar[- ]?pit|marpit|peeta|peeti|pit(?:a|i|e) (?:gaya|gayi|gaye|diya|di)\b|pitai|pitaai|lahuluhan|khoon",
            r"hurt\w*|fracture\w*|broke "
            + _OBJ
            + r" (?:arm|leg|hand|nose|jaw|teeth|tooth|rib|ribs|bone|skull|finger)",
        ),
        _hi(
            r"वार किया|वार कर|प्रहार|सिर फोड़|सिर फट|खून निकल|मारपीट|मार-पीट|मारते-पीटते|मारते पीटते|पीटते|पीटने|पीटा|पीटी|पिटाई|मारा|मारी|थप्पड़|चोट|घायल|जख्मी|ज़ख्मी|लहूलुहान|हमला"
        ),
    ),
    Fact.GRIEVOUS_HURT: (
        _en(
            r"fractur\w*|broken (?:arm|leg|hand|nose|jaw|teeth|tooth|rib|ribs|bones?|skull|finger)",
            r"broke "
            + _OBJ
            + r" (?:arm|leg|hand|nose|jaw|teeth|tooth|rib|ribs|bones?|skull|finger)",
            r"(?:arm|leg|hand|nose|jaw|teeth|tooth|rib|ribs|bones?|skull) (?:was |were |got )?(?:broken|fractured|dislocated)",
            r"dislocat\w*|lost (?:the )?(?:sight|vision|hearing)|(?:lost|loss of) (?:his|her|my|one)? ?(?:eye|teeth|tooth)|blinded|"
            r"permanent\w* (?:disfigur\w*|scar\w*|disab\w*)|disfigur\w*|acid (?:attack|thrown|was thrown)|threw acid|emasculat\w*|"
            r"grievous\w*|(?:20|twenty|21|30|thirty) days (?:in|of) (?:hospital|severe pain|bed)|critical condition|"
            r"life[- ]threatening|endanger\w* (?:his|her) life|ventilator|icu|haddi (?:toot|tut|tod)\w*|(?:hath|haath|pair|daant|dant|taang|tang|bazu|baazu|pasli) (?:toot|tut|tod)\w*",
        ),
        _hi(
            r"हड्डी टूट|हड्डी तोड़|फ्रैक्चर|हाथ टूट|पैर टूट|दांत टूट|आंख की रोशनी|तेजाब फेंक|गंभीर चोट|गंभीर रूप से घायल"
        ),
    ),
    Fact.DEATH: (
        _en(
            r"died|dies|dead|death of|caused (?:the )?death|deceased|murdered|murder of|succumbed|passed away|body (?:of|was found)|"
            r"(?:stabbed|beaten|hacked|shot|burnt|burned|strangled|crushed|bludgeoned) to death|dead body|corpse|lash|mar (?:gaya|gayi|gaye|chuki|chuka|chuke)|jal kar mar\w*|maut|hatya (?:kar|ki|kar di)|mrit|killing (?:of|him|her)|"
            r"(?:who|which|he|she|and|had|has|was|were|brutally|allegedly|accused|they) killed|killed (?:him|her|my|his|the|their|them|on the spot)"
        ),
        _hi(r"मौत|मृत्यु|मृत|हत्या कर|हत्या की|मर गया|मर गई|दम तोड़|शव|लाश"),
    ),
    Fact.ATTEMPT_TO_KILL: (
        _en(
            r"tried to kill|trying to kill|attempt(?:ed)? to (?:kill|murder)|attempt to murder|with (?:the )?(?:intent|intention) to kill|"
            r"intending to kill|fired (?:at|upon|shots?|a shot|two shots|gunshots?)|shot at|opened fire|gunshot|strangl\w*|throttl\w*|"
            r"tried to (?:strangle|burn|drown|throttle|poison|run (?:me|him|her) over)|poured (?:kerosene|petrol|diesel)|"
            r"set (?:me|him|her) (?:on fire|ablaze)|stabbed (?:him|her|me)? ?(?:\w+ )?(?:in|on) the (?:chest|abdomen|stomach|neck|back|head)|"
            r"jaan se maarne ki koshish|jaan se marne ki koshish|maarne ki koshish|goli (?:chala|chalayi|mari|maari)\w*|gala daba\w*|"
            r"jalane ki koshish"
        ),
        _hi(
            r"जान से मारने की कोशिश|जान से मारने का प्रयास|हत्या का प्रयास|गोली चला|गोली मार(?!\s*(?:दे|दूं|डाल))|गला दबा|जलाने की कोशिश"
        ),
    ),
    Fact.ATTEMPT: (
        _en(r"tried to|attempted to|attempt to|tried his best to|was about to|koshish|prayas"),
        _hi(r"कोशिश|प्रयास"),
    ),
    Fact.GROUP: (
        _en(
            # "together" of people acting, not of living, playing or studying together, a get-together,
            # the complainant's own party ("we came together") or things valued together
            r"(?<!get-)(?<!we )(?<!us )(?<!live )(?<!lived )(?<!living )(?<!stay )(?<!stayed )(?<!play )"
            r"(?<!played )(?<!studied )(?<!worked )(?<!were )(?<!was )together(?! (?:are|is) worth)|"
            r"jointly|in connivance|along with (?:his|her|their)? ?(?:\w+ )?(?:associates|friends|companions|brothers?|sons?|relatives|accomplices|accomplice|gang|men|parents|family|family members|mother|father)",
            r"with (?:his|her|their) (?:associates|friends|companions|brothers|sons|accomplices)",
            r"(?:and|with) (?:his|her) (?:brothers?|friends?|sons?|associates?|accomplices?|companions?)",
            r"(?:husband|pati) (?:and|aur) (?:his |her |uski |uske |uska )?(?:mother|father|sister|brother|family|parents|relatives|maa|papa|behen|bhai|in-laws|sasural)",
            r"both (?:the accused|accused|men|boys)|both of them|they both|the two of them|the (?:two|three|four) accused|gang of|a gang|all (?:of them|the accused|accused)|common intention|in furtherance of (?:their |the )?common|accused persons|"
            r"(?:uski|uska|uske|his|her) (?:maa|mother|bhai|brother|behen|sister|papa|father|pita) (?:aur|and) |(?:aur|and) (?:uska|uski|uske) (?:bada |chhota )?(?:bhai|beta|bete|dost|saathi|sathi|papa|pita|maa|behen|saala|sala|jija|chacha|bhatija)(?! (?:[a-z]+ )?(?:ko|se|ka|ki|ke|par|pe|tak)\b)|"
            r"dono (?:ne|bhaag|bhag|mil|aaye|aye|bole|log)|sath mil\w*|saathiyon|sathiyon|milkar|mil kar|saath milkar|dono ne|sabhi ne|(?:aur|and) apne (?:bhai|beta|bete|dost|saathi|sathi)",
            # a leader's followers, who act with him: "his chela", "uske gurge", "apne saathi"
            r"(?:his|her|their|uske|uska|unke|unka|apne|apna|with|saath) (?:\w+ )?(?:saathi|sathi|companions?|henchmen|henchman|accomplices?|goons?)|chela|chelas|chele|chelon|gurga|gurge|gurgon|henchm[ae]n",
        ),
        _hi(
            r"साथियों|(?:उसके|उसका|उनके|उनका|अपने|अपना|साथ) (?:\S+ )?साथी|चेला|चेले|चेलों|गुर्गा|गुर्गे|गुर्गों|मिलकर|मिल कर|दोनों ने|दोनों आरोपी|दोनों लोग|सभी ने|गिरोह|(?:और|व) (?:उसका|उसके|उसकी|अपने|अपनी) (?:भाई|बेटे|बेटा|दोस्त|साथी|पत्नी|पिता)(?! (?:\S+ )?(?:को|से|का|की|के|पर|तक)(?!\S))"
        ),
    ),
    Fact.WOMAN_VICTIM: (
        _en(
            r"she|her|woman|women|girl|lady|ladies|wife|daughter|sister|mother|widow|niece|daughter-in-law|"
            r"mahila|ladki|aurat|beti|behen|bahan|patni|biwi|bahu|bhatiji|bhateeji|bhanji|bhaanji|"
            r"\w+ti (?:hun|hoon|hu)|(?:main|mai) (?:\w+ ){0,4}gayi (?:thi|hun)"
        ),
        _hi(r"महिला|लड़की|औरत|बेटी|बहन|पत्नी|बहू|भतीजी|भांजी|भाँजी|पीड़िता|प्रार्थिनी|\S+ती हूं|\S+ती हूँ"),
    ),
    Fact.RAPE: (
        _en(
            r"rap(?:e|ed|ing)|sexual intercourse|forcibly had sex|had sex with (?:me|her) (?:forcibly|against)|"
            r"(?:established|made|had|maintained) (?:physical|sexual) (?:relations?|relationship)|sexually exploit\w*|"
            r"penetrat\w*|gang[- ]?rap\w*|balatkar|balaatkar|dushkarm|galat kaam|"
            # relations asked for ("sharirik sambandh ki maang", "banane ko kaha") are sexual
            # harassment, not intercourse
            r"sharirik sambandh(?! (?:ki maang|banane (?:ki maang|ko kaha|ka dabav|ka dabaav)))"
        ),
        _hi(
            r"बलात्कार|दुष्कर्म|गलत काम|यौन शोषण|"
            r"शारीरिक संबंध(?! (?:की मांग|की माँग|बनाने (?:की मांग|की माँग|को कहा|का दबाव)))"
        ),
    ),
    Fact.FALSE_PROMISE_MARRIAGE: (
        _en(
            r"(?:false |on the )?promise(?:d)? (?:of|to) marr\w*|pretext of marriage|shaadi ka (?:jhansa|vaada|wada)|shadi ka (?:jhansa|vaada|wada)|"
            r"(?:would|will) marry (?:me|her)|(?:mujhse|usse|tumse) (?:shaadi|shadi) kar(?:ega|unga|enge)"
        ),
        _hi(r"शादी का झांसा|शादी का वादा|विवाह का झांसा|(?:मुझसे|उससे) शादी करे?(?:गा|ूंगा)"),
    ),
    Fact.SEXUAL_TOUCH: (
        _en(
            r"molest\w*|groped|grop\w*|touched (?:me|her|my|his)? ?(?:\w+ )?(?:inappropriately|indecently|private|breasts?|body|chest|wrongly)",
            r"(?:pulled|caught|grabbed|held) (?:my|her) (?:dupatta|clothes|saree|chunni)",
            r"(?:touch\w*|rubb\w*|press\w*|pinch\w*|haath|hath|hand|hands) (?:\w+ ){0,5}(?:thigh|breasts?|chest|waist|buttocks?|private parts?|jaangh|jangh|seene|kamar)|"
            r"(?:thigh|jaangh|jangh|kamar|seene) (?:\w+ ){0,2}(?:pe|par|on) (?:\w+ ){0,4}(?:haath|hath|hand)|"
            r"outrag\w* (?:the |her |my )?modesty|hugged (?:me|her) forcibly|forcibly (?:hugged|kissed)|kissed (?:me|her)|"
            r"sexual(?:ly)? (?:assault|harass)\w*|bad touch|chhed\w*|chhedkhani|chhedchhad|chhed-chhad|chhua|chhuaa|"
            r"galat (?:tarike|tareeke|dhang) se (?:chhu|chu|chhua|chua|haath|hath)\w*|dupatta (?:kheench|khinch)\w*|hath pakad\w*|haath pakad\w*",
        ),
        _hi(
            r"छेड़|छेड़छाड़|दुपट्टा खींच|हाथ पकड़|गलत तरीके से छु|गलत तरीके से छू|अश्लील हरकत|लज्जा भंग|शील भंग|(?:जांघ|सीने|कमर|शरीर) (?:पर|को) (?:\S+ ){0,2}(?:हाथ|छू|छु)"
        ),
    ),
    Fact.SEXUAL_REMARK: (
        _en(
            r"lewd|vulgar|obscene (?:remarks?|gestures?|comments?|messages?|videos?|photos?|pictures?|songs?|calls?|language|words)|"
            r"sexually colou?red|sexual (?:remarks?|comments?|favou?rs?|advances?)|indecent (?:remarks?|gestures?|proposals?|comments?)|"
            r"whistl\w*|catcall\w*|eve[- ]?teas\w*|pornograph\w*|dirty (?:remarks?|comments?|jokes|messages)|"
            r"ashleel|ashlil|gandi (?:baat|baatein|batein|harkat)|gande (?:ishare|ishaare|comment)|fabti\w*|seeti"
        ),
        _hi(r"अश्लील|गंदे इशारे|गंदी बातें|फब्ती|सीटी"),
    ),
    Fact.STALKING: (
        _en(
            r"stalk\w*|follow(?:s|ed|ing)? (?:me|her) (?:daily|every ?day|regularly|repeatedly|continuously|everywhere|to|from|on)|"
            r"follow\w* (?:my|his|her) \w+ (?:\w+ ){0,4}(?:every ?day|daily|regularly|repeatedly|for (?:a|many|several|two|three) (?:days|weeks|months))|keeps? following|kept following|repeatedly (?:called|messag\w*|contact\w*)|peecha|pichha|peechha|pichha karta|peech?he[- ]peech?he|follow kar\w*",
            r"(?:baar baar|roz|daily) (?:\w+ ){0,2}(?:call|phone|message|msg)\w*|(?:alag alag|different|new|nayi nayi|multiple) (?:\w+ ){0,1}(?:numbers?|ids?|accounts?) (?:\w+ ){0,3}(?:call|message|msg|contact)\w*",
        ),
        _hi(r"पीछा"),
    ),
    Fact.DISROBING: (
        _en(
            r"(?:tore|torn|ripped|pulled off|removed) (?:off )?(?:my|her) (?:clothes|kurta|saree|dress|top)|disrob\w*|strip(?:ped)? (?:me|her)|"
            r"kapde (?:phaad|phad|utaar|utar)\w*"
        ),
        _hi(r"कपड़े फाड़|कपड़े उतार"),
    ),
    Fact.VOYEURISM: (
        _en(
            r"(?:secretly|hidden camera|without (?:my|her) knowledge) (?:\w+ ){0,3}(?:record|film|video|photo)\w*|"
            r"(?:recorded|filmed|photographed|video) (?:\w+ ){0,3}(?:while|when) (?:I was |she was )?(?:bathing|changing|naked|undress)\w*|"
            r"peep\w* (?:into|through)|nahate (?:hue|waqt)"
        ),
        _hi(r"नहाते (?:हुए|समय)"),
    ),
    Fact.CHILD_VICTIM: (
        _en(
            r"minor|minors|child|children|juvenile|nabalig|naabalig|school ?girl|school ?boy|infant|toddler|baby|"
            r"(?:class|std\.?|standard) \d{1,2}(?:th|st|nd|rd)? (?:student|girl|boy)|bachchi|bachi|bacchi|nanhi"
        ),
        _hi(r"नाबालिग|बच्ची|बच्चा|बच्चे|मासूम|छात्रा"),
    ),
    Fact.DOWRY: (
        _en(
            r"dowry|dahej|dahez|daaj|stridhan|streedhan",
            r"(?:given|give|gave|demand\w*|bring|laane|laao|lao) (?:\w+ ){0,4}(?:a )?(?:car|motorcycle|bike|cash|money|lakh|gold|fridge) (?:\w+ ){0,3}(?:in|at|for) (?:the )?(?:marriage|wedding)|"
            r"(?:marriage|wedding|shaadi|shadi) (?:\w+ ){0,3}(?:car|gaadi|bike|lakh)|maike se (?:\w+ ){0,2}(?:paise|lakh|car|gaadi|rupaye)|"
            r"(?:from|by) (?:my|her) (?:father|parents|maika|family) (?:\w+ ){0,3}(?:car|cash|lakh|money)",
            r"demand\w* (?:\w+ ){0,4}(?:lakh|cash|money|car|rs\.?|₹) (?:\w+ ){0,3}from (?:my|her) (?:father|parents|family|maika|brother|mother)",
            r"bring (?:\w+ ){0,4}(?:lakh|cash|money|car|rs\.?|₹|gold|bike|motorcycle) (?:\w+ ){0,3}from (?:my|her|your) (?:father|parents|family|maternal home|parental home|brother|mother|house)|"
            r"(?:lakh|hazaa?r|paise|paisa|rupaye|rupees|car|gaadi|bike|sona) (?:\w+ ){0,2}(?:laa ?ke|la ?ke|le ?kar aa|le ?ke aa|leke aa|laao|lao) |"
            r"(?:mayke|maayke|maike|maike|pihar|peehar|tere ghar|tere baap|apne baap|apne ghar) (?:wal\w+ )?(?:se|ne) (?:\w+ ){0,3}(?:laa|laao|lao|mang|kuch nahi (?:aaya|diya|mila))\w*",
        ),
        _hi(r"दहेज|स्त्रीधन|(?:मायके|पीहर|तेरे बाप|तेरे घर) (?:\S+ ){0,3}(?:लाकर|लेकर आ|ला|मांग)"),
    ),
    Fact.HUSBAND_OR_INLAWS: (
        _en(
            r"husband|in-?laws?|mother-in-law|father-in-law|sister-in-law|brother-in-law|matrimonial home|sasural|sasuraal|saas|sasur|"
            r"nanad|jeth|jethani|devar|pati|patidev|sasuralwale|sasural wale"
        ),
        _hi(r"पति|ससुराल|सास|ससुर|ननद|देवर|जेठ"),
    ),
    Fact.CRUELTY: (
        _en(
            r"harass\w*|tortur\w*|cruel\w*|taunt\w*|ill-?treat\w*|maltreat\w*|thrown out|threw (?:me|her) out|turned (?:me|her) out|"
            r"drove (?:me|her) out|starv\w*|beat (?:me|her)|beats (?:me|her)|beaten (?:me|her)?|physically (?:and mentally )?abus\w*|"
            r"taane|taana|tane (?:maar|de)\w*|tana (?:maar|de)\w*|tanz|mental(?:ly)? (?:torture|harass\w*|agony)|pareshan|pratadit|pratadna|pratarit|tang (?:kar|karte|karti|kiya)\w*|ghar se nikal\w*|maarpeet|marpeet|"
            # beating told as a habit or a course: "roz maarta hai", "kai baar maar chuke hain";
            # a bare "maarta hai" only of the husband or in-laws in its own sentence
            r"(?:pati|husband|sasur|saas|nanad|devar|jeth)\b[^.!?\n]{0,60}?"
            r"(?:maar|mar|peet|pit)(?:ta|te|ti) (?:hai|hain|tha|the|thi|rehte|rahte)|"
            r"(?:kai|bahut|anek) (?:baar|bar|dafa) (?:\w+ ){0,3}(?:maar|mar|peet|pit)\w*|"
            r"(?:roz|rozana|aksar|har roz|har din|baat baat par) (?:\w+ ){0,3}(?:maar|mar|peet|pit)\w*"
        ),
        _hi(
            r"ताने|ताना|प्रताड़|परेशान|तंग कर|घर से निकाल|मारपीट|मारते-पीटते|मारते पीटते|पीटते|क्रूरता|"
            r"(?:पति|ससुर|सास|ननद|देवर|जेठ)[^.!?।\n]{0,60}?(?:मारता है|मारते हैं|मारता था|मारते थे)|"
            r"(?:कई|अनेक) बार (?:\S+ ){0,3}मार|(?:रोज़|रोज|अक्सर) (?:\S+ ){0,3}मार"
        ),
    ),
    Fact.SUICIDE: (
        _en(
            r"suicide|hanged (?:herself|himself)|found hanging|hanging (?:herself|himself|from)|consumed (?:poison|pesticide|insecticide)|took (?:her|his) own life|"
            r"set (?:herself|himself) (?:on fire|ablaze)|self-immolat\w*|aatmahatya|atmahatya|khudkushi|fansi|faansi|zeher kha"
        ),
        _hi(r"आत्महत्या|खुदकुशी|फांसी|फाँसी|जहर खा"),
    ),
    Fact.PUBLIC_SERVANT: (
        _en(
            r"police(?:man|men)?|constable|head constable|sub-inspector|inspector|officer on duty|on (?:official )?duty|public servant|"
            r"government (?:employee|servant|officer|official|doctor)|govt\.? (?:employee|servant|officer|official)|"
            r"(?:bus )?conductor|lineman|patwari|tehsildar|forest (?:guard|officer)|home guard|traffic (?:police|constable|marshal)|"
            r"electricity (?:department|board) (?:staff|employees?|team)|municipal (?:staff|employees?|officials?)|"
            r"sipahi|daroga|sarkari (?:karmachari|kaam|adhikari|naukar)|pulis|police wale|"
            # staff of a government school, hospital or office: "a teacher at Government
            # Primary School", "rajkiya vidyalaya mein adhyapak"
            r"(?:teacher|headmaster|headmistress|principal|clerk|nurse|doctor|peon|staff|employee|posted|working|employed|"
            r"adhyapak|adhyapika|shikshak|shikshika|karmchari|karmachari|tainaat|tainat) (?:\w+ ){0,3}"
            r"(?:government|govt\.?|sarkari|rajkiya) (?:\w+ ){0,2}(?:school|hospital|college|office|vidyalaya|aspatal|dispensary)|"
            r"(?:government|govt\.?|sarkari|rajkiya) (?:\w+ ){0,2}(?:school|hospital|college|vidyalaya|aspatal) (?:\w+ ){0,2}"
            r"(?:teacher|headmaster|headmistress|principal|clerk|nurse|doctor|staff|adhyapak|shikshak|karmchari|karmachari)"
        ),
        _hi(
            r"पुलिस|सिपाही|दरोगा|सरकारी कर्मचारी|सरकारी काम|लोक सेवक|ड्यूटी पर|"
            r"(?:सरकारी|राजकीय) (?:\S+ ){0,2}(?:स्कूल|विद्यालय|अस्पताल|कार्यालय|दफ्तर) (?:में )?(?:\S+ ){0,2}"
            r"(?:शिक्षक|शिक्षिका|अध्यापक|अध्यापिका|प्रधानाध्यापक|चिकित्सक|डॉक्टर|नर्स|लिपिक|कर्मचारी|तैनात|कार्यरत)"
        ),
    ),
    Fact.OBSTRUCTION: (
        _en(
            r"obstruct\w*|prevented (?:\w+ ){0,2}from (?:discharging|performing|doing)|interfer\w* (?:with|in) (?:\w+ )?(?:official )?duty|"
            r"(?:while|when) (?:on|performing|discharging|doing) (?:his |her |their |official )?(?:official )?duty|deter\w* (?:\w+ )?from (?:\w+ )?duty|"
            r"sarkari kaam (?:mein|me) (?:badha|baadha|rukawat)|duty (?:mein|me) (?:badha|baadha|rukawat)|"
            # kept from the duty itself: "pushed me so that I could not reach the office"
            r"(?:could not|couldn't|was unable to|were unable to|did not let (?:me|him|her|us|them)) "
            r"(?:reach|get to|attend|do|complete|carry out|finish) (?:my |his |her |our |their |the )?"
            r"(?:office|duty|official work|official duty|inspection|survey|checking|vaccination|polling)|"
            r"(?:sarkari kaam|duty|daftar) (?:\w+ ){0,2}(?:nahi|na) (?:karne|jaane|pahunchne) (?:diya|diye|de)"
        ),
        _hi(
            r"सरकारी काम में बाधा|कार्य में बाधा|ड्यूटी में बाधा|"
            r"(?:सरकारी काम|ड्यूटी|दफ्तर|कार्यालय) (?:\S+ ){0,2}(?:नहीं|न) (?:करने|जाने|पहुंचने|पहुँचने) (?:दिया|दिए|दी)"
        ),
    ),
    Fact.ONLINE: (
        _en(
            r"online|internet|website|web ?site|app|apps|application|whatsapp|facebook|instagram|telegram|twitter|snapchat|youtube|"
            r"social media|e-?mail|otp|o\.t\.p|upi|paytm|phone ?pe|phonepe|google ?pay|gpay|net ?banking|bank account|debit card|credit card|"
            r"atm card|card details|kyc|link|phone call|video call|customer care|fake profile|hack\w*|password|cyber|qr code|sim card|"
            r"remote access|anydesk|teamviewer|screen ?share|crypto\w*|trading app|investment app|online fraud|digital arrest"
        ),
        _hi(r"ऑनलाइन|व्हाट्सएप|फेसबुक|इंस्टाग्राम|ओटीपी|यूपीआई|लिंक|साइबर|बैंक खाते"),
    ),
    Fact.IDENTITY_MISUSE: (
        _en(
            r"(?:card|sim) (?:was |were |got )?clon\w*|clon\w* (?:my |the )?(?:card|sim|atm)|skimm\w*|"
            r"password|hack\w*|fake (?:profile|account|id)|logged into|unauthori[sz]ed (?:access|login|log-in)|forwarding rule|(?:account|id) (?:\w+ ){0,3}compromised|"
            r"(?:used|misused|using) (?:my|his|her) (?:pan|aadhaa?r|kyc|documents|identity|credentials)|(?:loans?|accounts?|sim|profile|credit card) (?:\w+ ){0,3}in (?:my|his|her) name|"
            r"(?:account|email|e-mail|id) (?:was |got )?(?:compromised|taken over|hacked)|took over (?:my|his|her|the) (?:\w+ )?account|"
            r"(?:using|used|misused|with) (?:my|his|her) (?:photos?|pictures?|name|identity|aadhaa?r|pan|id)|cloned|sim swap|"
            r"impersonat\w* (?:me|my)|identity theft|account (?:was )?(?:hacked|compromised)|remote access|anydesk|teamviewer"
        ),
        _hi(r"पासवर्ड|फर्जी प्रोफाइल|फर्जी आईडी|हैक|क्लोन"),
    ),
    Fact.PRIVATE_IMAGES: (
        _en(
            r"morph\w*|nude|naked|obscene (?:photos?|pictures?|videos?|images?|content|material)|private (?:photos?|pictures?|videos?|images?)|"
            r"intimate (?:photos?|pictures?|videos?|images?)|objectionable (?:photos?|pictures?|videos?|images?)|"
            r"explicit (?:photos?|pictures?|videos?|images?)|(?:photos?|videos?|pictures?) viral|gande (?:photo|video)|ashleel (?:photo|video)\w*"
        ),
        _hi(r"अश्लील (?:फोटो|वीडियो)|आपत्तिजनक (?:फोटो|वीडियो)|फोटो वायरल|वीडियो वायरल"),
    ),
    Fact.THREAT: (
        _en(
            r"threat\w*|intimidat\w*|will kill|would kill|kill (?:you|him|her|me|them|us)|dire consequences|see you later|"
            r"agar (?:\w+ ){0,8}to (?:\w+ ){0,5}(?:denge|dunga|dega|karenge|karunga|karega|maarenge|marenge)|"
            r"if (?:you|he|she|they) (?:\w+ ){0,8}(?:we|they|he|i) (?:will|would|'ll|shall) |"
            r"teach (?:you|him|her|me) a lesson|face (?:the )?consequences|anjaam bhugat\w*|ruin (?:you|your|him|his)|"
            r"warned (?:me|him|her) of|dhamki|dhamka\w*|dhamkaya|(?:tujhe|tumhe|tujhko|tumko|tere ko|tera|tumhara|aapko|use|usko|unko|sabko) (?:bhi )?dekh (?:lunga|lenge|lena)|"
            r"jaan se maar\w*|khatam kar\w*|sabak sikha\w*"
        ),
        _hi(r"धमकी|धमका|जान से मार|देख लूंगा|देख लेंगे|खत्म कर|अंजाम भुगत"),
        _QUOTED_THREAT_EN,
        _REPORTED_THREAT_EN,
        _QUOTED_THREAT,
    ),
    Fact.THREAT_TO_KILL: (
        _en(
            r"threat\w* (?:\w+ ){0,3}(?:to kill|to murder|of death|with death|to eliminate|to finish)|death threats?|will kill|would kill|"
            r"kill (?:you|him|her|me|them|us|your|his|her)|(?:will|would) (?:finish|eliminate|murder|shoot) (?:you|him|her|me|them)|"
            r"threat\w* (?:\w+ ){0,4}(?:acid|to burn|to set fire|to throw acid|fire to)|(?:burn|set fire to) (?:your|his|her|the) (?:shop|house|home)|"
            r"aag (?:laga|lagaa) (?:denge|dunga|dega)|te[zj]aa?b (?:daal|dal|phenk|fenk|feink)\w*|"
            r"(?:would|will|'ll) (?:throw|pour) acid|laash (?:bhi )?nahi mil\w*|zinda nahi (?:chhod|bach)\w*|(?:would|will) be (?:burnt|burned|set on fire|killed)|"
            r"jaan se maar\w*|jaan se maarne ki dhamki|jaan se marne ki dhamki|khatam kar (?:dunga|denge|dega)|"
            r"goli maar (?:dunga|denge|dega)|maar (?:dalunga|daalunga|dalenge|daalenge|denge|dunga)"
        ),
        _hi(
            r"(?:जलाने|आग लगाने|फूंकने|फूंक देने|तेजाब डालने) की धमकी|जान से मारने की धमकी|जान से मार देंगे|जान से मार दूंगा|खत्म कर देंगे|गोली मार देंगे|मार डालेंगे|मार डालूंगा|"
            r"तेज़?ाब (?:डाल|फेंक) (?:दूंगा|दूँगा|देंगे|देगा|दूंगी|दूँगी)"
        ),
    ),
    Fact.PREMISES_ENTRY: (
        _en(
            r"(?:entered|enter|entering|broke into|break into|breaking into|barged into|barged in|forced (?:their|his|her) way into|"
            r"came (?:in)?to (?:the |my |our |his |her )?(?:\w+'s )?(?:house|home|shop)|forcibly entered|trespass\w*|intrud\w*|sneaked into|came into|came inside|jumped (?:over )?(?:the )?(?:wall|boundary) (?:\w+ ){0,2}into|"
            r"climbed into|gained entry (?:into|to)|entry into) (?:\w+ ){0,3}(?:house|home|room|flat|apartment|shop|premises|office|residence|"
            r"godown|warehouse|building|bedroom|hostel|temple|compound|courtyard|quarter|kothi|makan)",
            r"house[- ]?breaking|house[- ]?trespass|burglar\w*|ghar (?:mein|me|main) ghus\w*|ghus (?:aaye|aaya|aye|aya|gaye|gaya|kar)|"
            r"ghar (?:mein|me) pravesh|dukan (?:mein|me) ghus\w*|(?:were|came|got|went|forced their way|forced his way) inside|andar (?:aa|ghus) (?:gaye|gaya|aaye)",
        ),
        _hi(r"घर में घुस|घर के अंदर घुस|घुस आए|घुस आया|घुसकर|दुकान में घुस|सेंध|अंदर आ गए|अंदर घुस"),
    ),
    Fact.LAND_ENTRY: (
        _en(
            r"(?:entered|entering|trespass\w*|encroach\w*|grazed|grazing|occupied|occupy|took possession of|forcibly (?:entered|occupied|ploughed)|"
            r"ploughed|harvested|cut (?:the )?crops?) (?:\w+ ){0,3}(?:field|farm|land|plot|agricultural|khet|orchard|crops?)|"
            r"encroach\w*|kabza|kabja|khet (?:mein|me) ghus\w*|"
            r"(?:khet|field|farm|fields|crop) (?:mein|me|into|in) (?:\w+ ){0,6}(?:chhod|ghus|chara|graz|let loose|drove)\w*"
        ),
        _hi(r"खेत में घुस|कब्जा|कब्ज़ा"),
    ),
    Fact.BREAK_IN: (
        _en(
            r"broke (?:open )?(?:the |my |our |his )?(?:lock|locks|door|doors|window|windows|shutter|gate|almirah lock)|"
            r"(?:lock|locks|door|shutter|grill|window) (?:was |were |had been )?(?:found )?(?:broken|forced open|cut|damaged)|"
            r"broke into|break into|breaking into|house[- ]?breaking|burglar\w*|tala (?:tod|toota|tuta)\w*|taala (?:tod|toota|tuta)\w*|"
            r"kundi tod\w*|darwaza tod\w*|sendh|lock tod\w*"
        ),
        _hi(r"ताला तोड़|ताला टूटा|कुंडी तोड़|दरवाजा तोड़|सेंध"),
    ),
    Fact.NIGHT: (
        _en(
            r"night|midnight|late night|in the dark|before dawn|early morning hours|raat|aadhi raat|rat ko"
        ),
        _hi(r"रात|आधी रात"),
    ),
    Fact.DAMAGE: (
        _en(
            r"damag\w*|vandali\w*|smash\w*|destroy\w*|broke (?:the |my |our |his |her )?(?:\w+ ){0,2}(?:car|windows?|windscreen|windshield|"
            r"glass|furniture|vehicle|tv|television|door|gate|shop|counter|property|phone|mobile|pot|pots|crockery|bike|motorcycle|"
            r"wall|meter|cctv|camera|signboard|board)|"
            r"(?:set|sets) (?:fire|ablaze)|set (?!(?:her|him|me|herself|himself|themselves|them|us)\b)(?:\w+ ){0,3}(?:on fire|ablaze)|burnt|burned|torched|pelted stones|pelting stones|"
            r"ploughed (?:over|up|through)|(?:crop|crops|fasal|paddy|wheat)s? (?:\w+ ){0,3}(?:destroyed|damaged|ruined|barbad)|loss (?:of )?(?:approx\.? |about |around )?(?:rs|₹)|"
            r"uprooted|cut (?:down )?(?:the )?(?:trees?|crops?)|poison\w* (?:the )?(?:cattle|fish|cows?|buffalo)|"
            r"tod[- ]?phod|todphod|tod (?:diya|di|diye|dala|daala)|jala (?:diya|di|diye)|aag (?:laga|lagai|lagayi)\w*|nuksan|nuksaan"
        ),
        _hi(r"तोड़फोड़|तोड़-फोड़|तोड़ दिया|तोड़ दी|आग लगा|जला दिया|नुकसान|क्षतिग्रस्त"),
    ),
    Fact.FIRE: (
        _en(
            r"set (?!(?:her|him|me|herself|himself|themselves|them|us)\b)(?:\w+ ){0,3}(?:on fire|ablaze)|sets? fire|setting fire|torched|arson|burnt (?:down )?(?:the|my|our|his)|burned (?:down )?(?:the|my|our|his)|"
            r"petrol bomb|explosive|aag (?:laga|lagai|lagayi)\w*|jala (?:diya|di|diye)"
        ),
        _hi(r"आग लगा|जला दिया|जला दी"),
    ),
    Fact.VEHICLE: (
        _en(
            r"(?:car|truck|motorcycle|motor ?cycle|motorbike|bike|scooter|auto|auto-?rickshaw|e-?rickshaw|tractor|vehicle|dumper|"
            r"jeep|van|lorr(?:y|ie)|tanker|tempo|suv|trolley)s?|bus|buses|scooty|gaadi|gadi"
        ),
        _hi(r"गाड़ी|ट्रक|मोटरसाइकिल|कार(?![\u0900-\u097f])|ट्रैक्टर|वाहन|स्कूटी|टेम्पो|ऑटो"),
    ),
    Fact.RASH_DRIVING: (
        _en(
            r"bahut tez|tez (?:chala|chalate|raftar|raftaar|speed|gati)\w*|lehra\w*|thok (?:diya|di|de)|thoka|rash(?:ly)?|negligen\w*|careless(?:ly)?|high speed|great speed|excessive speed|speeding|over-?speed\w*|zig-?zag|"
            r"(?:hit|knocked|rammed|ran over|mowed|dashed|collided|struck)(?: into| down| against)? (?:me|him|her|my|his|the|our|a|an)? ?"
            r"(?:\w+ )?(?:from behind|pedestrian|scooter|bike|motorcycle|car|cyclist|son|daughter|father|mother|wife|husband|brother)|"
            r"ran over|knocked (?:\w+ )?down|hit[- ]and[- ]run|accident|collision|collided|tez (?:raftar|raftaar|gati|speed)|laparwahi|laparvahi|"
            r"lapervahi|takkar (?:maar|mari|maari|lag)\w*"
        ),
        _hi(r"लापरवाही|तेज रफ्तार|तेज गति|टक्कर|दुर्घटना|हादसा"),
    ),
    Fact.DRUNK: (
        _en(
            r"drunk|drunken|intoxicated|inebriated|under the influence|smelling of (?:alcohol|liquor)|nashe (?:mein|me)|sharab pi\w*|"
            r"sharab pee\w*|daaru pi\w*|nashe ki halat"
        ),
        _hi(r"नशे में|शराब पी"),
    ),
    Fact.DRUGS: (
        _en(
            r"ganja|charas|hashish|heroin|smack|brown sugar|opium|afeem|afim|doda|poppy (?:husk|straw)|cocaine|mdma|ecstasy|lsd|"
            r"mephedrone|narcotic\w*|psychotropic|contraband|codeine|nitrazepam|alprazolam|tramadol|intoxicant tablets|drugs? peddl\w*|"
            r"(?:sells?|selling|sold|supplying|supplied|peddling) drugs|drug (?:peddler|supplier)|cannabis|marijuana|bhang|nasha (?:powder|goli|golia)"
        ),
        _hi(r"गांजा|गाँजा|चरस|स्मैक|अफीम|हेरोइन|डोडा|नशीले पदार्थ|मादक पदार्थ"),
    ),
    Fact.ARMS_POSSESSION: (
        _en(
            r"(?:country[- ]made|desi|illegal|unlicen[cs]ed|without (?:a |any )?licen[cs]e)\s*(?:\w+ ){0,2}(?:pistol|revolver|gun|katta|rifle|firearm|weapon|cartridges?)|"
            r"(?:recovered|seized|found|possess\w*|carrying|kept) (?:\w+ ){0,4}(?:pistol|revolver|katta|tamancha|firearm|cartridges?|ammunition|live rounds?)|"
            r"(?:pistol|revolver|katta|tamancha|firearm|cartridges?|ammunition) (?:\w+ ){0,3}(?:recovered|seized|without licen[cs]e)|"
            r"arms act|avaidh (?:hathiyar|katta|tamancha)|"
            r"(?:found|caught|was|were|while) carrying (?:\w+ ){0,3}(?:knife|knives|chaku|chaaku|chhura|dagger|sword|gandasa)|"
            r"(?:buttondar|button[- ]?dar|spring|gupti) (?:knife|chaku|chaaku|chhura)|"
            r"(?:knife|chaku|chhura|dagger|sword) (?:\w+ ){0,3}(?:was |were )?(?:recovered|seized) from"
        ),
        _hi(
            r"अवैध (?:हथियार|तमंचा|कट्टा|पिस्तौल|चाकू)|देशी (?:तमंचा|कट्टा|पिस्तौल)|(?:कारतूस|तमंचा|कट्टा|चाकू|छुरा) बरामद|"
            r"बटनदार चाकू"
        ),
    ),
    Fact.CASTE_ABUSE: (
        _en(
            r"caste|casteist|jaati ?suchak|jati ?suchak|jaati[- ](?:soochak|sूचक)|(?:jaati|jati) (?:ka|ke|ki|se|par) (?:naam|nam|gaali|gali|tippani)|chamar|bhangi|chuhra|dhed|harijan|"
            r"scheduled (?:caste|tribe)|sc/st|dalit|valmiki|jatav|adivasi"
        ),
        _hi(r"जाति|जातिसूचक|जातिगत|अनुसूचित जाति|अनुसूचित जनजाति|दलित|चमार|भंगी"),
    ),
    Fact.ENTRUSTED: (
        _en(
            r"entrust\w*|for safe ?keeping|in trust|handed over (?:\w+ ){0,4}(?:to keep|for keeping|for safe|to deliver|for delivery|to deposit)|"
            r"gave (?:\w+ ){0,4}to (?:keep|deliver|deposit|hold)|collect\w* (?:\w+ ){0,3}on (?:behalf|our behalf|behalf of)|"
            r"(?:as|our|my|the|his|was a|worked as|working as|employed as) (?:cashier|accountant|manager|agent|employee|salesman|collection agent|"
            r"delivery (?:boy|agent|executive)|driver|munshi|clerk|supervisor|servant|trustee|treasurer)|"
            r"custody of (?:the )?(?:goods|cash|money|gold|jewell?e?ry|vehicle|documents)|"
            r"(?:needs?|needed|wanted|asked for|borrowed|took) (?:my |our |the )?(?:bike|car|vehicle|scooter|scooty|motorcycle|truck|tractor|laptop|camera) for (?:\w+ )?(?:days?|hours?|a week|some time|a few days)|"
            r"(?:gave|lent|handed|given) (?:\w+ ){0,4}(?:bike|car|vehicle|scooter|scooty|motorcycle|truck|tractor|laptop|phone|mobile|jewell?e?ry|gold|ornaments|camera) (?:\w+ ){0,6}(?:for (?:\w+ )?(?:days?|hours?|use|a week)|to (?:use|go|drive|keep)|on (?:the )?(?:condition|promise))|amanat|saunp\w*|sonp\w*|rakhne ke liye"
        ),
        _hi(r"अमानत|सौंप|रखने के लिए"),
    ),
    Fact.MISAPPROPRIATED: (
        _en(
            r"misappropriat\w*|embezzl\w*|siphon\w*|defalcat\w*|did not (?:deposit|return|hand over|give back|deliver|account)|"
            r"(?:failed|refused) to (?:deposit|return|hand over|give back|deliver|account)|"
            r"used (?:it|the money|the amount|the funds) for (?:himself|herself|personal|his own|her own)|absconded with|"
            r"(?:sold|sells|selling|bech (?:diya|di|diye|dali|dala)) (?:it|them|(?:my|our|the|his|her) (?:\w+ )?(?:goods|gold|jewell?e?ry|vehicle|car|truck|bike|motorcycle|scooter|scooty|laptop|phone|mobile|tractor))\b|"
            r"kept (?:the|it|them) for (?:himself|herself)|"
            r"(?:pledged|mortgaged|girvi rakh\w*) (?:it|them|my|our|the)|gaban|hadap\w*|hadp\w*|wapas nahi (?:kiya|kiye|ki|diya|diye|di|lautaya)"
        ),
        _hi(r"गबन|हड़प|हड़पना|वापस नहीं किया|वापस नहीं किए"),
    ),
    Fact.DECEPTION: (
        _en(
            r"clon(?:ed|ing)|skimm\w*|unauthori[sz]ed (?:transactions?|withdrawals?|debits?)|without my knowledge|"
            r"cheat\w*|fraud\w*|duped|dupe|deceiv\w*|decept\w*|conned|swindl\w*|lured|induc\w*|on the pretext|on the pretence|pretext|"
            r"false (?:promise|assurance|representation|pretext|documents?|claim)|fake|forged|bogus|counterfeit|posing as|posed as|"
            r"impersonat\w*|pretend\w*|claimed to be|claiming to be|misrepresent\w*|promis\w* (?:\w+ ){0,3}(?:job|to double|returns|high returns|profit|visa|admission|naukri|loan|refund)|"
            r"fake job|job offer|lottery|prize|scam\w*|dhokha\w*|dhoka\w*|dhokhadhadi|thagi|thag\w*|jhansa|jhaansa|jhoota|jhootha|farzi",
            r"turned out to be (?:\w+ ){0,2}(?:fake|false|brass|fraud\w*|forged|bogus|counterfeit|non-?existent|someone else)|spoof\w*|phishing|look-?alike",
            r"(?:said|told|claimed|assured) (?:\w+ ){0,3}(?:they|he|she) (?:are|is|were|was) (?:\w+ ){0,3}(?:registered|authori[sz]ed|approved|licensed|the owner)",
            r"(?:did not|does not|didn't|never) (?:actually )?(?:own|exist|have (?:any|the) (?:authority|right))|not the (?:real |actual )?owner|already (?:been )?sold|"
            r"pay (?:\w+ ){0,4}(?:tax|fee|fees|charges|commission) (?:first|before|to withdraw)|"
            r"(?:could not|unable to|not able to|couldn't) withdraw|rolled back|tamper\w* (?:with )?(?:the )?(?:odometer|meter|documents?)|hid (?:the )?(?:\w+ ){0,2}(?:history|defects?|facts?)|"
            r"(?:called|contacted) the (?:real|actual|genuine) |asli malik|real owner|actual owner|genuine owner|"
            r"(?:bola|boli|kaha|bataya|said|told) (?:\w+ ){0,2}(?:main|mai|he is|she is|i am|that he was|that he is|he was) (?:\w+ ){0,3}(?:colonel|major|captain|officer|army|police|inspector|manager|owner|doctor|agent|cbi|customs|broker)|never (?:delivered|sent|supplied) (?:the )?(?:goods|product|item|order)|"
            r"kabhi (?:diya|bheja) nahi|paise le kar (?:gayab|faraar|bhaag)",
            r"(?:swapp?|exchang|chang|replac)\w* (?:my |the )?(?:atm |debit )?card|(?:another|a different|a fake|a duplicate|someone else\'?s|the wrong|a wrong) (?:atm |debit )?card|"
            r"(?:debited|deducted|withdrawn|cut) (?:\w+ ){0,5}instead|instead of (?:receiving|getting|crediting)|scan (?:\w+ ){0,3}(?:to receive|qr)|"
            r"(?:enter\w*|share\w*|shared|gave|told) (?:\w+ ){0,3}(?:upi )?(?:pin|otp)\b|otp (?:bata|de|share)\w*|"
            r"(?:download|install)\w* (?:\w+ ){0,3}(?:app|apk|application)|screen ?shar\w*|remote (?:access|control)|anydesk|teamviewer|"
            r"(?:is|was|are|were|am|being|calling|speaking) (?:calling |speaking )?from (?:the |your |\w+ )?(?:bank|electricity|customer care|courier|telecom|income tax|customs|cyber cell|kyc|trai|sbi|hdfc|icici)",
        ),
        _hi(
            r"ओटीपी (?:\S+ ){0,2}(?:बता|पूछ|शेयर|दे)|ऐप (?:डाउनलोड|इंस्टॉल)|के नाम पर (?:\S+ ){0,3}(?:पूछ|ले|मांग)|झूठ|बहाने|धोखा|धोखाधड़ी|ठगी|ठग|झांसा|झाँसा|फर्जी|जालसाजी|छल|बहकाकर|नकली|क्लोन|बिना (?:मेरी )?जानकारी"
        ),
    ),
    Fact.PROPERTY_DELIVERED: (
        _en(
            r"(?:induced|made|persuaded|convinced|asked|forced) (?:\w+ ){0,3}to (?:pay|transfer|deposit|part with|hand over|invest)|"
            r"(?:sent|paid|transferred|gave|lost) (?:\w+ ){0,2}(?:hundred|thousand|lakhs?|hazaa?r)|"
            r"paid|transferred|handed over|gave (?:him|her|them)|deposited|remitted|invest(?:ed|ing)|sent (?:rs|₹|\d|money|the money|amount)|debited|withdrawn|"
            r"(?:liya|liye|li) (?:\w+ ){0,3}(?:paisa|paise|rupaye|rupees)|(?:rupaye|rupees|paise|rs) (?:\w+ ){0,2}(?:diye|de diye|diya)|upi (?:kar|kiye|kiya)\w*|bhej (?:do|diye|diya|di)|"
            r"(?:took|taken|collected|received) (?:\w+ ){0,4}(?:token money|advance|deposit|security|payment|price|amount)|"
            r"deducted|lost (?:rs|₹|\d)|took (?:rs|₹|\d|money)|received (?:rs|₹|\d|money|an? amount|the amount)|"
            r"(?:rs\.?|₹|inr) ?[\d,]+ (?:was |were )?(?:transferred|debited|deducted|paid|taken)|"
            r"de (?:diye|diya|di)|diye the|transfer (?:kiye|kiya|kar)\w*|bhej (?:diye|diya|di)|jama (?:kiye|kiya|karaye)|kat (?:gaye|gaya)",
            # money put into the doer's account: "uske khate mein daale", "account me dal diye"
            r"(?:khate|khaate|khata|account|a/c) (?:me|mein|main|pe|par) (?:\w+ ){0,2}(?:daale|dale|daal|dal|daala|dala|daali|dali|bheje|bhej)\w*",
        ),
        _hi(
            r"दे दिए|दे दिया|ट्रांसफर|भेज दिए|जमा कर|कट गए|निकाल लिए|रुपये (?:\S+ ){0,2}दिए|ले लिए|वसूल|"
            r"खाते में (?:\S+ ){0,2}(?:डाले|डाल|डलवा|भेजे|भेज)"
        ),
    ),
    Fact.NON_PAYMENT: (
        _en(
            r"(?:not|never) (?:\w+ ){0,2}(?:repaid|repay|returned|paid back|pay back|return (?:the|my) (?:money|amount|loan))|"
            r"(?:refus\w*|fail\w*|avoid\w*|delay\w*) (?:\w+ ){0,2}(?:to )?(?:repay\w*|return (?:the|my) (?:money|amount|loan)|pay (?:back|the (?:dues|balance|amount|salary|rent)))|"
            r"(?:loan|borrowed|lent|udhaar|(?<!idhar-)(?<!idhar )udhar|karz|karza|qarz) (?:\w+ ){0,8}(?:not (?:returned|repaid|paid)|nahi (?:lauta|diya|diye|chukaya)|wapas nahi)|"
            r"dues (?:not|remain) (?:paid|unpaid)|salary (?:not paid|pending|unpaid)|unpaid (?:salary|dues|bills?|rent)|"
            r"cheque (?:was )?(?:bounced|dishonou?red|returned)|paise wapas nahi|paise nahi lauta\w*|paisa nahi lauta\w*"
        ),
        _hi(r"उधार|कर्ज|क़र्ज़|पैसे वापस नहीं|रुपये वापस नहीं|पैसे नहीं लौटा"),
    ),
    Fact.CIVIL_DISPUTE: (
        _en(
            r"civil (?:dispute|matter|suit|nature)|property dispute|boundary dispute|partition|family dispute|business dispute|"
            r"partnership (?:dispute|deed)|breach of contract|contractual|agreement (?:to sell|was|for)|pending (?:civil )?(?:suit|case)|"
            r"(?:loan|borrowed|lent) (?:\w+ ){0,4}(?:from|to) (?:me|him|her|us)|borrowed|udhaar|(?<!idhar-)(?<!idhar )udhar|karz|karza|hand loan"
        ),
        _hi(
            r"उधार|कर्ज|सिविल (?:मामला|मामले|विवाद|वाद|प्रकृति|मुकदमा|मुकदमे|कोर्ट|न्यायालय)|"
            r"संपत्ति विवाद|जमीन विवाद"
        ),
    ),
    Fact.KIDNAPPING: (
        _en(
            r"kidnap\w*|abduct\w*|took away (?:my|our|his|her) (?:minor |\w+ )?(?:son|daughter|child|sister|wife|girl|boy|niece|nephew)|"
            r"enticed (?:away)?|lured away|(?:took|taken|forcibly took) (?:her|him) away|bundled (?:her|him|me) into|"
            r"(?:forcibly )?(?:pulled|dragged|pushed) (?:her|him|me) into (?:a |the |his )?(?:car|van|vehicle|jeep|auto)|"
            r"lured (?:the |a |my |his )?(?:\w+ ){0,2}(?:girl|prosecutrix|victim|minor|child|daughter|son|boy|her|him)|took (?:her|him) (?:away|to another|to (?:a |his )?(?:house|room|city|village))|"
            r"(?:boy|girl|child|son|daughter|he|she) is with (?:us|them)|in our custody|release (?:your|the) (?:son|daughter|child|boy|girl)|"
            r"(?:gaadi|gadi|car|van|jeep|auto|bike) (?:mein|me|par|pe) (?:daal|dal|bitha|baitha|khinch|kheench)\w* (?:ke|kar|diya|di|liya) (?:\w+ )?(?:le )?(?:gaya|gaye|gayi|bhaag|bhag)\w*|"
            r"bhaga (?:le|kar le) (?:gaya|gaye|gayi)|ba?e?h[ae]?la[- ]?phusla\w*|utha (?:le|kar le) (?:gaya|gaye)|agwa|apharan|apaharan"
        ),
        _hi(
            r"(?:गाड़ी|कार|गाडी) में (?:डाल|बैठा|खींच)\S* (?:कर|के)? ?ले (?:गया|गए|गई)|अपहरण|अगवा|बहला[- ]?फुसला|भगा ले गया|भगा कर ले गया|उठा ले गए"
        ),
    ),
    Fact.RANSOM: (
        _en(
            r"ransom|firauti|phirauti",
            r"demand\w* (?:\w+ ){0,4}(?:rs\.?|₹|money|lakh|crore)[^.]{0,80}?(?:release|return|safe|alive|(?:kill|harm) (?:him|her|the child|the boy|the girl))",
        ),
        _hi(r"फिरौती"),
    ),
    Fact.CONFINEMENT: (
        _en(
            r"locked (?:me|him|her|us|them) (?:up |inside |in )|locked (?:\w+ ){0,2}in (?:a|the) (?:room|house|shop|godown)|confin\w*|"
            r"held (?:me|him|her|us) (?:captive|hostage)|kept (?:me|him|her|us) (?:captive|locked|confined|hostage)|"
            r"illegally detained|wrongfully detained|did not let (?:me|him|her|us) (?:leave|go out)|not allowed (?:me|him|her|us) to leave|"
            r"kamre (?:mein|me) band|(?:mujhe|hume|humein|hamein|use|usko|unhe|unko|bachche|bachchi|ladki|mujhko) (?:\w+ ){0,3}band kar (?:diya|di|diye)|bandhak"
        ),
        _hi(r"कमरे में बंद|(?:मुझे|हमें|उसे|उन्हें|बच्चे|लड़की) (?:\S+ ){0,3}बंद कर दिया|बंधक"),
    ),
    Fact.RESTRAINT: (
        _en(
            r"(?:stopped|blocked|obstructed|blocking|intercepted|waylaid|cornered) (?:me|him|her|us)\b|"
            r"(?:stopped|blocked|obstructed|blocking|intercepted) (?:my|her|our|the) (?:\w+ )?(?:way|path|road|vehicle|car|bike|scooter|motorcycle|procession|passage)|"
            r"surrounded (?:me|him|her|us)|did not let (?:me|him|her|us) (?:pass|go)|wrongful(?:ly)? restrain\w*|"
            r"rasta rok\w*|raasta rok\w*|gher (?:liya|liye)|gherao"
        ),
        _hi(r"रास्ता रोक|घेर लिया|घेरकर"),
    ),
    Fact.ABUSE: (
        _en(
            r"abus(?:ed|ing|ive|es)|filthy (?:language|words|abuses)|obscene (?:language|words|abuses|gali|gaali)|foul (?:language|words)|"
            r"hurled abuses|swore at|cursed|gaali|gaaliyan|galiyan|gali-galoch|gali galoch|gaali-galauj|maa[- ]?behen|ma[- ]?behen"
        ),
        _hi(r"गाली|गालियां|गालियाँ|गाली-गलौज|गाली गलौज"),
    ),
    Fact.PUBLIC_PLACE: (
        _en(
            r"road|street|market|public|bus (?:stand|stop)|railway station|station|in front of (?:everyone|people|all|the neighbou?rs|the villagers)|"
            r"crowd|villagers|neighbou?rs|chauraha|chowk|bazaar|bazar|sadak|gali|mohalla|school gate|college gate|park|highway"
        ),
        _hi(r"सड़क|बाजार|चौराहा|सार्वजनिक|लोगों के सामने|गांव वालों के सामने|मोहल्ले"),
    ),
    Fact.EXTORTION: (
        _en(
            r"extort\w*|ransom|protection money|for protection|hafta|rangdari|rangdaari|"
            r"demand\w* (?:\w+ ){0,4}(?:rs|₹|money|amount|payment|lakh|crore) (?:\w+ ){0,6}(?:or else|otherwise|threat\w*|else)|"
            r"(?:threat\w*|dhamki) (?:\w+ ){0,8}(?:demand\w* (?:money|rs|₹)|to pay|pay (?:rs|₹|money))|"
            r"pay (?:\w+ ){0,3}(?:or else|otherwise)|blackmail\w*|vasooli|wasooli|vasuli|"
            r"demand\w* (?:\w+ ){0,4}(?:rs\.?|₹|money|lakh|crore)[^.]{0,80}?(?:if|unless) (?:i|we|you|he|she) (?:\w+ ){0,3}(?:did not|didn't|do not|don't|does not|not) (?:pay|give)"
        ),
        _hi(r"रंगदारी|फिरौती|वसूली|ब्लैकमेल"),
    ),
    Fact.FORGERY: (
        _en(
            r"forg(?:ed|ery|ing|e)|fabricat\w* (?:\w+ ){0,2}(?:documents?|records?|receipts?|deed|signatures?)|"
            r"fake (?:signatures?|documents?|stamps?|certificates?|deed|will|receipts?|papers?|marksheet|degree|id|identity card|aadhaa?r|seal|currency|notes)|"
            r"false (?:documents?|deed|receipts?|certificates?)|counterfeit\w*|tamper\w* (?:with )?(?:\w+ )?(?:documents?|records?)|"
            r"(?:farzi|jaali|jali) (?:kagaz|kagzat|dastavez|dastavej|hastakshar|signature|document|registry)"
        ),
        _hi(r"जाली|कूटरचित|फर्जी दस्तावेज|फर्जी हस्ताक्षर|फर्जी कागजात|फर्जी रजिस्ट्री"),
    ),
    Fact.CONSPIRACY: (
        _en(
            r"conspir\w*|hatched (?:a |the )?(?:plan|plot)|in collusion|collud\w*|in league with|hand in glove|"
            r"planned (?:it |this )?(?:together|in advance|beforehand)|"
            r"(?:saazish|sazish|saajish|sajish|shadyantra|milibhagat|mili-bhagat|mili bhagat|mile hue)\w*|"
            r"in connivance|conniv\w*|(?:pre-?planned|pre-?meditated) (?:plan|plot|fraud|scheme|manner)|"
            r"(?:planned|plotted) (?:\w+ ){0,3}together|together (?:planned|plotted|hatched)|"
            r"(?:saanth|santh|sant|saant)[- ]?(?:gaanth|ganth|gaanthh)\w*"
        ),
        _hi(
            r"साजिश|साज़िश|षड्यंत्र|षडयंत्र|मिलीभगत|मिली-भगत|मिले हुए|सांठगांठ|सांठ-गांठ|साँठगाँठ|"
            r"मिलकर योजना|योजना बनाकर|पूर्व नियोजित"
        ),
    ),
    Fact.VALUABLE_DOCUMENT: (
        _en(
            r"sale deed|gift deed|title deed|deed|registry|power of attorney|\bwill\b(?= (?:deed|of|in|was|had|dated))|"
            r"cheques?|promissory note|pronote|bond papers?|share certificates?|fixed deposit|fd receipt|"
            r"bainama|baynama|vasiyat|wasiyat|vaseeyat|rajistri|mukhtarnama"
        ),
        _hi(r"बैनामा|विक्रय पत्र|वसीयत|रजिस्ट्री|मुख्तारनामा|चेक|दानपत्र|पट्टा"),
    ),
    Fact.IMPERSONATION: (
        _en(
            r"posing as|posed as|impersonat\w*|pretend\w* to be|pretending to be|claimed to be|claiming to be|introduced (?:himself|herself|themselves) as|"
            r"(?:fake|bogus|so-called) (?:police|officer|cbi|customs|bank (?:official|manager|employee)|doctor|army|income tax)|"
            r"pretending to be (?:me|him|her)|"
            r"(?:using|used|misusing|misused) (?:my|his|her) (?:\w+ ){0,4}(?:account|profile|name|photo)\W+(?:\w+\W+){0,6}?(?:messag\w*|ask\w*|demand\w*)|"
            r"(?:said|told|claimed|saying) (?:\w+ ){0,2}(?:he|she|they) (?:is|was|are|were) (?:calling |speaking )?from (?:the |your |\w+ )?(?:bank|electricity|customer care|courier|telecom|income tax|customs|police|cyber cell|trai|kyc)|"
            r"khud ko (?:\w+ ){0,3}bata\w*|apne aap ko (?:\w+ ){0,3}bata\w*|"
            r"(?:bola|boli|kaha|bataya|said|told) (?:\w+ ){0,2}(?:main|mai|he is|she is|i am|that he was|that he is|he was|they are|they were) (?:\w+ ){0,3}(?:colonel|major|captain|officer|army|police|inspector|cbi|customs|sebi|rbi|bank official)"
        ),
        _hi(r"(?:खुद|स्वयं|अपने आप) को .{0,40}?बता(?:या|कर|ते|ती)|फर्जी (?:पुलिस|अधिकारी)"),
    ),
    Fact.DEFAMATION: (
        _en(
            r"defam\w*|malign\w*|tarnish\w* (?:my|his|her) (?:image|reputation)|(?:harm|damage|lower)\w* (?:my|his|her) reputation|"
            r"false (?:and defamatory )?(?:allegations|rumou?rs|posts?|news) (?:\w+ ){0,4}(?:public|social media|circulat\w*|spread)|"
            r"badnaam|badnam|izzat (?:kharab|uchhal)\w*|"
            r"reputation (?:\w+ ){0,7}(?:damaged|harmed|tarnished|ruined|spoiled|lowered)"
        ),
        _hi(r"बदनाम|मानहानि|इज्जत उछाल|(?:प्रतिष्ठा|छवि) (?:को )?(?:\S+ )?(?:हानि|ठेस|धूमिल|खराब)"),
    ),
    Fact.GAMBLING: (
        _en(
            r"gambl\w*|satta|sattebaz\w*|juaa?|jua khel\w*|betting|bets|wager\w*|playing cards for (?:money|stakes)|card game for money|"
            r"gaming house|common gaming|matka"
        ),
        _hi(r"जुआ|सट्टा|सट्टे|मटका"),
    ),
    Fact.LIQUOR_SALE: (),  # every wording is data: phrases/wordings.json "liquor_sale"
    Fact.LIQUOR: (
        _en(
            r"illicit (?:liquor|arrack|hooch|distillation)|illegal (?:liquor|sharab|daru|arrack)|country (?:made )?liquor|hooch|"
            r"spurious liquor|kachi sharab|kachchi sharab|desi sharab|avaidh sharab|"
            r"(?:selling|sold|sells|transporting|carrying|stored|storing|manufactur\w*) (?:\w+ ){0,3}(?:liquor|sharab|daru|daaru|alcohol|beer|whisky)|"
            r"(?:liquor|sharab|bottles of (?:liquor|whisky|beer)) (?:\w+ ){0,4}(?:without (?:any |a )?(?:permit|licen[cs]e)|recovered|seized)|"
            r"bhatti|lahan"
        ),
        _hi(r"अवैध शराब|कच्ची शराब|देशी शराब|शराब बेच|शराब बरामद"),
    ),
    Fact.LOST: (
        _en(
            r"lost|misplaced|fell (?:down |out )?(?:from|somewhere|on the way)|could not find|kho (?:gaya|gayi|gaye)|gum (?:ho )?(?:gaya|gayi|gaye)|gir (?:gaya|gayi|gaye)"
        ),
        _hi(r"खो गया|खो गई|गुम हो|गिर गया|गिर गई"),
    ),
    Fact.RELIGIOUS_INSULT: (
        _en(
            r"religious (?:feelings|sentiments)|hurt (?:\w+ ){0,2}(?:religious|sentiments)|insult\w* (?:\w+ ){0,3}(?:religion|god|goddess|deity|prophet)|"
            r"desecrat\w*|damaged (?:the )?(?:idol|temple|mosque|church|gurudwara|religious)|dharmik bhavna\w*"
        ),
        _hi(r"धार्मिक भावना|धार्मिक भावनाओं|मूर्ति तोड़|मूर्ति खंडित"),
    ),
    Fact.RECEIVING_STOLEN: (
        _en(
            r"stolen (?:property|goods|items|mobile|phone|vehicle|bike|motorcycle|car|articles) (?:\w+ ){0,4}(?:recovered|found|purchased|bought|received|in (?:his|their) possession)|"
            r"(?:bought|purchased|received|possess\w*|found with|recovered from) (?:\w+ ){0,4}stolen|knowing (?:\w+ ){0,3}stolen|chori ka (?:maal|mal) (?:khareed|kharid|rakh)\w*"
        ),
        _hi(r"चोरी का माल"),
    ),
    Fact.FOUND_PROPERTY: (
        _en(
            r"found (?:my|the|a|his|her) (?:\w+ ){0,2}(?:phone|mobile|wallet|purse|bag|cash|money|card) (?:\w+ ){0,6}(?:kept|refused|did not return|not returned|retained)|"
            r"wrongly (?:credited|transferred) (?:\w+ ){0,6}(?:refus\w*|not return\w*|kept)|picked up (?:my|the) (?:\w+ ){0,2}(?:phone|mobile|wallet|purse|bag) (?:\w+ ){0,4}(?:kept|refused|did not return)|"
            r"(?:picked|picking|pick) (?:it|them) up\W+(?:\w+\W+){0,10}?(?:den(?:y|ies|ied)|refus\w*|kept|keeps|is using|being used)"
        ),
        _hi(r"गलती से (?:ट्रांसफर|भेज)"),
    ),
    Fact.MARRIED: (
        _en(r"married|marriage|wedding|shaadi|shadi|vivah|nikah"),
        _hi(r"शादी|विवाह|निकाह"),
    ),
    Fact.DWELLING: (
        _en(
            r"house|home|flat|apartment|room|shop|showroom|godown|warehouse|office|residence|bungalow|kothi|makan|ghar|dukan|dukaan|"
            r"premises|building|hostel|quarters?|temple|mandir|church|mosque|school|almirah|shutter"
        ),
        _hi(r"घर|मकान|दुकान|कमरे|कमरा|गोदाम|दफ्तर|कार्यालय|मंदिर|अलमारी|शटर"),
    ),
    Fact.DRIVING: (
        _en(
            r"driver|chalak|driving|drove|driven|was driving|behind the wheel|rid(?:ing|e|den) (?:a |his |the )?(?:bike|motorcycle|scooter)|chala (?:raha|rahe|ke|kar)|chalate hue|chalakar"
        ),
        _hi(r"चालक|चला रहा|चलाते हुए|चलाकर|चला कर"),
    ),
    Fact.CRIMINAL_FORCE: (
        _en(
            r"(?:was|were|got) (?:\w+ ){0,2}(?:pushed|shoved|manhandled|jostled)|"
            r"(?:push|pushed|pushing|shoved|shoving|jostled) (?:me|him|her|us|them|my \w+|his \w+|her \w+)\b|grabbed (?:me|him|her|my|his) (?:by the )?(?:collar|shirt|hand|arm)|caught (?:hold of )?(?:my|his) collar|"
            r"manhandl\w*|dhakka\w*|dhakke|dhakka-mukki|collar pakad\w*|gireban pakad\w*"
        ),
        _hi(r"धक्का|धक्के|कॉलर पकड़|गिरेबान पकड़|धक्का-मुक्की"),
    ),
    Fact.SERVANT: (
        _en(
            r"(?:domestic|house) ?(?:help|maid|servant|worker)|maid|servant|naukar|naukrani|(?:our|my|his|the|shop|office|company|petrol pump) (?:employee|cashier|accountant|staff|worker|clerk|salesman|helper|munim|munshi)|"
            r"employed (?:as|by|with)|working (?:as|for|in my|at my)|worked (?:as|for|in my|at my)|(?:working|worked|works) (?:with|for|under) (?:me|us)|"
            r"kaam karta|kaam karti|kaam kar rah[ie]|kaam ?wali|kaamwala|naukri karta"
        ),
        _hi(r"नौकर|नौकरानी|घरेलू सहायिका|कर्मचारी|मुनीम|कैशियर"),
    ),
    Fact.AGENT: (
        _en(
            r"secretary|treasurer|president of the society|agent|broker|bank (?:manager|officer|employee)|banker|cooperative|co-operative|trustee|chit fund|"
            r"society (?:funds|money|members)|sachiv|adhyaksh"
        ),
        _hi(r"सचिव|कोषाध्यक्ष|सहकारी|समिति|एजेंट|अध्यक्ष"),
    ),
    Fact.MISSING: (
        _en(
            r"missing|has not returned|did not return from|wapas nahi (?:aaya|aayi|aaye|lauta|lauti|laute)|ghar nahi (?:aaya|aayi|lauta|lauti)|didn't return from|not returned home|did not return home|didn't come back|did not come back|left (?:the )?home|left (?:the )?house|"
            r"went away with|gone with|eloped|ran away with|lapata|gayab|ghar se (?:chali|chala|bhag)\w*|laut kar nahi"
        ),
        _hi(r"लापता|गायब|घर से चली|घर से भाग|वापस नहीं लौट|घर नहीं लौट"),
    ),
    Fact.TRAFFICKING: (
        _en(
            r"traffick\w*|sold (?:her|him|the girl|the child|to)|placement agency|bonded labou?r|forced (?:labou?r|prostitution|into prostitution)|"
            r"brothel|exploitative (?:labou?r|work|domestic work)|domestic work (?:without|for no) (?:pay|wages)|child labou?r|bech (?:diya|di)"
        ),
        _hi(r"मानव तस्करी|तस्करी|बेच दिया|बेच दी|वेश्यावृत्ति|बंधुआ"),
    ),
    Fact.NEGLIGENCE: (
        _en(
            r"negligen\w*|careless\w*|lapervahi|laparwahi|laparvahi|without (?:any )?safety|no safety|safety (?:measures|precautions|gear)|"
            r"exposed (?:live )?wire|live (?:wire|cable)|open (?:live )?cable|electric shock|current (?:lag|laga)\w*|electrocut\w*|open (?:manhole|drain|pit|borewell)|collapsed|unleashed|untied dog|let (?:his|the) dog"
        ),
        _hi(r"लापरवाही|करंट|बिजली का तार"),
    ),
    Fact.ACID: (
        _en(r"acid|tezab|tejab|corrosive"),
        _hi(r"तेजाब|तेज़ाब|एसिड"),
    ),
    Fact.GOVERNMENT_PROPERTY: (
        _en(
            r"government (?:property|school|hospital|office|building|vehicle)|govt\.? (?:property|school|hospital)|transformer|electricity (?:department|board)|"
            r"railway (?:property|track|cable)|municipal (?:property|corporation)|panchayat (?:property|building)|public property|sarkari (?:sampatti|sampati|school)"
        ),
        _hi(r"सरकारी संपत्ति|सरकारी स्कूल|ट्रांसफार्मर|बिजली विभाग|रेलवे"),
    ),
    Fact.PLACE_OF_WORSHIP: (
        _en(
            r"temple|mosque|masjid|church|gurudwara|gurdwara|shrine|dargah|idol|murti|moorti|mandir|place of worship"
        ),
        _hi(r"मंदिर|मस्जिद|गुरुद्वारा|चर्च|मूर्ति|दरगाह|देवस्थान|पूजा स्थल"),
    ),
    Fact.ENMITY: (
        _en(
            r"enmity between|hatred (?:between|against|towards)|communal (?:tension|hatred|disharmony|violence)|incit\w* (?:\w+ ){0,3}(?:hatred|violence|communal)|"
            r"between (?:two )?(?:communities|religious groups)|promot\w* (?:enmity|hatred)"
        ),
        _hi(r"सांप्रदायिक|वैमनस्य|नफरत फैला|दो समुदायों"),
    ),
    Fact.GAMING_HOUSE: (
        _en(
            r"gaming[- ]house|gambling (?:den|house|adda)|jua(?:a)? ?(?:ghar|adda|khana)|run(?:s|ning)? (?:a |the )?(?:gambling|gaming|satta)|(?:room|house|premises) (?:\w+ ){0,3}(?:run as|used (?:for|as)) (?:a )?(?:gambling|gaming)|collecting (?:nal|commission)|"
            r"playing cards for (?:money|stakes)"
        ),
        _hi(r"जुआघर|जुए का अड्डा|जुआ खिलवा"),
    ),
    Fact.ANIMAL_HARM: (
        _en(
            r"(?:poison\w*|kill\w*|maim\w*|injur\w*|beat\w*|hack\w*) (?:\w+ ){0,3}(?:buffalo|buffaloes|cow|cows|cattle|goat|goats|dog|dogs|ox|bullock|horse|animal|animals|sheep|pet)|"
            r"(?:buffalo|cow|cattle|goat|dog|ox|bullock|horse|animal)s? (?:\w+ ){0,3}(?:poisoned|killed|maimed|died after)|bhains ko zeher|zeher de (?:diya|kar)|"
            r"(?:bhains|bhainse|gaay|gai|bakri|bakriyan|kutta|kutte|jaanwar|janwar|pashu|mavesh\w*|bail|bachhda)\w* (?:\w+ ){0,10}(?:mar gay\w*|mar chuk\w*|zeher|zehar|jahar|poison)"
        ),
        _hi(
            r"भैंस को जहर|गाय को जहर|पशु को जहर|मवेशी को|(?:भैंस|गाय|बकरी|पशु|मवेशी|जानवर)\S* (?:\S+ ){0,8}(?:मर गई|मर गया|जहर)"
        ),
    ),
    Fact.PROTECTION_ORDER: (
        _en(
            r"protection order|restraining order|order (?:of|from|passed by) the (?:learned )?magistrate (?:\w+ ){0,6}(?:not to|restrain)|domestic violence act|pwdva|dv act"
        ),
        _hi(r"संरक्षण आदेश"),
    ),
    Fact.DOWRY_GIVEN: (
        _en(
            r"(?:gave|given|paid|spent) (?:\w+ ){0,6}(?:as|in) dowry|dowry (?:was |of )?(?:given|paid|taken)|took (?:\w+ ){0,4}dowry|dahej (?:mein|me) (?:\w+ ){0,5}(?:diya|diye|di|de diya)\b|dahej (?:diya|de diya)"
        ),
        _hi(
            r"दहेज में (?:\S+ ){0,5}(?:दिया|दिए|दी)(?!\S)|दहेज के रूप में (?:\S+ ){0,5}(?:दिया|दिए|दी)(?!\S)|दहेज दिया"
        ),
    ),
    Fact.MARRIAGE_FORCED: (
        _en(
            r"(?:to|force\w*|compel\w*) (?:\w+ ){0,3}marry|marr(?:y|iage) (?:\w+ ){0,3}(?:against|forcibly)|shaadi karne ke liye|zabardasti shaadi|jabardasti shadi|shaa?di kar (?:lega|lenge|lunga|legi|li|liya)|(?:will|would|wants to|want to) marry her"
        ),
        _hi(r"शादी करने के लिए|जबरदस्ती शादी|विवाह के लिए"),
    ),
}


# Everyday names of a section in the knowledge base ("chain kheench li", "गाली दी") are
# evidence of the facts its ingredients ask for. Written by the KB authors, they widen
# the detectors' vocabulary without a second hand-kept list. Sections whose names are
# bare nouns (a weapon, "murder") are left out: naming a pistol is not possessing one.
SECTION_FACTS: dict[tuple[str, str], tuple[Fact, ...]] = {
    ("BNS", "64"): (Fact.RAPE,),
    ("BNS", "69"): (Fact.RAPE, Fact.FALSE_PROMISE_MARRIAGE),
    ("BNS", "74"): (Fact.SEXUAL_TOUCH,),
    ("BNS", "75"): (Fact.SEXUAL_REMARK,),
    ("BNS", "76"): (Fact.DISROBING,),
    ("BNS", "77"): (Fact.VOYEURISM,),
    ("BNS", "78"): (Fact.STALKING,),
    ("BNS", "79"): (Fact.SEXUAL_REMARK,),
    ("BNS", "85"): (Fact.CRUELTY,),
    ("BNS", "108"): (Fact.SUICIDE,),
    ("BNS", "109"): (Fact.ATTEMPT_TO_KILL,),
    ("BNS", "115"): (Fact.HURT,),
    ("BNS", "117"): (Fact.GRIEVOUS_HURT, Fact.HURT),
    ("BNS", "126"): (Fact.RESTRAINT,),
    ("BNS", "127"): (Fact.CONFINEMENT,),
    ("BNS", "131"): (Fact.CRIMINAL_FORCE,),
    ("BNS", "137"): (Fact.KIDNAPPING,),
    ("BNS", "140"): (Fact.KIDNAPPING,),
    ("BNS", "196"): (Fact.ENMITY,),
    ("BNS", "281"): (Fact.RASH_DRIVING,),
    ("BNS", "299"): (Fact.RELIGIOUS_INSULT,),
    ("BNS", "303"): (Fact.PROPERTY_TAKEN,),
    ("BNS", "304"): (Fact.SNATCHING, Fact.PROPERTY_TAKEN),
    ("BNS", "305"): (Fact.PROPERTY_TAKEN,),
    ("BNS", "306"): (Fact.PROPERTY_TAKEN,),
    ("BNS", "308"): (Fact.EXTORTION,),
    ("BNS", "309"): (Fact.PROPERTY_TAKEN, Fact.FORCE),
    ("BNS", "310"): (Fact.PROPERTY_TAKEN, Fact.FORCE),
    ("BNS", "314"): (Fact.FOUND_PROPERTY,),
    ("BNS", "316"): (Fact.ENTRUSTED, Fact.MISAPPROPRIATED),
    ("BNS", "317"): (Fact.RECEIVING_STOLEN,),
    ("BNS", "318"): (Fact.DECEPTION,),
    ("BNS", "319"): (Fact.DECEPTION, Fact.IMPERSONATION),
    ("BNS", "324"): (Fact.DAMAGE,),
    ("BNS", "325"): (Fact.ANIMAL_HARM,),
    ("BNS", "329"): (Fact.PREMISES_ENTRY,),
    ("BNS", "331"): (Fact.BREAK_IN, Fact.PREMISES_ENTRY),
    ("BNS", "336"): (Fact.FORGERY,),
    ("BNS", "340"): (Fact.FORGERY,),
    ("BNS", "351"): (Fact.THREAT,),
    ("BNS", "352"): (Fact.ABUSE,),
    ("BNS", "355"): (Fact.DRUNK,),
    ("BNS", "356"): (Fact.DEFAMATION,),
    ("IT Act", "66C"): (Fact.IDENTITY_MISUSE,),
    ("IT Act", "66D"): (Fact.DECEPTION, Fact.ONLINE),
    ("IT Act", "66E"): (Fact.PRIVATE_IMAGES, Fact.VOYEURISM),
    ("IT Act", "67"): (Fact.PRIVATE_IMAGES,),
    ("NDPS Act", "20"): (Fact.DRUGS,),
    ("NDPS Act", "21"): (Fact.DRUGS,),
    ("NDPS Act", "22"): (Fact.DRUGS,),
    ("Motor Vehicles Act", "184"): (Fact.RASH_DRIVING,),
    ("Motor Vehicles Act", "185"): (Fact.DRUNK, Fact.DRIVING),
    ("Dowry Prohibition Act", "4"): (Fact.DOWRY,),
    ("SC/ST (Prevention of Atrocities) Act", "3"): (Fact.CASTE_ABUSE,),
    ("Domestic Violence Act", "31"): (Fact.PROTECTION_ORDER,),
    ("Public Gambling Act", "3"): (Fact.GAMING_HOUSE, Fact.GAMBLING),
    ("Public Gambling Act", "4"): (Fact.GAMING_HOUSE, Fact.GAMBLING),
    ("Public Gambling Act", "13"): (Fact.GAMBLING,),
}
# Land, not buildings: a trespass synonym that names these is open-land entry.
LAND_WORDS = (
    "land",
    "plot",
    "field",
    "farm",
    "khet",
    "zameen",
    "jameen",
    "जमीन",
    "खेत",
    "कब्जा",
    "kabza",
)


def phrase_book_patterns() -> dict[Fact, tuple[str, ...]]:
    """The wordings kept as data (``legal/phrases/wordings.json``), per fact, ready to compile.

    Latin-script alternatives (English, Hinglish) get word boundaries, Devanagari ones the
    no-letter-before guard.
    """
    return {
        Fact(fact): (
            *([_en(*latin)] if latin else []),
            *([_hi(*devanagari)] if devanagari else []),
        )
        for fact, (latin, devanagari) in fact_wordings().items()
    }
