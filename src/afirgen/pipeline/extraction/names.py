"""Reading a person's name out of running text, in Latin or Devanagari script.

A Latin name is a run of capitalised words or initials ("K.K. Agarwal"); a
Devanagari name is a run of words up to a grammatical word such as "पुत्र",
"ने" or "है". Both may carry an alias ("Monu alias Mohit", "गुड्डू उर्फ़ गौरव").
Honorifics ("Shri", "Smt.", "Late", "श्री", "स्व.") are skipped, never kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afirgen.pipeline.extraction.phrases import phrase_list

_HONORIFIC = re.compile(
    r"(?:\b(?:late|mr|mrs|ms|miss|shri|sri|sh|smt|ku|sushri|dr|er|adv|prof|col|capt|maj"
    # a police rank before an officer's own name, with its badge number: "SI Neha Rawat",
    # "HC 412 Mahesh", "Ct. No. 1123 Ajay", "उप निरीक्षक राम सिंह"
    r"|(?:sub[- ])?inspector|si|asi|psi|pi|hc|ct|const|head\s+constable|constable)\b\.?\s*"
    r"(?:(?:no\.?\s*)?[/-]?\s*\d{1,6}\b\s*)?"
    r"|\(\s*retd\.?\s*\)\s*)+"
    r"|(?:(?:स्वर्गीय|स्व\.|श्रीमती|श्री|सुश्री|डॉ\.|कु\.|उप\s+निरीक्षक|निरीक्षक|सअनि|उ\.\s?नि\.)\s*)+",
    re.IGNORECASE,
)
# a capitalised word, an initial ("K.", "K.S."), or the usual short forms of Mohammad and
# Sheikh ("Md.", "Mohd.", "Sk.") that begin many names
_LATIN_TOKEN = re.compile(
    r"(?:Md|Mohd|Sk)\.(?=\s+[A-Z])|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w])|[A-Z]\.(?:\s?[A-Z]\.)*"
)
# an initial written without its stop after the name ("Deepa M, 24", "Vignesh R (28)")
_LAST_INITIAL = re.compile(r" [A-Z](?=[\s,;:()]|$)")
_DEVANAGARI_TOKEN = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")
ALIAS = re.compile(r"\s+(?:alias|urf|@|उर्फ़|उर्फ)\s+", re.IGNORECASE)
_NOT_LATIN_NAME = phrase_list("names", "not_latin_name") | phrase_list("names", "calendar_words")
_NOT_DEVANAGARI_NAME = phrase_list("names", "not_devanagari_name")
# "Aman Tiwari Panchayat Bhawan ke saamne", "अमन तिवारी पंचायत भवन के सामने": a name ends
# where the words of a place begin.
_PLACE_WORDS = phrase_list("places", "place_nouns") - phrase_list("places", "name_like_place_nouns")
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class NameSpan:
    name: str
    start: int
    end: int


def is_devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f"


def read_name(text: str, pos: int) -> NameSpan | None:
    """The name starting at ``pos`` (after spaces and honorifics), or ``None``."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    honorific = _HONORIFIC.match(text, pos)
    if honorific:
        pos = honorific.end()
    if pos < len(text) and is_devanagari(text[pos]):
        span = _read_tokens(text, pos, _DEVANAGARI_TOKEN, _NOT_DEVANAGARI_NAME, 3)
    else:
        span = _read_tokens(text, pos, _LATIN_TOKEN, _NOT_LATIN_NAME, MAX_NAME_WORDS)
        initial = _LAST_INITIAL.match(text, span.end) if span else None
        if span and initial and text[span.start : span.end].count(" ") < MAX_NAME_WORDS - 1:
            span = NameSpan(text[span.start : initial.end()], span.start, initial.end())
    return _with_alias(text, span) if span else None


def _read_tokens(
    text: str, pos: int, token: re.Pattern[str], stop: frozenset[str], limit: int
) -> NameSpan | None:
    end, count = pos, 0
    while count < limit:
        match = token.match(text, end if count == 0 else _skip_space(text, end))
        if not match or match[0].rstrip(".") in stop or match[0] in stop:
            break
        if match[0].casefold().rstrip(".") in _PLACE_WORDS or _oblique_plural(match[0]):
            break
        if _verb_form(match[0]):
            break
        end, count = match.end(), count + 1
    if count == 0:
        return None
    return NameSpan(text[pos:end], pos, end)


def _verb_form(word: str) -> bool:
    """ "कहने लगे", "मारने लगे", "उसने": a Devanagari word ending in "ने" (an infinitive
    before "लगे", or a pronoun as doer) is a verb or a pronoun, never part of a name."""
    return is_devanagari(word[0]) and len(word) > _SHORT_WORD and word.endswith("ने")


_SHORT_WORD = 2


def _oblique_plural(word: str) -> bool:
    """ "मोटरसाइकिलों", "आवेदकों", "अपहरणकर्ताओं": a Devanagari oblique plural names people or
    things, never a person."""
    return word.endswith(("ों", "ओं"))


def _skip_space(text: str, pos: int) -> int:
    """Position after exactly one run of spaces (names do not run across commas)."""
    space = re.match(r" +", text[pos:])
    return pos + space.end() if space else len(text) + 1


def _with_alias(text: str, span: NameSpan) -> NameSpan:
    alias = ALIAS.match(text, span.end)
    if not alias:
        return span
    second = read_name(text, alias.end())
    if not second or second.start != alias.end():
        return span
    return NameSpan(text[span.start : second.end], span.start, second.end)


def read_name_before(text: str, pos: int) -> NameSpan | None:
    """The name that ends just before ``pos`` ("Rohit Sharma" in "Rohit Sharma ki patni")."""
    head = text[:pos].rstrip()
    words = head.split(" ")
    limit = 2 if words and words[-1] and is_devanagari(words[-1][0]) else 3
    taken: list[str] = []
    for word in reversed(words[-limit:]):
        if not _is_name_word(word):
            break
        taken.insert(0, word)
    if not taken:
        return None
    start = len(head) - len(" ".join(taken))
    return read_name(text, start)


def _is_name_word(word: str) -> bool:
    if not word:
        return False
    if is_devanagari(word[0]):
        return (
            bool(_DEVANAGARI_TOKEN.fullmatch(word))
            and word not in _NOT_DEVANAGARI_NAME
            and not _oblique_plural(word)
            and not _verb_form(word)
        )
    return bool(_LATIN_TOKEN.fullmatch(word)) and word.rstrip(".") not in _NOT_LATIN_NAME


def clean_name(name: str) -> str:
    """The name without honorifics and stray punctuation."""
    name = name.strip()
    honorific = _HONORIFIC.match(name)
    return (name[honorific.end() :] if honorific else name).strip(" ,.;:-")


def same_person(a: str, b: str) -> bool:
    """ "Kulwant" and "Kulwant Singh" are one person; "Ramesh Yadav" and "Ramesh Jain" are not.

    Each side of an alias counts on its own: "Pradeep" is "Pappu alias Pradeep" (or "Pappu @
    Pradeep").
    """
    return any(
        _prefix_match(x.split(), y.split()) for x in _alias_parts(a) for y in _alias_parts(b)
    )


def _alias_parts(name: str) -> list[str]:
    return [p.strip() for p in ALIAS.split(f" {clean_name(name).casefold()} ") if p.strip()]


def _prefix_match(a: list[str], b: list[str]) -> bool:
    short, long = sorted((a, b), key=len)
    return bool(short) and long[: len(short)] == short
