"""Text handling shared by retrieval and fact detection.

Complaints arrive in English, Hinglish (Hindi in Latin letters) and Devanagari,
often mixed in one sentence, so nothing here strips non-ASCII letters: Devanagari
words, vowel signs included, are kept whole.
"""

from __future__ import annotations

import re
import unicodedata

from afirgen.text.sentences import split_sentences

# Devanagari letters and signs (U+0900-U+0963, U+0966-U+097F); the dandas U+0964/5 end sentences.
_TOKEN = re.compile(r"[0-9a-z\u0900-\u0963\u0966-\u097f]+")

_ENGLISH_STOPWORDS = (
    "a an the and or of to in on at by for with from into is are was were be been being it its "
    "this that these those he she they them his her their him i me my we our you your as but if so "
    "not no than then there which who whom what when where while also had has have do did does "
    "done any all some such may shall would could should will can about after before up out over "
    "under "
    "again very just only own same other both each"
)
_HINGLISH_STOPWORDS = (
    "hai hain tha thi the ka ki ke ko se mein me ne par pe aur ya bhi to hi jo kya ek yeh ye woh "
    "wo unka unki unke uska uski uske mera meri mere hum humne maine main tum aap"
)
_HINDI_STOPWORDS = (
    "है हैं था थी थे का की के को से में ने पर और या भी तो ही जो कि क्या एक यह वह मैं हम उस उसके उसकी मेरे मेरी"
)
STOPWORDS: frozenset[str] = frozenset(
    " ".join((_ENGLISH_STOPWORDS, _HINGLISH_STOPWORDS, _HINDI_STOPWORDS)).split()
)


def normalise(text: str) -> str:
    """NFC-normalised, lower-cased text (Devanagari has no case and is kept as is)."""
    return unicodedata.normalize("NFC", text).lower()


def _stem(token: str) -> str:
    """Very light English stemming; Devanagari and short tokens are left alone."""
    if not token.isascii() or len(token) <= 4 or token.isdigit():
        return token
    for suffix in ("ings", "ing", "edly", "ed", "ies", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    # Collapse doubled letters so "robbed"/"rob" and Hinglish "chheena"/"chhina" meet.
    return re.sub(r"(.)\1+", r"\1", token.replace("ee", "i").replace("oo", "u"))


def tokenize(text: str) -> list[str]:
    """Lexical tokens for BM25: lower-cased, stop words removed, lightly stemmed."""
    return [_stem(t) for t in _TOKEN.findall(normalise(text)) if t not in STOPWORDS and len(t) > 1]


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text``, stripped; "Rs. 500" and "6 p.m. on" do not end one."""
    return [s.text.strip() for s in split_sentences(text)]


def split_passages(text: str, max_words: int = 90, overlap_sentences: int = 1) -> list[str]:
    """Group sentences into passages of about ``max_words`` words, overlapping by a sentence.

    Short complaints come back as one passage; a judgment's facts become many, so
    one relevant paragraph is not drowned by pages of procedure.
    """
    sentences = sentence_texts(text)
    if sum(len(s.split()) for s in sentences) <= max_words:
        return [text.strip()] if text.strip() else []
    passages: list[str] = []
    current: list[str] = []
    words = 0
    for sentence in sentences:
        current.append(sentence)
        words += len(sentence.split())
        if words >= max_words:
            passages.append(" ".join(current))
            current = current[-overlap_sentences:] if overlap_sentences else []
            words = sum(len(s.split()) for s in current)
    if current and (not passages or len(current) > overlap_sentences):
        passages.append(" ".join(current))
    return passages
