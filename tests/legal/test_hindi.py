"""Hindi for what the engine writes in English: section titles and the reasons' phrases.

The tables live in legal/data/hi/; these tests hold them to the rules: every fixed
reason the offence rules write, and every section they can propose, reads in Hindi.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from afirgen.legal import KnowledgeBase
from afirgen.legal.hindi import hindi_reason, hindi_title
from afirgen.legal.kb import charged_parts, heading

OFFENCES = Path(__file__).resolve().parents[2] / "src" / "afirgen" / "legal" / "offences"
LATIN = re.compile(r"[A-Za-z]{3,}")


def rule_calls() -> list[ast.Call]:
    calls = []
    for path in sorted(OFFENCES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("ruled", "Grade"):
                calls.append(node)
    return calls


def fixed_reasons() -> set[str]:
    """Every reason a rule writes as a plain string (``ruled(ref, reason, ...)``, ``Grade``)."""
    found = set()
    for call in rule_calls():
        at = 1 if getattr(call.func, "id", None) == "ruled" else 2
        if len(call.args) > at and isinstance(call.args[at], ast.Constant):
            found.add(str(call.args[at].value))
    return found


def ruled_references() -> set[tuple[str, str]]:
    found = set()
    for call in rule_calls():
        if getattr(call.func, "id", None) != "ruled":
            continue
        act = next(
            (str(k.value.value) for k in call.keywords if k.arg == "act"
             and isinstance(k.value, ast.Constant)),
            "BNS",
        )  # fmt: skip
        for node in ast.walk(call.args[0]):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add((act, node.value))
    return found


def test_every_fixed_reason_of_the_rules_reads_in_hindi() -> None:
    reasons = fixed_reasons()
    assert len(reasons) > 80
    untranslated = sorted(r for r in reasons if LATIN.search(_unquoted(hindi_reason(r))))
    assert untranslated == []


def _unquoted(text: str) -> str:
    """Clause letters and sub-section numbers, e.g. (r), 25(1B), stay as the Act writes them."""
    return re.sub(r"\([^)]*\)|\d+\(\w+\)", "", text)


def test_every_section_the_rules_propose_has_a_hindi_title(kb: KnowledgeBase) -> None:
    missing = []
    for act, reference in sorted(ruled_references()):
        section = kb.get(act, reference)
        if section is not None and hindi_title(section.act, section.number) is None:
            missing.append(f"{section.act} {section.number}")
    assert len(ruled_references()) > 60
    assert missing == []


def test_the_fixed_phrases_around_a_reason_read_in_hindi() -> None:
    assert hindi_reason(
        "property suddenly seized from the person (snatching); "
        "retrieval did not find this family, so not final"
    ) == ("व्यक्ति से संपत्ति अचानक झपट ली गई (छीनना); खोज में यह अपराध-वर्ग नहीं मिला, इसलिए अंतिम नहीं")
    assert hindi_reason("neighbouring grade of 304(2); its extra ingredients not shown") == (
        "304(2) की निकटवर्ती श्रेणी; इसके अतिरिक्त तत्व नहीं दिखे"
    )
    assert hindi_reason(
        "cannabis (ganja) possessed or sold; 1500 g is a intermediate quantity, clause (b(ii)(B))"
    ).endswith("1500 ग्राम मध्यम मात्रा है, खंड (b(ii)(B))")
    assert hindi_reason("a reason no table knows") == "a reason no table knows"  # stays English


def test_common_intention_reads_as_what_it_is_used_for(kb: KnowledgeBase) -> None:
    general = kb.get("BNS", "3(5)")
    assert general is not None and general.title == "General explanations"
    meaning = "Acts done by several persons in furtherance of common intention"
    assert heading(general, "5") == meaning
    assert charged_parts(general) == [("5", meaning)]
    ipc = kb.get("IPC", "34")
    assert ipc is not None and ipc.title == meaning  # the same words as the IPC gave it
    assert hindi_title("BNS", "3", "5") == hindi_title("IPC", "34")
    theft = kb.get("BNS", "303(2)")
    assert theft is not None and heading(theft, "2") == theft.title  # offences keep theirs
