"""The complainant's address told with no marker, after the name and its particulars.

A statement often runs "name, relative, age, address." with no "R/o": the address is what
follows once the relative, the age ("umar", "umr", "vay", "aged") and a closing "hai" are
read past, with an opening "of" or "निवासी" left out. A post held ("Sarpanch Gram Panchayat
...") or a trade is not a home. Every example is invented.
"""

from __future__ import annotations

import pytest

from afirgen.pipeline.extraction import extract_fields


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the relative, then the age, then the village
        (
            "Main Ramkishan s/o Jagdish Prasad, umar 52, gaon Dhanaura. Kal raat kisi ne "
            "mere khet se pump chura liya.",
            "gaon Dhanaura",
        ),
        (
            "Bayan: Mahesh Gurjar s/o Kalu Ram Gurjar, umr 34, gaon Kishanpura. Mele mein "
            "meri jeb kat gayi.",
            "gaon Kishanpura",
        ),
        # "of village ..." after the age
        (
            "Statement of Md. Anwar Hussain, S/o late Md. Ismail, aged 50, of village "
            "Rampara, PS Domkal. Last night my goats were stolen from the shed.",
            "village Rampara, PS Domkal",
        ),
        # "hai" closes the name in Hinglish; Marathi "vay" is the age
        (
            "sir mera naam Rohit Kale hai, 23, Kothrud. mere dost ke bhai ne kal mujhe maara.",
            "Kothrud",
        ),
        (
            "Jabab: Mi Ganesh Pawar, vay 35, College Road, Nashik. Majhya dukanat chori zali.",
            "College Road, Nashik",
        ),
        # the age told after the address is not part of it
        (
            "sir mera naam Pinki hai, Kankhal Haridwar, 32 saal. kal pati ne thappad maara.",
            "Kankhal Haridwar",
        ),
        # an age read before the address is no house number
        (
            "Statement of Gurnam Singh s/o Kartar Singh, 50, village Rampura Phul, Bathinda. "
            "Last night my tubewell motor was stolen.",
            "village Rampura Phul, Bathinda",
        ),
        (
            "I, Pradeep Sahoo s/o Late Bipin Sahoo, 29 yrs, Nayabazar, Cuttack, state that my "
            "scooter was stolen yesterday.",
            "Nayabazar, Cuttack",
        ),
        # the post held, then the business written from
        (
            "Sir, I, Ajay Menon, Branch Head, Kerala Silver Finance Ltd, MG Road, Kochi, state "
            "that a customer pledged fake bangles on 3.3.2025.",
            "Kerala Silver Finance Ltd, MG Road, Kochi",
        ),
        # "का स्थायी निवासी" closes the address
        (
            "मैं शिवनंदन सिंह पुत्र श्री रामबली सिंह, ग्राम बरहपुर, थाना सरायरंजन, जिला समस्तीपुर का "
            "स्थायी निवासी हूँ। परसों रात मेरी बकरी चोरी हो गई।",
            "ग्राम बरहपुर, थाना सरायरंजन, जिला समस्तीपुर",
        ),
        # "vaasi", Marathi "rahnar", a form's "Niwas:"; a colon ends the particulars
        (
            "Bayan Smt. Rekha w/o Sh. Sunil Kumar, umar 31 saal, vaasi ward no. 9, Gharaunda, "
            "zila Karnal: Pati roz maarte hain aur dahej maangte hain.",
            "ward no. 9, Gharaunda, zila Karnal",
        ),
        (
            "Main Anil Verma, umar 49 varsh, Nagar Palika mein clerk hoon. Niwas: 45, Tilak "
            "Nagar, Indore. Kal raat ghar se scooter chori ho gaya.",
            "45, Tilak Nagar, Indore",
        ),
        # "rehne wala" after the particulars; "... ka" and a closing "निवासी" are no part of it
        (
            "Mera naam Salim Khan hai, baap ka naam Yusuf Khan, umar 52, rehne wala Jamnagar "
            "Road, Rajkot, mobile 94267xxxxx. Mera bakra chori ho gaya.",
            "Jamnagar Road, Rajkot",
        ),
        (
            "मैं भोला पासी, उम्र 41, ग्राम सिकंदरपुर निवासी, सूचित करता हूँ कि कल मेरी भैंस चोरी हुई।",
            "ग्राम सिकंदरपुर",
        ),
        # "pita ...", "पुत्र स्व. ..." (an abbreviation's period ends no sentence), "X here,"
        (
            "Mahodaya, main Ramesh Jatav pita Bhagwan Das Jatav, umar 42, gram Kheria, nivedan "
            "karta hun ki kal gaon ke ladke ne mujhe maara.",
            "gram Kheria",
        ),
        (
            "मैं अरुण सिंह पुत्र स्व. रघुवीर सिंह, उम्र 40, ग्राम करहिया, थाना बेलहरा। मेरे भाई ने मुझे मारा।",
            "ग्राम करहिया, थाना बेलहरा",
        ),
        (
            "hi, Divya here, 24, Basavanagudi 3rd block, ph 97414xxxxx. someone made a fake "
            "account with my photos.",
            "Basavanagudi 3rd block",
        ),
        (
            "Sir, Harpreet Kaur here, 34, from Sector 44, Chandigarh. My purse was snatched "
            "near the market yesterday.",
            "Sector 44, Chandigarh",
        ),
        # a caste told among the particulars
        (
            "Prarthini Kamla Devi patni Ram Lal, umar 40 saal, jati Kori, gram Bhasneh. Kal raat "
            "padosi ne gaali di.",
            "gram Bhasneh",
        ),
        # the trade told as a clause of its own ("... ki student hoon"), however long
        (
            "Sir, main Neha Rawat, polytechnic ke final year ki student hoon, Dehradun. Ek "
            "ladka roz mera peecha karta hai.",
            "Dehradun",
        ),
    ],
)
def test_the_address_after_the_particulars(text: str, address: str) -> None:
    assert extract_fields(text).complainant.address == address


@pytest.mark.parametrize(
    "text",
    [
        # the post the complainant holds, not where they live
        "मैं भगवान दास पुत्र श्री मोहन लाल, उम्र 58 वर्ष, सरपंच ग्राम पंचायत रामपुरा, तहसील "
        "नागदा, निवेदन करता हूँ कि गाँव में अफवाह फैलाई जा रही है।",
        # an officer's court or department, written from, is no home
        "Statement of Sh. Vinod Kumar, Record Keeper, District Courts Hisar: On 5.9.2025 a "
        "clerk was seen removing stamps from old files.",
        # a husband named later in the account is no relative of the particulars
        "Sir, I am Leela, 40. Last night my husband Ravi, Anna Nagar wala, came home drunk.",
    ],
)
def test_a_post_or_a_later_relative_gives_no_address(text: str) -> None:
    assert extract_fields(text).complainant.address is None
