"""Templates and what every page is rendered with: the officer, language, CSRF token."""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from afirgen.api.dependencies import CSRF_COOKIE
from afirgen.services.access import Actor
from afirgen.web.i18n import (
    LANGUAGE_COOKIE,
    field_label,
    format_date,
    format_datetime,
    history_item,
    history_note,
    page_language,
    section_reason,
    section_title,
    translate,
)

NUMBER = re.compile(r"\d[\d,./:-]*")


def mark_statement(text: str | None, uncertain: list[dict[str, Any]] | None = None) -> Markup:
    """The statement with unsure words in ``<mark>`` and numbers in ``<span class=num>``."""
    unsure = {str(u.get("word") or u.get("text") or "").lower() for u in uncertain or []}
    unsure.discard("")
    out: list[str] = []
    for token in re.split(r"(\s+)", text or ""):
        safe = str(escape(token))
        if token.strip().lower().strip(".,;:!?") in unsure:
            out.append(f'<mark class="unsure" title="low confidence">{safe}</mark>')
        elif NUMBER.search(token):
            out.append(NUMBER.sub(lambda m: f'<span class="num">{m.group(0)}</span>', safe))
        else:
            out.append(safe)
    return Markup("".join(out))


def highlight(text: str | None, phrases: list[str]) -> Markup:
    """``text`` with each evidence phrase in ``<mark class=evidence>``."""
    safe = str(escape(text or ""))
    for phrase in sorted({p for p in phrases if p and len(p) > 2}, key=len, reverse=True):
        quoted = str(escape(phrase))
        safe = safe.replace(quoted, f'<mark class="evidence">{quoted}</mark>')
    return Markup(safe)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("afirgen.web", "templates"),
        autoescape=select_autoescape(("html",)),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dmy"] = format_date
    env.filters["dmy_time"] = format_datetime
    env.globals["mark_statement"] = mark_statement
    env.globals["highlight"] = highlight
    return env


ENVIRONMENT = _environment()


def render(
    request: Request,
    template: str,
    actor: Actor | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    language = page_language(actor, request.cookies.get(LANGUAGE_COOKIE))
    page = ENVIRONMENT.get_template(template).render(
        request=request,
        officer=actor,
        lang=language,
        t=lambda text: translate(language, text),
        field_label=lambda path, row=None: field_label(language, path, row),
        title=lambda section: section_title(language, section),
        reason=lambda text: section_reason(language, text),
        history_note=lambda note: history_note(language, note),
        history_item=lambda name: history_item(language, name),
        csrf_token=request.cookies.get(CSRF_COOKIE, ""),
        **context,
    )
    return HTMLResponse(page, status_code=status_code)
