"""The fonts a report embeds: a Latin face and a Devanagari face (with bold).

Looked up in ``AFIRGEN_REPORT_FONT_DIR`` first, then Debian's folders:
``fonts-noto-core`` (Noto Sans + Noto Sans Devanagari) or ``fonts-lohit-deva``
with ``fonts-dejavu-core``. ``make install`` installs ``fonts-noto-core``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from afirgen.errors import ReportUnavailable

SYSTEM_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/lohit-devanagari"),
    Path("/usr/share/fonts/truetype/dejavu"),
)
LATIN = (("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
DEVANAGARI = (
    ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    ("Lohit-Devanagari.ttf", "Lohit-Devanagari.ttf"),
)
INSTALL_HINT = (
    "no font with Devanagari was found for the FIR PDF: install Debian's fonts-noto-core "
    "(apt-get install fonts-noto-core, or `make install` as root) or point "
    "AFIRGEN_REPORT_FONT_DIR at a folder holding NotoSansDevanagari-Regular.ttf"
)


@dataclass(frozen=True)
class FontPair:
    regular: Path
    bold: Path


@dataclass(frozen=True)
class FontSet:
    latin: FontPair
    devanagari: FontPair


def find_fonts(extra_dir: Path | None = None) -> FontSet:
    """Raises :class:`ReportUnavailable` when no Devanagari face is installed."""
    folders = [extra_dir, *SYSTEM_FONT_DIRS] if extra_dir else list(SYSTEM_FONT_DIRS)
    devanagari = _first_pair(DEVANAGARI, folders)
    if devanagari is None:
        raise ReportUnavailable(INSTALL_HINT)
    latin = _first_pair(LATIN, folders) or devanagari
    return FontSet(latin=latin, devanagari=devanagari)


def _first_pair(names: Iterable[tuple[str, str]], folders: list[Path]) -> FontPair | None:
    for regular, bold in names:
        for folder in folders:
            if (folder / regular).is_file():
                bold_path = folder / bold if (folder / bold).is_file() else folder / regular
                return FontPair(folder / regular, bold_path)
    return None
