"""Field-level accuracy of the deterministic extractor over a labelled JSONL set.

Each line holds ``id``, ``style`` (letter, spoken, efir, hinglish, hindi ...),
``reference_date`` (the day the complaint was made, ISO), ``text`` and
``facts`` (``expected`` in the older field-only files): dotted field names to
gold values, ``null`` where the complaint does not give the fact. A field
missing from ``facts`` is not scored for that line; a line with neither key
(a sections-only line) is skipped. Which split a line belongs to is the folder
its file sits in (``eval/dev``, ``eval/blind``), see :mod:`afirgen.eval_sets`.

Scoring, per field and line, is exact match after normalisation:

* text (address, place, weapons): Unicode NFC, casefold, punctuation to spaces,
  whitespace collapsed; a place also drops leading "at"/"in"/"on" and, the same
  words told after the noun in Hindi and Hinglish, a trailing "mein"/"me"/"par"/"pe"/
  "में"/"पर"/"पे" ("gali ke mod par" is "gali ke mod", as "at the turn" is "turn");
  relations that say where ("near", "ke paas", "के सामने") are kept on both sides, a
  closing Hindi one read as its English ("Shankar Chowk ke paas" is "near Shankar Chowk",
  "बस स्टैंड के सामने" is "in front of बस स्टैंड"), as an officer reads either; the
  articles "a"/"an"/"the" are dropped wherever they stand; "complainant's house, X" (or
  "शिकायतकर्ता का घर, X", "प्रार्थी का मकान, X") is the house at X, and so X;
* place and address: one side naming, as a last comma-set segment, the town or district the
  other's spot lies in ("Model Town" and "Model Town, Hoshiarpur", "gaon Rindhana, thana
  Gohana" and "gaon Rindhana, thana Gohana, Sonipat") is the same spot: that segment is a
  bare name of one to three words (no number, no place noun such as "road" or "market", no
  "near"), and what is left is more than a bare "ghar" or "house";
* names: as text, and honorifics (Shri, Smt., Late, श्री, स्व. ...) dropped.
  There is no partial credit: "Ramesh" does not match "Ramesh Kumar" either way;
  an accused given with an alias ("Rohit urf Golu", "Bittu alias Balwinder Singh",
  "राजेश उर्फ़ राजू") matches either of the names, as the IF-1 gives a name with its alias;
* phone: the last ten digits; dates ISO, times HH:MM, amounts and counts exact;
* lists (accused names, weapons, vehicles): equal as sets of normalised items,
  vehicle numbers compared without spaces or hyphens;
* ``null``, ``""`` and ``[]`` are all "not given": predicting nothing for an
  absent fact is correct, filling it is a *spurious* value (the error that
  matters most, because it puts words in the complainant's mouth).

Labelling conventions of ``eval/dev/fields.jsonl``: names without honorifics; the
address as written after "R/o" (or before "... mein rehta hoon"); the place as
the most specific phrase naming the scene, keeping "near"/"outside"/"ke paas"
but not a bare "at"; the complainant's address as place only when the
complaint says it happened at their own house; property value = what was
lost, stolen or cheated away (a dowry or extortion demand is not property);
accused_count ``null`` when the complaint leaves the number open ("some
people", "someone"); vehicle numbers compact.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, computed_field

from afirgen.domain.fields import FirFields, field_value
from afirgen.pipeline.extraction import extract_fields
from afirgen.pipeline.extraction.phrases import phrase_list
from afirgen.pipeline.extraction.vehicles import compact_plate
from afirgen.text.postpositions import english_relation

Extractor = Callable[[str, date | None], FirFields]

FIELDS: tuple[str, ...] = (
    "complainant.name",
    "complainant.relative_name",
    "complainant.age",
    "complainant.phone",
    "complainant.address",
    "occurrence.date_from",
    "occurrence.date_to",
    "occurrence.time_from",
    "place",
    "accused_count",
    "accused.names",
    "property.total_value_inr",
    "weapons",
    "vehicles",
)
_HONORIFICS = frozenset([
    "shri", "sri", "sh", "smt", "mr", "mrs", "ms", "dr", "late", "श्री", "श्रीमती", "स्व",
    "सुश्री", "डॉ", "swargiya", "svargiya", "स्वर्गीय", "marhoom", "मरहूम"
])  # fmt: skip
# "at the gate" and "gate par" / "गेट पर" say the same: the case word is not the place.
_PLACE_PREPOSITIONS = frozenset(["at", "in", "on", "the"])
_PLACE_POSTPOSITIONS = frozenset(["mein", "me", "par", "pe", "में", "पर", "पे"])
# "a", "an", "the" name no part of a place: "in front of a wine store" is "in front of wine store"
_ARTICLES = frozenset(["a", "an", "the"])
# "complainant's house, Ward 4, Satna" is the house at the complainant's address, "Ward 4, Satna"
_COMPLAINANTS_HOUSE = re.compile(
    r"(?:complainant s|शिकायतकर्ता का|शिकायतकर्ती का|प्रार्थी का|प्रार्थिनी का|प्रार्थिया का) "
    r"(?:own )?(?:house|home|residence|घर|मकान) "
)
# "Shankar Chowk ke paas" / "शंकर चौक के पास" and "near Shankar Chowk" name the same spot
# "Rohit alias Golu", "Shakeel urf Pappu", "राजेश उर्फ़ राजू" (normalised: lower case, NFC)
_ALIAS = re.compile("(?:^| )(?:alias|urf|aka|a k a|@|उर्फ\u093c?)(?= |$)")
_TOWN_WORDS = 3
# words of a street, a spot or a relation to a landmark: never the bare name of a town
_SPOT_WORDS = frozenset(
    w.casefold()
    for w in phrase_list("places", "place_nouns")
    | phrase_list("places", "links")
    | phrase_list("places", "inner_links")
    | phrase_list("places", "chain_words")
)
_POSSESSIVES = frozenset(w.casefold() for w in phrase_list("places", "possessive"))
_PUNCTUATION = re.compile(r"[.,;:()\[\]\"'`’‘“”\-–—/।|]+")


class FieldScore(BaseModel):
    """Outcome counts for one field over a set of lines."""

    field: str
    correct: int = 0
    total: int = 0
    missed: int = 0  # gold given, nothing predicted
    spurious: int = 0  # gold absent, something predicted
    wrong: int = 0  # both given, different

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, expected: Any, predicted: Any) -> bool:
        """Count one comparison of normalised values; True when they match."""
        self.total += 1
        if expected == predicted:
            self.correct += 1
            return True
        if predicted is None:
            self.missed += 1
        elif expected is None:
            self.spurious += 1
        else:
            self.wrong += 1
        return False


class Mismatch(BaseModel):
    id: str
    field: str
    expected: Any
    predicted: Any


class FieldReport(BaseModel):
    """Per-field accuracy overall and per style."""

    path: str
    examples: int
    fields: list[FieldScore]
    by_style: dict[str, list[FieldScore]] = Field(default_factory=dict)
    mismatches: list[Mismatch] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def overall(self) -> float | None:
        return _pooled(self.fields)

    @property
    def spurious(self) -> int:
        """Values filled where the complaint gives none."""
        return sum(s.spurious for s in self.fields)

    def rows(self) -> list[dict[str, object]]:
        """One row per field, then a pooled "overall" row: accuracy overall and per style.

        Accuracies are fractions (0-1); "-" where a group has no labelled line for the field.
        """
        groups = [("all", self.fields), *self.by_style.items()]
        rows: list[dict[str, object]] = []
        for index, score in enumerate(self.fields):
            row: dict[str, object] = {"field": score.field}
            row.update({name: _cell(scores[index].accuracy) for name, scores in groups})
            row["spurious"] = score.spurious
            rows.append(row)
        overall: dict[str, object] = {"field": "overall"}
        overall.update({name: _cell(_pooled(scores)) for name, scores in groups})
        overall["spurious"] = self.spurious
        rows.append(overall)
        return rows

    def summary_line(self) -> str:
        """ "102 lines: overall 0.971; 3 values filled where the complaint gives none"."""
        return (
            f"{self.examples} lines: overall {_cell(self.overall)}; "
            f"{self.spurious} values filled where the complaint gives none"
        )


def evaluate_fields(
    paths: Path | Sequence[Path], extractor: Extractor = extract_fields
) -> FieldReport:
    """Run the extractor over every labelled line of ``paths`` and score each field."""
    files = [paths] if isinstance(paths, Path) else list(paths)
    lines = [line for path in files for line in _read_lines(path) if _gold_facts(line)]
    report = FieldReport(path=", ".join(map(str, files)), examples=len(lines), fields=_new_scores())
    for line in lines:
        reference = (
            date.fromisoformat(line["reference_date"]) if line.get("reference_date") else None
        )
        predicted = extractor(line["text"], reference)
        style = report.by_style.setdefault(line.get("style", "unknown"), _new_scores())
        expected = _gold_facts(line)
        for index, name in enumerate(FIELDS):
            if name not in expected:
                continue
            gold = normalise(name, expected[name])
            guess = normalise(name, predicted_value(predicted, name))
            if gold != guess and _same_spot_but_town(
                name, expected[name], predicted_value(predicted, name)
            ):
                guess = gold
            if name == "accused.names":
                guess = _as_gold_aliases(gold, guess)
            for scores in (report.fields, style):
                matched = scores[index].add(gold, guess)
            if not matched:
                report.mismatches.append(
                    Mismatch(id=line["id"], field=name, expected=gold, predicted=guess)
                )
    return report


def predicted_value(fields: FirFields, name: str) -> Any:
    """The extractor's value for one dotted field name of the eval set."""
    if name == "accused.names":
        return [a.name for a in fields.accused if a.name]
    if name == "property.total_value_inr":
        return fields.total_property_value_inr
    value = field_value(fields, name)
    if isinstance(value, date):
        return value.isoformat()
    return value.strftime("%H:%M") if hasattr(value, "strftime") else value


