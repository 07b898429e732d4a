"""The place of an offence told with no scene of its own, when the complainant writes for a
business: the firm, shop or branch their particulars name.

Every complaint here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction import extract_fields

MONDAY = date(2025, 3, 10)  # the day the complaints below are made


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            'Sir, I, Naresh Goyal, aged 48, proprietor of "Goyal Paints", Kutchery Road, '
            "Moradabad (mobile 98370xxxxx), state that my cashier Sunil kept back Rs 80,000 of "
            "the collections from our counter between October and January and wrote false "
            "entries in the day book.",
            '"Goyal Paints", Kutchery Road, Moradabad',
            id="proprietor-of-quoted-name",
        ),
        pytest.param(
            "Complainant: Mrs. Rekha Iyer, Branch Manager, Canara Bank, Gandhi Bazaar, "
            "Shivamogga. Ph 08182-2xxxxx. Our peon Manjunath took Rs 45,000 from the branch "
            "cash drawer while the cashier was at lunch.",
            "Canara Bank, Gandhi Bazaar, Shivamogga",
            id="branch-manager-efir",
        ),
        pytest.param(
            "I, R. Natarajan, aged 58, cashier, Sri Murugan Fuel Station, Salem Road, Namakkal, "
            "state that on 3.4.2025 at 10 pm two men came to the pump and took Rs 40,000 from "
            "the cash box.",
            "Sri Murugan Fuel Station, Salem Road, Namakkal",
            id="cashier-of-a-pump",
        ),
        pytest.param(
            "I, K. Raman, aged 64, priest of the Sri Rama Temple, Kothapeta village, state that "
            "on 3.4.2025 night someone broke the hundi in the temple and took the money.",
            "Sri Rama Temple, Kothapeta village",
            id="priest-of-a-temple",
        ),
        pytest.param(
            "I, V. Sastry, aged 61, archaka (priest) of the Sri Lakshmi Narasimha Temple, "
            "Mangalagiri village, state that on 5.4.2025 night the silver crown was taken from "
            "the temple.",
            "Sri Lakshmi Narasimha Temple, Mangalagiri village",
            id="archaka-with-his-office-in-english",
        ),
        pytest.param(
            "I, Sunita Rao, aged 52, Principal, Green Field Public School, Sector 9, Rohini, "
            "state that on 6.4.2025 night three computers were stolen from our school lab.",
            "Green Field Public School, Sector 9, Rohini",
            id="principal-of-a-school",
        ),
        pytest.param(
            "I, M. Suresh, aged 48, General Manager (Finance), M/s Lakshmi Spinning Mills Pvt. "
            "Ltd., Plot 12, SIDCO Estate, Karur, state that our accountant forged the cash book "
            "in our office between 2023 and 2025.",
            "M/s Lakshmi Spinning Mills Pvt. Ltd, Plot 12, SIDCO Estate, Karur",
            id="manager-with-department",
        ),
        pytest.param(
            "Statement of Mr. Thomas Varghese, 47, owner of a tyre shop, Station Road. My helper "
            "Biju sold twelve new tyres from the shop godown and kept the money.",
            "tyre shop, Station Road",
            id="owner-of-a-shop",
        ),
        # a part of the address told in lower case goes on; the police station does not
        pytest.param(
            "I, Farhan Qureshi, aged 39, proprietor of Qureshi Telecom, shop no. 7, Nehru Market, "
            "Bareilly, state that my salesman Imran took away eleven phones from the shop "
            "counter in January.",
            "Qureshi Telecom, shop no. 7, Nehru Market, Bareilly",
            id="shop-number-in-lower-case",
        ),
        pytest.param(
            "Statement of Sri Prakash Das, aged 58, pujari of Sri Jagannath Mandir, village "
            "Balipatna, PS Nimapara, Puri. On 2.3.2025 night the silver lamps were taken from "
            "the temple.",
            "Sri Jagannath Mandir, village Balipatna",
            id="village-but-not-its-police-station",
        ),
        # the post told after the premises, in Hinglish and Hindi, or before it
        pytest.param(
            "Sir main Mahesh Yadav, Shree Ganesh Petrol Pump pe manager hoon. Kal raat 2 baje "
            "teen log aaye aur pump ke office se 35,000 cash le gaye.",
            "Shree Ganesh Petrol Pump",
            id="manager-hoon-hinglish",
        ),
        pytest.param(
            "महोदय, मैं रामकिशोर शर्मा, श्री बालाजी मंदिर, सदर बाज़ार का पुजारी हूँ। दिनांक "
            "2.3.2025 की रात कोई मंदिर की दानपेटी तोड़कर रुपये ले गया।",
            "श्री बालाजी मंदिर, सदर बाज़ार",
            id="pujari-hoon-devanagari",
        ),
        pytest.param(
            "Main Suresh Pal, chowkidar hoon Nav Durga Cold Storage, Bypass Road mein. Parso raat "
            "koi godown ka tala tod kar aalu ki 40 boriyan le gaya.",
            "Nav Durga Cold Storage, Bypass Road",
            id="post-before-the-premises",
        ),
    ],
)
def test_the_business_is_the_scene_of_an_offence_told_without_one(text: str, place: str) -> None:
    assert extract_fields(text, MONDAY).place == place


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sir, I, Harish Mehta, proprietor of Mehta Yarns, Ring Road, Surat, supplied 900 kg "
            "of yarn to M/s Deepak Textiles on 45 days' credit. They paid half and say the rest "
            "will come after the season. Kindly help me recover the balance.",
            id="supplier-unpaid-bill",
        ),
        pytest.param(
            "Sir, last month the owner of Lucky Motors, Mr. Arvind, sold me a used car saying it "
            "had never met an accident. The service centre now says the chassis was repaired.",
            id="the-accused-owns-it",
        ),
    ],
)
def test_a_business_named_without_an_offence_there_is_no_scene(text: str) -> None:
    assert extract_fields(text, MONDAY).place is None


def test_a_scene_told_with_the_act_wins_over_the_business() -> None:
    text = (
        "I, Ramesh Jain, owner of Jain Stores, Sadar Bazar, state that yesterday at 9 pm "
        "two men snatched my bag near the Clock Tower while I was going home from our shop."
    )
    assert extract_fields(text, MONDAY).place == "near the Clock Tower"


def test_hindi_words_after_the_business_end_it() -> None:
    text = (
        'Sir main Salim Khan, owner of "Khan Footwear", Lal Kuan Delhi ka hoon. Hamari dukaan '
        "ka salesman Javed galle se 30,000 nikaal ke bhaag gaya."
    )
    assert extract_fields(text, MONDAY).place == '"Khan Footwear", Lal Kuan Delhi'


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Complainant: Harish Bansal\nAge: 51\nAddress: Bansal General Stores, Shop 7, Mandi "
            "Road, Rohtak\nMobile: 98960xxxxx\nDate/Time: 08/03/2025, about 7 pm\nDetails: A man "
            "came to my shop, bought soap and oil and paid with a Rs 500 note that the machine "
            "showed was fake.",
            id="form-address-and-my-shop",
        ),
        pytest.param(
            "Bayan Mahesh Gupta s/o Late Ram Gupta, umar 55, Gupta Sweets, Station Bazar. Kal "
            "raat 9:30 baje hum dukaan ka shutter gira rahe the, usi waqt do ladke aaye aur galle "
            "se 6,000 rupaye nikaal ke bhaag gaye.",
            id="shop-as-particulars-and-dukaan",
        ),
    ],
)
def test_a_shop_given_as_the_address_is_the_shop_the_account_goes_back_to(text: str) -> None:
    fields = extract_fields(text, MONDAY)
    assert fields.complainant.address is not None
    assert fields.place == fields.complainant.address


def test_a_hotel_a_guest_stays_at_is_no_business_of_theirs() -> None:
    text = (
        "I, Anna Keller, 29, staying at Hotel Sunrise, Lake Road, state that on 8.3.2025 at "
        "6 pm a taxi driver took my bag from the boot and drove off before reaching my hotel."
    )
    assert extract_fields(text, MONDAY).place != "Hotel Sunrise, Lake Road"
