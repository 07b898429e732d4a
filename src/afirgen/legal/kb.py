"""The legal knowledge base: every section the project knows, loaded once.

Data lives in ``legal/data/*.json`` and is validated against ``schema.py``; any
invalid or duplicated entry raises :class:`KnowledgeBaseError` at load time so a
bad data file stops the app at start-up instead of silently losing a section.

Also reads official statutory text (CSV or JSONL) that a deployment may import
so retrieval can index the full wording next to the project's own summaries.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from afirgen.legal.errors import KnowledgeBaseError, OfficialTextError
from afirgen.legal.schema import Correspondence, Section, SectionFile

DATA_DIR = Path(__file__).parent / "data"
CORRESPONDENCE_FILE = "ipc_bns_correspondence.json"

_ACT_ALIASES: dict[str, str] = {
    "bns": "BNS",
    "bharatiya nyaya sanhita": "BNS",
    "ipc": "IPC",
    "indian penal code": "IPC",
    "arms": "Arms Act",
    "ndps": "NDPS Act",
    "narcotic drugs and psychotropic substances act": "NDPS Act",
    "mv act": "Motor Vehicles Act",
    "mva": "Motor Vehicles Act",
    "motor vehicles": "Motor Vehicles Act",
    "it act": "IT Act",
    "it": "IT Act",
    "ndps act": "NDPS Act",
    "pocso act": "POCSO Act",
    "information technology act": "IT Act",
    "dowry prohibition": "Dowry Prohibition Act",
    "dp act": "Dowry Prohibition Act",
    "pocso": "POCSO Act",
    "sc/st": "SC/ST (Prevention of Atrocities) Act",
    "sc st": "SC/ST (Prevention of Atrocities) Act",
    "scst": "SC/ST (Prevention of Atrocities) Act",
    "sc/st poa": "SC/ST (Prevention of Atrocities) Act",
    "sc/st (prevention of atrocities)": "SC/ST (Prevention of Atrocities) Act",
    "scheduled castes and the scheduled tribes (prevention of atrocities)": (
        "SC/ST (Prevention of Atrocities) Act"
    ),
    "dv": "Domestic Violence Act",
    "pwdva": "Domestic Violence Act",
    "domestic violence": "Domestic Violence Act",
    "protection of women from domestic violence": "Domestic Violence Act",
    "information technology": "IT Act",
    "protection of children from sexual offences": "POCSO Act",
    "public gambling": "Public Gambling Act",
    "state excise": "State Excise Act",
    "arms act": "Arms Act",
    "motor vehicles act": "Motor Vehicles Act",
    "gambling": "Public Gambling Act",
    "excise": "State Excise Act",
}

_SectionFiles = TypeAdapter(list[SectionFile])
_CorrespondenceList = TypeAdapter(list[Correspondence])
_REF = re.compile(r"^\s*(?:s(?:ec(?:tion)?)?\.?\s*)?([0-9]+[A-Za-z]*)\s*((?:\(\s*[^)]*\)\s*)*)")


def normalise_act(name: str) -> str:
    """Canonical act name: ``"bns"`` -> ``"BNS"``, ``"ndps"`` -> ``"NDPS Act"``."""
    key = re.sub(r"[\s,]*\d{4}$", "", name.strip()).strip().lower()
    key = re.sub(r"\s+", " ", key.replace(".", ""))
    if key in _ACT_ALIASES:
        return _ACT_ALIASES[key]
    if key.endswith(" act") and key[:-4] in _ACT_ALIASES:
        return _ACT_ALIASES[key[:-4]]
    return name.strip()


def split_reference(reference: str) -> tuple[str, str | None]:
    """Section and sub-section of a reference.

    "303(2)" -> ("303", "2"); "3(1)(r)" -> ("3", "1(r)"); "66c" -> ("66C", None).
    """
    match = _REF.match(reference)
    if match is None:
        return reference.strip(), None
    groups = [g.strip() for g in re.findall(r"\(([^)]*)\)", match.group(2))]
    section = match.group(1).upper()
    if not groups:
        return section, None
    return section, groups[0] + "".join(f"({g})" for g in groups[1:])


def join_reference(section: str, subsection: str | None) -> str:
    """Inverse of :func:`split_reference`: ``("303", "2")`` -> ``"303(2)"``."""
    if not subsection:
        return section
    head, _, tail = subsection.partition("(")
    return f"{section}({head})" + (f"({tail}" if tail else "")


def heading(section: Section, subsection: str | None) -> str:
    """The title a section reads under where it is charged.

    A provision that is no offence by itself files its sub-sections under one
    heading ("General explanations" for BNS 3); the sub-section's own meaning
    says what it is used for (3(5): acts done by several persons in furtherance
    of common intention), as IPC 34's title did.
    """
    meaning = None if section.offence else section.subsections.get(subsection or "")
    return meaning[:1].upper() + meaning[1:] if meaning else section.title


def charged_parts(section: Section) -> list[tuple[str | None, str]]:
    """(sub-section, heading) pairs a section is charged as: a provision that is no
    offence by itself, by each sub-section it names (BNS 3 as 3(5)); else whole."""
    if section.offence or not section.subsections:
        return [(None, section.title)]
    return [(sub, heading(section, sub)) for sub in section.subsections]


class KbStats(BaseModel):
    model_config = ConfigDict(frozen=True)

    sections_by_act: dict[str, int]
    offences: int
    classified: int
    with_synonyms: int
    correspondences: int


class OfficialText(BaseModel):
    """Statutory text of one section as a deployment imported it."""

    model_config = ConfigDict(frozen=True)

    act: str
    section: str
    title: str
    text: str
    chapter: str | None = None
    chapter_title: str | None = None


class KnowledgeBase:
    """Read-only index of sections by (act, number) with the IPC <-> BNS table."""

    def __init__(
        self, files: Iterable[SectionFile], correspondence: Iterable[Correspondence]
    ) -> None:
        self._by_key: dict[tuple[str, str], Section] = {}
        for file in files:
            for section in file.sections:
                self._add(section)
        self._correspondence = list(correspondence)
        self._ipc_to_bns = self._build_ipc_to_bns()

    @classmethod
    def load(cls, data_dir: Path | None = None) -> KnowledgeBase:
        """Load and validate every ``*.json`` file in ``data_dir`` (the package data by default)."""
        folder = data_dir or DATA_DIR
        paths = sorted(folder.glob("*.json"))
        if not paths:
            raise KnowledgeBaseError(f"no knowledge-base files in {folder}")
        files: list[SectionFile] = []
        correspondence: list[Correspondence] = []
        for path in paths:
            raw = _read_json(path)
            try:
                if path.name == CORRESPONDENCE_FILE:
                    correspondence.extend(_CorrespondenceList.validate_python(raw))
                else:
                    files.extend(
                        _SectionFiles.validate_python(raw if isinstance(raw, list) else [raw])
                    )
            except ValidationError as exc:
                raise KnowledgeBaseError(f"{path.name} does not match the schema: {exc}") from exc
        return cls(files, correspondence)

    def get(self, act: str, number: str) -> Section | None:
        """The section ``number`` of ``act``; "303(2)" finds section 303, "3(5)" either form."""
        act = normalise_act(act)
        exact = self._by_key.get((act, number.strip().upper()))
        if exact is not None:
            return exact
        base, _ = split_reference(number)
        return self._by_key.get((act, base))

    def sections(self, act: str | None = None) -> list[Section]:
        if act is None:
            return list(self._by_key.values())
        wanted = normalise_act(act)
        return [s for (a, _), s in self._by_key.items() if a == wanted]

    def bns_for_ipc(self, ipc_number: str) -> list[str]:
        """BNS section(s) that replaced IPC ``ipc_number``, e.g. ``"379"`` -> ``["303(2)"]``."""
        base, sub = split_reference(ipc_number)
        return list(self._ipc_to_bns.get(join_reference(base, sub), self._ipc_to_bns.get(base, [])))

    def ipc_for_bns(self, bns_reference: str) -> list[str]:
        """IPC section(s) whose BNS equivalent is ``bns_reference``; exact sub-section first."""
        base, sub = split_reference(bns_reference)
        wanted = join_reference(base, sub)
        exact = [ipc for ipc, bns in self._ipc_to_bns.items() if wanted in bns]
        if exact or sub is None:
            return exact or [
                ipc
                for ipc, bns in self._ipc_to_bns.items()
                if any(split_reference(b)[0] == base for b in bns)
            ]
        return [ipc for ipc, bns in self._ipc_to_bns.items() if base in bns]

    def stats(self) -> KbStats:
        counts = Counter(a for a, _ in self._by_key)
        values = self._by_key.values()
        return KbStats(
            sections_by_act=dict(sorted(counts.items())),
            offences=sum(s.offence for s in values),
            classified=sum(s.classification is not None for s in values),
            with_synonyms=sum(
                bool(s.synonyms.en or s.synonyms.hinglish or s.synonyms.hi) for s in values
            ),
            correspondences=len(self._ipc_to_bns),
        )

    def _add(self, section: Section) -> None:
        key = (normalise_act(section.act), section.number.strip().upper())
        if key in self._by_key:
            raise KnowledgeBaseError(f"section {key[1]} of {key[0]} is defined twice")
        self._by_key[key] = section

    def _build_ipc_to_bns(self) -> dict[str, list[str]]:
        table: dict[str, list[str]] = {}
        for section in self.sections("IPC"):
            if section.bns_equivalent:
                table[section.number.strip().upper()] = [b.strip() for b in section.bns_equivalent]
        for row in self._correspondence:
            key = join_reference(*split_reference(row.ipc))
            merged = table.setdefault(key, [])
            merged.extend(b.strip() for b in row.bns if b.strip() not in merged)
        return table


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeBaseError(f"{path.name} is not readable JSON: {exc}") from exc


# Keys accepted in imported files: the Gazette CSV's columns and a plain JSONL shape.
_OFFICIAL_KEYS: Mapping[str, tuple[str, ...]] = {
    "section": ("Section", "section", "number"),
    "title": ("Section _name", "Section_name", "title"),
    "text": ("Description", "text", "description"),
    "chapter": ("Chapter", "chapter"),
    "chapter_title": ("Chapter_name", "chapter_title"),
    "act": ("act", "Act"),
}


def load_official_text(path: Path, default_act: str = "BNS") -> list[OfficialText]:
    """Read statutory text from a CSV (Gazette columns) or JSONL file."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            if path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
                rows = [
                    _parse_json_line(line, n) for n, line in enumerate(handle, 1) if line.strip()
                ]
            else:
                rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise OfficialTextError(f"cannot read {path}: {exc}") from exc
    if not rows:
        raise OfficialTextError(f"{path} holds no sections")
    return [_official_row(row, n, default_act) for n, row in enumerate(rows, 1)]


def _parse_json_line(line: str, number: int) -> dict[str, object]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise OfficialTextError(f"line {number}: not JSON ({exc.msg})") from exc
    if not isinstance(value, dict):
        raise OfficialTextError(f"line {number}: expected an object")
    return value


def _official_row(row: Mapping[str, object], number: int, default_act: str) -> OfficialText:
    def pick(field: str) -> str | None:
        for key in _OFFICIAL_KEYS[field]:
            value = row.get(key)
            if value is not None and str(value).strip():
                return str(value).strip()
        return None

    section, text = pick("section"), pick("text")
    if section is None or text is None:
        raise OfficialTextError(f"row {number}: needs a section number and its text")
    return OfficialText(
        act=normalise_act(pick("act") or default_act),
        section=section.upper(),
        title=(pick("title") or "").rstrip("."),
        text=text,
        chapter=pick("chapter"),
        chapter_title=pick("chapter_title"),
    )
