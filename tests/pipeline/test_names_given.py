"""A name given for someone the complaint told of ("naam Lucky bataya", "उसका नाम गौरव
बताया", "the men caught gave their names as Salman and Ajay") names the accused; "apne naam"
of a property ("अपने नाम बैनामा कराया") names no one. Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Main Sunita Verma. Kal raat ek ladka school ki deewar kood ke andar aaya aur khidki ka "
         "kaanch tod diya. Chowkidar ne use pakda, naam Chintu bataya.", ["Chintu"]),
        ("मैं सुनीता वर्मा। कल रात एक कार ने मेरी स्कूटी को टक्कर मार दी। लोगों ने चालक को पकड़ा, "
         "उसका नाम गोपाल बताया।", ["गोपाल"]),
        ("I am Sunita Verma. Two men cut the lock of our godown last night. The watchman caught "
         "them; they gave their names as Salman and Kishore.", ["Salman", "Kishore"]),
        ("Main Sunita Verma. Do log ghar aaye aur bole bijli ka bill bakaya hai, 5,000 le gaye. "
         "Unhone apne naam Rakesh aur Mohit bataye.", ["Rakesh", "Mohit"]),
        # told, and followed by his father's name
        ("I am Sunita Verma. A man on a scooter hit my parked car and tried to flee; people "
         "stopped him and he told his name as Faizan s/o Rashid of Mughalpura.", ["Faizan"]),
        ("I am Sunita Verma. A man on a scooter hit my parked car and tried to flee. People "
         "stopped him; he told his name as Faizan, resident of Mughalpura.", ["Faizan"]),
    ],
)  # fmt: skip
def test_a_name_given_for_the_doer_names_the_accused(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names


def test_a_property_in_ones_own_name_names_no_accused() -> None:
    fields = extract(
        "मैं सुनील यादव। मैंने 2023 में एक प्लॉट अपने नाम बैनामा कराया था। कल कुछ लोगों ने उस पर कब्ज़ा कर लिया।"
    )
    assert accused_names(fields) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I am Sunita Verma. A man standing behind me in the line, who I later came to know as "
         "Vivek Rane, pushed me and broke my glasses.", "Vivek Rane"),
        ("I am Sunita Verma. A youth climbed our wall at night and ran off when I shouted. I "
         "recognised him as Tinku of the nearby lodge.", "Tinku"),
        ("I am Sunita Verma. A man cast a vote in my name at booth 14. Later his name was found "
         "to be Ajay Pal of the same village.", "Ajay Pal"),
        ("Mele me ek aadmi, jiska naam baad me pata chala Vinod Rana, sharab pee kar mere bhai "
         "se lad pada aur use thappad maara.", "Vinod Rana"),
        ("Baraat me dulhe ka dost, jiska naam baad me Vinod Rana pata chala, ne hawa me goli "
         "chalayi aur mere chacha ko chot lagi.", "Vinod Rana"),
        # his town told after the name, set off by commas, is no second name
        ("Mele me ek yuvak aaya jiska naam baad me pata chala Vinod Rana, Rampur ka, usne mere "
         "bhai ko dhakka diya aur thappad maara.", "Vinod Rana"),
        ("तभी एक आदमी, जिसका नाम बाद में पता चला हरीश चौहान है, ने मुझे धक्का दिया और गाली "
         "दी।", "हरीश चौहान"),
    ],
)  # fmt: skip
def test_a_name_learnt_later_names_the_accused(text: str, name: str) -> None:
    assert accused_names(extract(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "मैं कमला देवी। कल शाम गाँव का ही राजू यादव मुझ पर चिल्लाया और धक्का दिया।",
    ],
)
def test_a_pronoun_is_no_part_of_a_devanagari_name(text: str) -> None:
    assert accused_names(extract(text)) == ["राजू यादव"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("मैं कमला देवी। कल रात गुड्डू और उसके साथी मोटरसाइकिलों पर आए और मेरा बैग छीन लिया।", ["गुड्डू"]),
        ("मैं कमला देवी। कल रात आरोपी बदमाशों ने मुझे धक्का दिया।", []),
    ],
)  # fmt: skip
def test_an_oblique_plural_names_no_one(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names
