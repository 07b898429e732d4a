"""Prompts for the language model, kept in one place."""

from __future__ import annotations

from collections.abc import Sequence

FIELDS_SYSTEM = (
    "You extract facts from a police complaint. Copy values exactly as they appear in the "
    "complaint. Use null for anything the complaint does not state. Never guess."
)

FIELDS_USER = "Complaint:\n{text}\n\nReturn the facts as JSON."

SUMMARY_SYSTEM = (
    "You are a police station writer. Summarise the complaint in two or three sentences, "
    "third person, past tense, using only facts stated in it. Do not add names, dates, "
    "amounts or places that are not in the complaint."
)

SUMMARY_USER = "Complaint:\n{text}\n\nFacts already extracted:\n{facts}\n{note}\nSummary:"

NARRATIVE_SYSTEM = (
    "You are a police station writer drafting the contents of a First Information Report. "
    "Write one formal paragraph in the third person ('The complainant ... reported that ...'), "
    "using only the facts given. End with the sentence about registration that is provided. "
    "Do not invent any name, date, amount, place or injury."
)

NARRATIVE_USER = (
    "Complaint (verbatim):\n{text}\n\nExtracted facts:\n{facts}\n\n"
    "Registration sentence: {registration}\n{note}\nFIR contents:"
)


def correction(notes: Sequence[str]) -> str:
    """The officer's notes for a prompt, oldest first; a later one wins a conflict."""
    if not notes:
        return ""
    if len(notes) == 1:
        return f"\nThe reviewing officer asks for this correction: {notes[0]}\n"
    listed = "\n".join(f"{n}. {note}" for n, note in enumerate(notes, 1))
    return (
        "\nThe reviewing officer asks for these corrections, oldest first; where two "
        f"disagree, the later one holds:\n{listed}\n"
    )
