"""Schema of the legal knowledge base shipped with the package.

Every file under ``legal/data/`` is validated against these models when the
knowledge base loads, so a typo in the data fails loudly at start-up instead of
silently dropping a section.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Act = str  # "BNS", "IPC", "Arms Act", "NDPS Act", ...


class Punishment(BaseModel):
    """Punishment in brief; ``None`` means the law sets no such bound."""

    model_config = ConfigDict(extra="forbid")

    summary: str  # one line, e.g. "Up to 3 years, or fine, or both"
    min_years: float | None = None
    max_years: float | None = None  # imprisonment ceiling in years
    life: bool = False  # imprisonment for life possible
    death: bool = False  # death penalty possible
    fine: bool = False  # fine possible or mandatory


class Classification(BaseModel):
    """Classification from the BNSS First Schedule (or the special law itself)."""

    model_config = ConfigDict(extra="forbid")

    cognizable: bool | None
    bailable: bool | None
    court: str | None  # "Any Magistrate", "Court of Session", ...
    compoundable: bool | None  # True if compoundable with or without permission


class Synonyms(BaseModel):
    """Everyday words a complainant uses for the offence."""

    model_config = ConfigDict(extra="forbid")

    en: list[str] = Field(default_factory=list)
    hinglish: list[str] = Field(default_factory=list)  # Hindi in Latin letters
    hi: list[str] = Field(default_factory=list)  # Devanagari


class Section(BaseModel):
    """One section of an act. Non-offence sections carry only the first fields."""

    model_config = ConfigDict(extra="forbid")

    act: Act
    number: str  # "303", "3(5)", "66C"
    title: str
    chapter: str | None = None  # "XVII" or a chapter label for special laws
    chapter_title: str | None = None
    offence: bool
    description: str | None = None  # the project's own plain-language words
    ingredients: list[str] = Field(default_factory=list)
    punishment: Punishment | None = None
    classification: Classification | None = None
    synonyms: Synonyms = Field(default_factory=Synonyms)
    # IPC sections: the BNS section(s) that replaced it, e.g. ["303(2)"]
    bns_equivalent: list[str] = Field(default_factory=list)
    # sub-sections worth telling apart, e.g. {"2": "theft, general punishment"}
    subsections: dict[str, str] = Field(default_factory=dict)


class SectionFile(BaseModel):
    """One data file: a slice of one act."""

    model_config = ConfigDict(extra="forbid")

    act: Act
    act_title: str  # "Bharatiya Nyaya Sanhita, 2023"
    kind: Literal["code", "special", "local"]
    sections: list[Section]


class Correspondence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ipc: str  # "379"
    bns: list[str]  # ["303(2)"]
    note: str | None = None
