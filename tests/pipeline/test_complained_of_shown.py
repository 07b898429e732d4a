"""The one a complaint is about, shown to be a person by their trade before the name
("sunar X", "freelancer 'X'"), by "jo ..." after it, or by an aside before "ne".

Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Main Kamla Devi, Basti. Pichhle saal sunar Mohan Verma ke paas meri payal girvi "
            "rakhi thi. Ab paisa lautane par bhi payal wapas nahi de raha.",
            "Mohan Verma",
        ),
        (
            "I run a boutique in Jayanagar. I paid Rs 60,000 to freelancer 'Arjun K.' for a "
            "website in May. Nothing was delivered and he stopped answering.",
            "Arjun K",
        ),
        (
            "Main Seema, Kidwai Nagar. Gali ka Pappu Tiwari jo 30 saal ka hai, roz mere ghar ke "
            "saamne khade hoke ashleel ishaare karta hai.",
            "Pappu Tiwari",
        ),
        (
            "Main Ajay Goyal, godown incharge. Hamara loader Mukesh Rana (ID 2231) ne teen din "
            "me 40 bori chawal gayab kar di, register me entry nahi hai.",
            "Mukesh Rana",
        ),
    ],
)
def test_the_one_complained_of_is_shown_a_person(text: str, accused: str) -> None:
    fields = extract(text)
    assert accused_names(fields) == [accused]
    assert fields.accused_count == 1
