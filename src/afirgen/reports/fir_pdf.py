"""The FIR as a PDF, laid out like the national form IF-1 (items 1 to 15).

The input is a registered FIR record (``fir_records`` columns as a dict; the
official PDF gets the record as signed) whose ``fields_json`` holds the
assembled draft (``pipeline/assemble.py``). Where the record has a column of
its own for an item (station, district, place, FIR contents) the column is
printed: it is what corrections change and what the API answers. A value the
FIR does not hold is printed as "Not recorded", never made up. Hindi and
other Devanagari text is shaped with HarfBuzz (``uharfbuzz``) so conjuncts and
vowel signs render correctly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from afirgen.domain.station_details import as_given
from afirgen.reports.fonts import FontSet
from afirgen.services.signing import signed_by
from afirgen.text.amounts import indian_grouping

IST = timezone(timedelta(hours=5, minutes=30), "IST")
MISSING = "Not recorded"
# beyond Latin, general punctuation and currency signs: Devanagari and other scripts
NEEDS_SHAPING = re.compile(r"[^\u0000-\u024f\u2000-\u20cf]")
BODY, DEVA = "Body", "Deva"
GREY, BLACK = (110, 110, 110), (0, 0, 0)
LINE_H = 5.2


class FirDocument(FPDF):
    """An A4 page with the FIR number and page count in the footer."""

    def __init__(self, fonts: FontSet, fir_number: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.fir_number = fir_number
        self.set_margins(15, 14, 15)
        self.set_auto_page_break(auto=True, margin=16)
        self.add_font(BODY, "", str(fonts.latin.regular))
        self.add_font(BODY, "B", str(fonts.latin.bold))
        self.add_font(DEVA, "", str(fonts.devanagari.regular))
        self.add_font(DEVA, "B", str(fonts.devanagari.bold))
        self.set_fallback_fonts([DEVA])
        self.set_text_shaping(False)
        self.set_title(f"First Information Report {fir_number}")
        self.set_creator("AFIRGen")

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(BODY, "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.fir_number}  ·  page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(*BLACK)

    # building blocks ---------------------------------------------------------

    def shape_for(self, *texts: str) -> None:
        """HarfBuzz shaping only for text that needs it: it costs most of the render time."""
        self.set_text_shaping(any(NEEDS_SHAPING.search(text) for text in texts))

    def item(self, number: str, title: str) -> None:
        """A numbered IF-1 item heading."""
        if self.will_page_break(LINE_H * 3):
            self.add_page()
        self.ln(1.6)
        self.shape_for(title)
        self.set_font(BODY, "B", 10)
        self.multi_cell(0, LINE_H, f"{number}.  {title}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def field(self, label: str, value: Any, indent: float = 8, below: bool = False) -> None:
        """``label: value`` on one line (wrapping), grey when the value is missing;
        ``below``: the value on a full-width line of its own, so that a value which
        must read whole (a signature) is not broken in two by the label's width."""
        text = _text(value)
        self.shape_for(label, text)
        self.set_x(self.l_margin + indent)
        self.set_font(BODY, "B", 9)
        label_w = self.get_string_width(label + ": ") + 1
        if below or label_w > 75:  # a long label gets its own line, the value the next
            self.multi_cell(0, LINE_H, label + ":", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_x(self.l_margin + indent + 4)
        else:
            self.cell(label_w, LINE_H, label + ":")
        self.set_font(BODY, "", 9.5)
        self.set_text_color(*(GREY if text == MISSING else BLACK))
        self.multi_cell(0, LINE_H, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*BLACK)

    def paragraph(self, text: str, indent: float = 8, size: float = 9.5) -> None:
        self.shape_for(text)
        self.set_x(self.l_margin + indent)
        self.set_font(BODY, "", size)
        self.multi_cell(0, LINE_H, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def grid(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
    ) -> None:
        self.shape_for(*header, *(cell for row in rows for cell in row))
        self.set_x(self.l_margin + 8)
        self.set_font(BODY, "", 9)
        with self.table(
            col_widths=tuple(widths),
            width=self.epw - 8,
            align="RIGHT",
            line_height=LINE_H,
            first_row_as_headings=True,
            headings_style=_bold_style(),
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)


def render_fir_pdf(fir: Mapping[str, Any], fonts: FontSet) -> bytes:
    """The PDF bytes of one FIR record."""
    draft: Mapping[str, Any] = fir.get("fields_json") or {}
    pdf = FirDocument(fonts, str(fir["fir_number"]))
    pdf.add_page()
    _title(pdf, draft)
    for section in (_registration, _acts, _occurrence, _information, _place, _complainant):
        section(pdf, fir, draft)
    for section in (_accused, _delay, _property, _inquest, _contents, _action, _closing):
        section(pdf, fir, draft)
    return bytes(pdf.output())


def _title(pdf: FirDocument, draft: Mapping[str, Any]) -> None:
    ncr = draft.get("report_type") == "NCR"
    pdf.set_font(BODY, "B", 15)
    title = "NON-COGNIZABLE OFFENCE REPORT" if ncr else "FIRST INFORMATION REPORT"
    pdf.cell(0, 8, title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(BODY, "", 9)
    if draft.get("law") == "IPC":
        basis = "(Under Section 155 Cr.P.C.)" if ncr else "(Under Section 154 Cr.P.C.)"
    else:
        section = "174" if ncr else "173"
        basis = f"(Under Section {section} of the Bharatiya Nagarik Suraksha Sanhita, 2023)"
    pdf.cell(0, 5, basis, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(BODY, "", 8)
    pdf.cell(0, 4.5, "Form IF-1 (Integrated Form)", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
    pdf.ln(2.5)


def _registration(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("1", "Registration")
    code = str(fir.get("fir_ref") or "").split("/", 1)[0]
    district = as_given(fir.get("district"), code) or as_given(draft.get("district"), code)
    station = as_given(fir.get("station"), code) or as_given(draft.get("police_station"), code)
    year = draft.get("year") or fir.get("year")
    registered = _when(fir.get("created_at"))
    date = registered.strftime("%d/%m/%Y") if registered else _text(_date(draft.get("date")))
    pdf.grid(
        ("District", "P.S.", "Year", "FIR No.", "Date"),
        [(_text(district), _text(station), _text(year), str(fir["fir_number"]), date)],
        (22, 26, 10, 24, 18),
    )


def _acts(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("2", "Acts and Sections")
    sections = draft.get("acts_and_sections") or []
    if not sections:
        pdf.field("Acts and sections", fir.get("acts_sections") or None)
        return
    rows = [
        (_roman(i), _text(s.get("act")), _section(s), _text(s.get("title")))
        for i, s in enumerate(sections, start=1)
    ]
    pdf.grid(("", "Act", "Section", "Title"), rows, (8, 18, 20, 74))


def _occurrence(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    occurrence: Mapping[str, Any] = draft.get("occurrence") or {}
    pdf.item("3", "(a) Occurrence of offence")
    pdf.field("Day", occurrence.get("day"))
    pdf.field("Date from", _date(occurrence.get("date_from")))
    pdf.field("Date to", _date(occurrence.get("date_to")))
    pdf.field("Time from", _time(occurrence.get("time_from")))
    pdf.field("Time to", _time(occurrence.get("time_to")))


def _information(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    received = _when(draft.get("information_received_at"))
    pdf.item("3", "(b) Information received at P.S.")
    pdf.field("Date", received.strftime("%d/%m/%Y") if received else None)
    pdf.field("Time", received.strftime("%H:%M IST") if received else None)
    pdf.item("3", "(c) General Diary reference")
    pdf.field("Entry No. and time", draft.get("general_diary_reference"))
    pdf.item("4", "Type of information")
    pdf.field("Written / Oral", str(draft.get("type_of_information") or "").capitalize() or None)


def _place(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    place: Mapping[str, Any] = draft.get("place") or {}
    pdf.item("5", "Place of occurrence")
    pdf.field("(a) Direction and distance from P.S.", place.get("distance_from_station"))
    pdf.field("(b) Address", fir.get("place") or place.get("address"))
    pdf.field("(c) If outside the limits of this P.S., name of P.S. and district", None)


def _complainant(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    person: Mapping[str, Any] = draft.get("complainant") or {}
    pdf.item("6", "Complainant / Informant")
    pdf.field("(a) Name", person.get("name") or fir.get("complainant_name"))
    pdf.field(f"(b) {_relation_label(person.get('relation'))}", person.get("relative_name"))
    pdf.field("(c) Age", f"{person['age']} years" if person.get("age") else None)
    pdf.field("(d) Gender", str(person.get("gender") or "").capitalize() or None)
    pdf.field("(e) Nationality", person.get("nationality"))
    pdf.field("(f) Occupation", person.get("occupation"))
    pdf.field("(g) Address", person.get("address"))
    pdf.field("(h) Phone", person.get("phone"))
    pdf.field("(i) Email", person.get("email"))


def _accused(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    accused = draft.get("accused") or []
    pdf.item("7", "Details of known / suspected / unknown accused with full particulars")
    if draft.get("accused_count"):
        pdf.field("Number of accused", draft["accused_count"])
    if not accused:
        pdf.field("Accused", None)
    for n, person in enumerate(accused, start=1):
        pdf.paragraph(f"({n}) {_accused_line(person)}")


def _delay(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("8", "Reasons for delay in reporting by the complainant / informant")
    pdf.field("Reasons", draft.get("delay_reason"))


def _property(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    items = draft.get("property") or []
    pdf.item("9", "Particulars of properties stolen / involved")
    if items:
        rows = [
            (str(n), _text(p.get("description")), _text(_rupees(p.get("value_inr"))))
            for n, p in enumerate(items, start=1)
        ]
        pdf.grid(("S. No.", "Description", "Value (Rs.)"), rows, (12, 80, 28))
    else:
        pdf.field("Property", None)
    pdf.item("10", "Total value of property stolen / involved")
    pdf.field("Total value (Rs.)", _rupees(draft.get("total_property_value_inr")))


def _inquest(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("11", "Inquest report / U.D. case No., if any")
    pdf.field("Inquest / U.D. case", draft.get("inquest_report"))


def _contents(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("12", "F.I.R. contents")
    pdf.paragraph(_text(fir.get("fir_content") or draft.get("fir_contents")))
    statement = draft.get("complainant_statement") or fir.get("complaint_text")
    if statement:
        pdf.ln(1)
        pdf.set_x(pdf.l_margin + 8)
        pdf.set_font(BODY, "B", 9)
        pdf.cell(0, LINE_H, "Statement of the complainant / informant, as given:")
        pdf.ln(LINE_H)
        pdf.paragraph(str(statement))


def _action(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("13", "Action taken")
    pdf.paragraph(_text(draft.get("action_taken")))
    pdf.paragraph(
        "F.I.R. read over to the complainant / informant, admitted to be correctly recorded "
        "and a copy given to the complainant / informant free of cost."
    )
    pdf.ln(1)
    pdf.field("Signature of officer in charge, police station", signed_by(fir))
    finalized = _when(fir.get("finalized_at"))
    pdf.field("Finalized at", finalized.strftime("%d/%m/%Y %H:%M IST") if finalized else None)
    pdf.field("Digital signature (HMAC-SHA256)", fir.get("signature"), below=True)


def _closing(pdf: FirDocument, fir: Mapping[str, Any], draft: Mapping[str, Any]) -> None:
    pdf.item("14", "Signature / thumb impression of the complainant / informant")
    pdf.ln(9)
    pdf.set_x(pdf.l_margin + 8)
    pdf.cell(70, LINE_H, "", border="T")
    pdf.ln(LINE_H)
    pdf.item("15", "Date and time of despatch to the court")
    pdf.ln(7)
    pdf.set_x(pdf.l_margin + 8)
    pdf.cell(70, LINE_H, "", border="T")
    pdf.ln(LINE_H)


# formatting ---------------------------------------------------------------


def _bold_style() -> Any:
    from fpdf.fonts import FontFace

    return FontFace(family=BODY, emphasis="BOLD", fill_color=(235, 235, 235))


def _text(value: Any) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return MISSING
    return str(value).strip()


def _when(value: Any) -> datetime | None:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(IST)


def _date(value: Any) -> str | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def _time(value: Any) -> str | None:
    return str(value)[:5] if value else None


def _rupees(value: Any) -> str | None:
    """A sum in the IF-1's tables, grouped as Indian documents write it ("1,20,000")."""
    return None if value is None else indian_grouping(float(value))


def _section(section: Mapping[str, Any]) -> str:
    sub = section.get("subsection")
    return f"{section.get('section')}({sub})" if sub else _text(section.get("section"))


def _roman(n: int) -> str:
    numerals = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
    return f"({numerals[n - 1]})" if n <= len(numerals) else f"({n})"


def _relation_label(relation: Any) -> str:
    return {
        "father": "Father's name",
        "husband": "Husband's name",
        "mother": "Mother's name",
        "guardian": "Guardian's name",
    }.get(str(relation), "Father's / Husband's name")


def _accused_line(person: Mapping[str, Any]) -> str:
    name = person.get("name") or ("Unknown" if not person.get("known") else MISSING)
    parts = [str(name)]
    if person.get("relative_name"):
        relation = {"father": "S/o", "husband": "W/o"}.get(str(person.get("relation")), "relative")
        parts.append(f"{relation} {person['relative_name']}")
    if person.get("address"):
        parts.append(f"R/o {person['address']}")
    if person.get("description"):
        parts.append(f"description: {person['description']}")
    return ", ".join(parts)
