"""Text helpers shared by fact extraction (``pipeline``) and section identification (``legal``).

Sentences, numbers as complainants write them (Devanagari digits, Hinglish and
Hindi number words) and rupee amounts. Neither domain imports the other's
modules for these.
"""

from afirgen.text.amounts import Amount, find_amounts, parse_amount
from afirgen.text.numbers import NUMBER_WORDS, fold_digits, number_from_word
from afirgen.text.sentences import Sentence, split_sentences

__all__ = [
    "NUMBER_WORDS",
    "Amount",
    "Sentence",
    "find_amounts",
    "fold_digits",
    "number_from_word",
    "parse_amount",
    "split_sentences",
]
