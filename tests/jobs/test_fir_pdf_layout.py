"""How the FIR PDF lays out what an officer reads and signs."""

from __future__ import annotations

import io

from pypdf import PdfReader

from afirgen.reports.fir_pdf import render_fir_pdf
from afirgen.reports.fonts import find_fonts

SIGNATURE = "d4ca228788a8adfa6d93266e76aa52a9839a1df8baa636433b4ee4cffa742eb5"


def test_the_digital_signature_prints_whole_on_one_line() -> None:
    record = {
        "fir_number": "FIR-2026-000001",
        "status": "finalized",
        "signature": SIGNATURE,
        "finalized_by": "sho1",
        "finalized_at": "2026-12-06T08:53:17Z",
    }
    pdf = render_fir_pdf(record, find_fonts())
    lines = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).splitlines()
    assert SIGNATURE in [line.strip() for line in lines]  # not cut in two by the label


def test_sums_are_grouped_as_indian_documents_write_them() -> None:
    record = {
        "fir_number": "FIR-2026-000002",
        "status": "pending",
        "fields_json": {
            "property": [{"description": "gold chain", "value_inr": 120000.0}],
            "total_property_value_inr": 1250000.0,
        },
    }
    pdf = render_fir_pdf(record, find_fonts())
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    assert "1,20,000" in text
    assert "12,50,000" in text
    assert "120,000" not in text
