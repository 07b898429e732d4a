"""Tokenisation keeps Devanagari and Hinglish words whole."""

from afirgen.legal.text import split_passages, tokenize


def test_devanagari_words_keep_their_vowel_signs() -> None:
    tokens = tokenize("उसने मेरी चेन छीन ली और भाग गया")
    assert "चेन" in tokens and "छीन" in tokens
    assert "और" not in tokens  # a stop word


def test_hinglish_and_english_tokens_are_lower_cased_and_stemmed() -> None:
    tokens = tokenize("Do ladkon ne CHAIN chheen li; he was Snatching")
    assert "chain" in tokens and "ladkon" in tokens
    assert "snatch" in tokens


def test_long_text_is_split_into_overlapping_passages() -> None:
    sentence = "The accused came to the house and demanded money from the family. "
    passages = split_passages(sentence * 60, max_words=90)
    assert len(passages) > 5
    assert all(len(p.split()) <= 120 for p in passages)
    assert split_passages("Short complaint.") == ["Short complaint."]
