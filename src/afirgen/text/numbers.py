"""Numbers as complainants write them: Devanagari digits and number words.

English, Hinglish (Latin letters) and Hindi (Devanagari) words for small
numbers, plus the Hindi fraction words used for money and clock times
("saadhe nau" = 9.5, "डेढ़ लाख" = 1.5 lakh).
"""

from __future__ import annotations

_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

ENGLISH_NUMBER_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"
]  # fmt: skip
_ENGLISH_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_HINGLISH = {
    "ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6,
    "chhah": 6, "saat": 7, "aath": 8, "nau": 9, "das": 10, "gyarah": 11, "gyaarah": 11,
    "barah": 12, "baarah": 12,
    "bees": 20, "pachees": 25, "pachchis": 25, "tees": 30, "chalees": 40, "pachaas": 50,
}  # fmt: skip
# Hindi 1-99 in order; the forms a complaint is likely to use.
_HINDI_1_TO_99 = [
    "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह",
    "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस",
    "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस", "तीस", "इकतीस", "बत्तीस",
    "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस", "चालीस", "इकतालीस",
    "बयालीस", "तैंतालीस", "चवालीस", "पैंतालीस", "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास",
    "पचास", "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ",
    "साठ", "इकसठ", "बासठ", "तिरेसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर",
    "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर",
    "अठहत्तर", "उन्यासी", "अस्सी", "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी",
    "सत्तासी", "अट्ठासी", "नवासी", "नब्बे", "इक्यानबे", "बानबे", "तिरानबे", "चौरानबे", "पचानबे",
    "छियानबे", "सत्तानबे", "अट्ठानबे", "निन्यानबे"
]  # fmt: skip
_HINDI_VARIANTS = {"पांच": 5, "छः": 6, "छे": 6}

NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(ENGLISH_NUMBER_WORDS)},
    **_ENGLISH_TENS,
    **_HINGLISH,
    **{word: value for value, word in enumerate(_HINDI_1_TO_99, start=1)},
    **_HINDI_VARIANTS,
}
# Words that shift the number after them: "saadhe nau" = 9.5, "paune das" = 9.75.
FRACTION_PREFIXES: dict[str, float] = {
    "sadhe": 0.5, "saadhe": 0.5, "sade": 0.5, "saade": 0.5, "साढ़े": 0.5, "साढे": 0.5,
    "sawa": 0.25, "सवा": 0.25, "paune": -0.25, "पौने": -0.25,
}  # fmt: skip
# Words that are a number on their own: "dedh lakh" = 1.5 lakh.
STANDALONE_FRACTIONS: dict[str, float] = {
    "dedh": 1.5,
    "डेढ़": 1.5,
    "dhai": 2.5,
    "dhaai": 2.5,
    "ढाई": 2.5,
}


def fold_digits(text: str) -> str:
    """Devanagari digits to ASCII digits; every other character is kept as is."""
    return text.translate(_DIGITS)


def number_from_word(word: str) -> float | None:
    """Value of one number word or digit string, or ``None`` if it is not a number."""
    token = fold_digits(word).strip().casefold()
    if token.replace(".", "", 1).isdigit():
        return float(token)
    if token in STANDALONE_FRACTIONS:
        return STANDALONE_FRACTIONS[token]
    value = NUMBER_WORDS.get(token)
    return float(value) if value is not None else None


def number_word_pattern() -> str:
    """Regex alternation of every number word, longest first so prefixes do not win."""
    words = sorted({*NUMBER_WORDS, *STANDALONE_FRACTIONS}, key=len, reverse=True)
    return "|".join(words)