def normalise(name: str, value: Any) -> Any:
    """The comparable form of a gold or predicted value (``None`` for "not given")."""
    if value in (None, "", []):
        return None
    if name in ("accused.names", "weapons", "vehicles"):
        item = _name if name == "accused.names" else compact_plate if name == "vehicles" else _text
        return frozenset(item(str(v)) for v in value) or None
    if name in ("complainant.name", "complainant.relative_name"):
        return _name(str(value))
    if name == "complainant.phone":
        return re.sub(r"\D", "", str(value))[-10:]
    if name in ("complainant.address", "place"):
        return _place(str(value)) if name == "place" else _text(str(value))
    if name in ("accused_count", "complainant.age", "property.total_value_inr"):
        return round(float(value), 2)
    return str(value)


def _same_spot_but_town(name: str, gold: Any, guess: Any) -> bool:
    """A place or address that differs from the other only by a last segment naming the town
    or district it lies in (the station's district is IF-1 item 1 anyway)."""
    if name not in ("place", "complainant.address") or not gold or not guess:
        return False
    for longer, shorter in ((str(gold), str(guess)), (str(guess), str(gold))):
        segments = longer.split(",")
        if len(segments) < 2 or not _names_town(segments[-1]):
            continue
        rest = normalise(name, ",".join(segments[:-1]))
        if rest and rest == normalise(name, shorter) and not _bare_generic(rest):
            return True
    return False


