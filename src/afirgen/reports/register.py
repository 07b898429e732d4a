"""The FIR register for a date range, as an Excel workbook or a CSV file.

One row per FIR in registration order, the columns a station's register keeps;
the period's audit trail goes with it for an officer who may read it: in the
workbook as its second sheet, in CSV as a second file (``audit_csv``; the API's
``part=audit``), since a CSV file holds one table. CSV is written with a
byte-order mark so that Excel opens Devanagari correctly.
Values come from complaints and officers: text is written as text (never a
formula) and without control characters.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from afirgen.text_rules import strip_controls

RegisterFormat = Literal["xlsx", "csv"]
RegisterPart = Literal["firs", "audit"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MEDIA_TYPES: dict[str, str] = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("fir_number", "FIR No.", 18),
    ("created_at", "Registered at (UTC)", 20),
    ("status", "Status", 10),
    ("district", "District", 16),
    ("station", "Police station", 18),
    ("acts_sections", "Acts and sections", 30),
    ("complainant_name", "Complainant", 24),
    ("place", "Place of occurrence", 30),
    ("occurred_from", "Occurred from (UTC)", 20),
    ("finalized_at", "Finalized at (UTC)", 20),
    ("signed_by", "Finalized by", 30),  # "Name, Rank" as signed (the login before 0009)
    ("finalized_by", "Finalized by (login)", 16),
)


AUDIT_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("at", "At (UTC)", 20),
    ("chain", "Station", 12),
    ("seq", "No.", 8),
    ("officer", "Officer", 16),
    ("role", "Role", 12),
    ("action", "Action", 20),
    ("object_id", "Record", 30),
    ("detail", "Detail", 40),
    ("client", "Client", 16),
    ("hash", "Hash", 66),
)


def register_bytes(
    rows: Iterable[Mapping[str, Any]],
    fmt: RegisterFormat,
    audit: Iterable[Mapping[str, Any]] | None = None,
) -> bytes:
    return _xlsx(rows, audit) if fmt == "xlsx" else _csv(COLUMNS, rows)


def audit_csv(events: Iterable[Mapping[str, Any]]) -> bytes:
    """The period's audit trail: the workbook's second sheet, as a CSV file of its own."""
    return _csv(AUDIT_COLUMNS, events)


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, str):
        return strip_controls(value)  # one ESC makes the workbook unwritable
    return value


def _text_cell(sheet: Any, value: Any) -> WriteOnlyCell:
    """Every text is a string cell: ``=HYPERLINK(...)`` is shown, never evaluated."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _csv_value(value: Any) -> Any:
    """Text starting with = + - @ (or a tab/CR) gets a leading ' so no sheet runs it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def _xlsx(rows: Iterable[Mapping[str, Any]], audit: Iterable[Mapping[str, Any]] | None) -> bytes:
    book = Workbook(write_only=True)
    _sheet(book, "FIR register", COLUMNS, rows)
    if audit is not None:
        _sheet(book, "Audit trail", AUDIT_COLUMNS, audit)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(
    book: Workbook,
    name: str,
    columns: tuple[tuple[str, str, int], ...],
    rows: Iterable[Mapping[str, Any]],
) -> None:
    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for index, (_, _, width) in enumerate(columns):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    bold = Font(bold=True)
    header = []
    for _, title, _ in columns:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_text_cell(sheet, _cell(row.get(key))) for key, _, _ in columns])


def _csv(columns: tuple[tuple[str, str, int], ...], rows: Iterable[Mapping[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([title for _, title, _ in columns])
    for row in rows:
        values = [_cell(row.get(key)) for key, _, _ in columns]
        writer.writerow([_csv_value(v) for v in values])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
