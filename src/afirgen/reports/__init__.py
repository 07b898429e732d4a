"""Documents made from registered FIRs: the IF-1 PDF and the FIR register."""

from afirgen.reports.fir_pdf import render_fir_pdf
from afirgen.reports.fonts import FontSet, find_fonts
from afirgen.reports.register import (
    MEDIA_TYPES,
    RegisterFormat,
    RegisterPart,
    audit_csv,
    register_bytes,
)

__all__ = [
    "MEDIA_TYPES",
    "FontSet",
    "RegisterFormat",
    "RegisterPart",
    "audit_csv",
    "find_fonts",
    "register_bytes",
    "render_fir_pdf",
]