def _names_town(segment: str) -> bool:
    """ "Hoshiarpur", "Tarn Taran", "नई दिल्ली": a bare name, not a street, spot or landmark."""
    words = _text(segment).split()
    return 0 < len(words) <= _TOWN_WORDS and not any(
        any(c.isdigit() for c in w) or w in _SPOT_WORDS for w in words
    )


def _bare_generic(place: str) -> bool:
    """ "ghar", "my house", "कमरे": a spot that names no place without the town after it."""
    return all(w in _SPOT_WORDS or w in _POSSESSIVES for w in place.split())


def _as_gold_aliases(gold: Any, guess: Any) -> Any:
    """Each guessed accused written as the gold writes them when one side gives the other's
    alias ("Rohit urf Golu" for "Rohit", "Golu" for "Rohit alias Golu"): the IF-1 gives a
    name with its alias, and an officer takes either for the same person."""
    if not gold or not guess:
        return guess
    return frozenset(
        next((g for g in gold if _alias_parts(g) & _alias_parts(item)), item) for item in guess
    )


def _alias_parts(item: str) -> set[str]:
    return {item, *(part.strip() for part in _ALIAS.split(item) if part.strip())}


def _text(value: str) -> str:
    value = unicodedata.normalize("NFC", value).casefold()
    return " ".join(_PUNCTUATION.sub(" ", value).split())


def _name(value: str) -> str:
    return " ".join(w for w in _text(value).split() if w not in _HONORIFICS)


def _place(value: str) -> str:
    words = [w for w in _text(value).split() if w not in _ARTICLES]
    while words and words[-1] in _PLACE_POSTPOSITIONS:
        words = words[:-1]
    place = " ".join(words)
    related = english_relation(place)
    if related:
        place = f"{related[0]} {related[1]}"
    words = place.split()
    while words and words[0] in _PLACE_PREPOSITIONS:
        words = words[1:]
    place = " ".join(words)
    own_house = _COMPLAINANTS_HOUSE.match(place)
    return place[own_house.end() :] if own_house and own_house.end() < len(place) else place


def _read_lines(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip():
                yield json.loads(raw)


def _gold_facts(line: dict[str, Any]) -> dict[str, Any]:
    facts = line.get("facts", line.get("expected"))
    return facts if isinstance(facts, dict) else {}


def _new_scores() -> list[FieldScore]:
    return [FieldScore(field=name) for name in FIELDS]


def _pooled(scores: list[FieldScore]) -> float | None:
    total = sum(s.total for s in scores)
    return sum(s.correct for s in scores) / total if total else None


def _cell(value: float | None) -> float | str:
    return "-" if value is None else round(value, 3)
