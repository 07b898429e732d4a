"""Clauses in which the complainant expressly clears someone.

"My father-in-law never harassed me", "ससुर ने कभी परेशान नहीं किया", "Ramesh has
nothing to do with it": such a person is never an accused. A clause clears someone
when it names them (or their role word) and either denies an accusation in it
("never harassed", "pareshan nahi kiya") or declares them uninvolved ("innocent",
"not involved", "koi lena dena nahi").

The fact extractors keep such a person out of the accused; the section identifier reads
the complaint without these clauses, so a relative who is only mentioned and cleared
("my husband was not at home, he has nothing to do with it") grounds no section that
needs an accused in that relation (cruelty by a husband or his relatives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from afirgen.text.phrasebook import book_words, stems_regex, words_regex
from afirgen.text.sentences import split_sentences

__all__ = ["clearing_clauses", "is_cleared", "without_clearing"]

_PHRASES = Path(__file__).parent / "phrases"


def _words(name: str) -> str:
    return words_regex(book_words(_PHRASES, "cleared", name))


# "par" / "पर" is "but" between clauses, and far more often "on" / "at" inside one.
_JOINS = r"and|but|while|whereas|aur|lekin|magar|और|लेकिन|मगर|जबकि"
_JOINS_OR_PAR = rf"{_JOINS}|par|पर"
_CLAUSE_BREAK = re.compile(rf"[,;]|\s(?:{_JOINS_OR_PAR})\s", re.IGNORECASE)
_REFERENT_BREAK = re.compile(rf"[,;]|\s(?:{_JOINS})\s", re.IGNORECASE)
_TRAILING_BREAK = re.compile(rf"(?:[\s,;]|(?<!\S)(?:{_JOINS_OR_PAR}))+$", re.IGNORECASE)
# English puts the denial before the verb ("never harassed", "did not beat"); Hindi and
# Hinglish after it ("pareshan nahi kiya", "परेशान नहीं किया") or just before it ("कभी
# दहेज नहीं माँगा", "kabhi dahej nahi maanga").
_DENIED_BEFORE = re.compile(
    r"(?:\bnever|\bnot|n['’]t)\s+(?:(?:ever|even|once|really|physically|at\s+all|been)\s+)*$|"
    r"(?:(?<![\w\u0900-\u097f])(?:nahi|nahin)|नहीं|नही)\s+$",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(
    r"^[\s-]*(?:[\w\u0900-\u097f]+[\s-]+)?(?:nahi|nahin|नहीं|नही)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_STEMS = stems_regex(book_words(_PHRASES, "cleared", "accusation_stems"))
_ACCUSATION = re.compile(f"{_STEMS}|{_words('accusation_words')}", re.I)
_DECLARED = _words("declared_uninvolved")
_UNINVOLVED = re.compile(
    rf"\b(?:is|was|are|were|has|had|have)\s+(?:\w+\s+)?{_DECLARED}"
    rf"|{_words('uninvolved')}",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"^\W*(?:sir\s+|ji\s+)?(?:i|we|hum|main|maine|humne)\b|^\W*(?:मैं|मैंने|हम|हमने)\s",
    re.IGNORECASE,
)
_AGAIN = re.compile(
    r"\b(?:again|any\s+more|anymore|dobara|phir\s+se)\b|दोबारा|फिर\s+से", re.IGNORECASE
)
_POINTER = re.compile(_words("pointers"), re.IGNORECASE)


def clearing_clauses(text: str) -> list[str]:
    """Clauses in which the complainant says someone did not do it or is not involved."""
    return [clearing.read for clearing in _clearing(text)]


def without_clearing(text: str) -> str:
    """``text`` with every clearing clause taken out, so that no reading counts a cleared
    person among those who acted or quotes the clause as evidence of an offence."""
    for clearing in _clearing(text):
        text = text.replace(clearing.clause, " ")
        # "my husband was away that day, he has no part in it": the clauses the
        # pronoun points back over are about the cleared person too, not about an offender.
        if clearing.told:
            text = text.replace(clearing.told, " ")
    return text


@dataclass(frozen=True)
class _Clearing:
    clause: str  # the clearing clause as written
    read: str  # as read with the clause naming the one its pronoun points to
    told: str  # what the sentence told of that person before it, the naming clause on


def _clearing(text: str) -> list[_Clearing]:
    """Each clearing clause, with the clause its pronoun points to."""
    found = []
    for sentence in split_sentences(text):
        said, start = sentence.text, 0
        for clause in _CLAUSE_BREAK.split(said):
            start = said.index(clause, start)
            if clause.strip() and _clears(clause):
                # "..., उनसे कोई शिकायत नहीं है": the pronoun stands for the person just named.
                naming, told = _referent(said[:start]) if _POINTER.search(clause) else ("", "")
                read = f"{naming} {clause}" if naming else clause
                found.append(_Clearing(clause, read, told))
            start += len(clause)
    return found


def _referent(head: str) -> tuple[str, str]:
    """The clause just before a pointing pronoun, read back to the previous clause break
    but not past a "पर" / "par" ("मेरे पति घर पर नहीं थे, उनका ...").

    A clause that itself only points on ("वो हमेशा सास को समझाते थे") or goes on after
    "and" ("... पक्ष लेते थे और राहुल को डाँटते थे") tells of the same person as the clause
    before it, so the referent is the clause before them that names the person, without
    them (the sas and Rahul there are only whom he held back or scolded). Returned with
    all the sentence told of the person from that clause on.
    """
    head = _TRAILING_BREAK.sub("", head)
    breaks = list(_REFERENT_BREAK.finditer(head))
    last = len(breaks)  # the clause just before the pronoun's starts after breaks[last - 1]
    while last > 0 and len(breaks) - last < _REFERENT_REACH:
        clause = head[breaks[last - 1].end() :]
        empty = not head[breaks[last - 1].end() : _start_of(breaks, last, head)].strip()
        if not (empty or _POINTS_ON.match(clause) or _AND_BREAK.fullmatch(breaks[last - 1][0])):
            break
        last -= 1
    start = breaks[last - 1].end() if last else 0
    return head[start : _start_of(breaks, last, head)].strip(), head[start:].strip()


def _start_of(breaks: list[re.Match[str]], index: int, head: str) -> int:
    """Where the break at ``index`` starts: the end of the clause before it."""
    return breaks[index].start() if index < len(breaks) else len(head)


_REFERENT_REACH = 4  # clauses a pronoun may reach back over to the one naming the person
# "वो तो ...", "and that night he was not at home": the pronoun within the clause's first words
_POINTS_ON = re.compile(
    rf"\s*(?:(?:and|aur|और)\s+)?(?:[\w\u0900-\u097f]+\s+){{0,2}}?{_words('pointers')}",
    re.IGNORECASE,
)
_AND_BREAK = re.compile(r"\s(?:and|aur|और)\s", re.IGNORECASE)


def _clears(clause: str) -> bool:
    if _UNINVOLVED.search(clause):
        return True
    # "he did not hit him again": a denial that the act was repeated clears no one
    if _FIRST_PERSON.search(clause):
        return False  # "main koi muavza nahi maang raha": the complainant's own words
    return not _AGAIN.search(clause) and any(
        _DENIED_BEFORE.search(clause[: m.start()]) or _DENIED_AFTER.match(clause[m.end() :])
        for m in _ACCUSATION.finditer(clause)
    )


def is_cleared(mentions: list[str], clauses: list[str]) -> bool:
    """True when a clearing clause names the person by any of ``mentions`` (name, role word)."""
    words = [m for m in mentions if m]
    return any(_mentions(clause, word) for clause in clauses for word in words)


def _mentions(clause: str, word: str) -> bool:
    """The clause names the person, not only as the one a cleared relative belongs to."""
    pattern = rf"(?<![\w\u0900-\u097f]){re.escape(word)}(?![\w\u0900-\u097f])"
    return any(
        not _OWNER_OF.match(clause, m.end()) for m in re.finditer(pattern, clause, re.IGNORECASE)
    )


# "Sohail-Arif ke pitaji ka koi haath nahi", "Ramesh's wife is innocent": the father and the
# wife are cleared, Sohail, Arif and Ramesh are only whose they are
_OWNER_OF = re.compile(
    r"(?:\s*(?:-|&|\band\b|\baur\b|और)\s*[\w\u0900-\u097f]+(?:\s+[\w\u0900-\u097f]+)?)?"
    r"(?:['’]s|\s+(?:ka|ke|ki|का|के|की))\s+"
    # "शिवजी सिंह के छोटे भाई", "Ramesh's elder son": how old the relative is, told between
    r"(?:(?:younger|elder|chhote|chhota|chhoti|bade|bada|badi|छोटे|छोटा|छोटी|बड़े|बड़ा|बड़ी)\s+)?"
    rf"(?:{_words('relatives_owned')})(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
