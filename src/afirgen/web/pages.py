"""Console pages: sign-in, the home page, taking a complaint and reviewing its draft."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sse_starlette import EventSourceResponse
from starlette.staticfiles import StaticFiles

from afirgen.api.dependencies import (
    SIGN_IN_COOKIE,
    AppServices,
    DbSession,
    ReadDbSession,
    origin_of,
)
from afirgen.api.routes.auth import clear_sign_in_cookies, set_sign_in_cookies
from afirgen.api.routes.sessions import status_view
from afirgen.domain import SessionStatus, Step
from afirgen.errors import AuthenticationFailed, BadInput, TooManyFailedAuth
from afirgen.legal.kb import charged_parts
from afirgen.services.access import ALLOWED, Action
from afirgen.web.forms import field_inputs, section_value, step_input
from afirgen.web.i18n import LANGUAGE_COOKIE, page_language, pick_language, translate
from afirgen.web.render import ENVIRONMENT, render
from afirgen.web.signin import ConsoleOfficer, ConsoleRoute

STATIC_PATH = "/static"
ONE_YEAR = 365 * 24 * 3600

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

# one message for any refused sign-in: it never says whether the name or the password was wrong
WRONG_SIGN_IN = (
    "Wrong username or password, or the account is locked. Try again or ask the administrator."
)
EXPIRED_SIGN_IN = "Your sign-in has expired. Sign in again."
TOO_MANY_SIGN_INS = "Too many failed sign-ins from this network. Try again in a few minutes."


def static_files() -> StaticFiles:
    return StaticFiles(packages=[("afirgen.web", "static")])


@router.get("/favicon.ico")
async def favicon() -> RedirectResponse:
    """Where a browser looks for the icon before (or without) reading a page's link."""
    return RedirectResponse(f"{STATIC_PATH}/favicon.svg", status_code=301)


def see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/login")
async def login_page(request: Request, expired: bool = False) -> Response:
    notice = EXPIRED_SIGN_IN if expired else None
    return render(request, "login.html", notice=notice)


@router.post("/login")
async def login(
    request: Request,
    services: AppServices,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
) -> Response:
    chosen = request.cookies.get(LANGUAGE_COOKIE)
    try:
        opened = await services.officers.sign_in(username, password, origin_of(request), chosen)
    except AuthenticationFailed:
        return render(
            request, "login.html", status_code=401, error=WRONG_SIGN_IN, username=username
        )
    except TooManyFailedAuth as exc:
        page = render(request, "login.html", status_code=429, error=TOO_MANY_SIGN_INS)
        page.headers.update(exc.headers)
        return page
    response = see("/")
    set_sign_in_cookies(request, response, opened, services.settings.sign_in_hours)
    return response


@router.post("/logout")
async def logout(
    request: Request, db: DbSession, services: AppServices, officer: ConsoleOfficer
) -> Response:
    await services.officers.sign_out(db, request.cookies.get(SIGN_IN_COOKIE), officer)
    response = see("/login")
    clear_sign_in_cookies(response)
    if officer.language:  # the sign-in page goes on in the language just used
        remember_language(response, officer.language)
    return response


def remember_language(response: Response, language: str) -> None:
    response.set_cookie(
        LANGUAGE_COOKIE, pick_language(language), ONE_YEAR, path="/", samesite="strict"
    )


def back_to(back: str) -> RedirectResponse:
    return see(back if back.startswith("/") and not back.startswith("//") else "/")


@router.post("/language")
async def choose_language(
    language: Annotated[str, Form(max_length=8)] = "en", back: str = "/"
) -> Response:
    """Before sign-in: remembered in this browser, and adopted by the officer who signs in
    at it if they have not chosen one yet."""
    response = back_to(back)
    remember_language(response, language)
    return response


@router.post("/officer/language")
async def choose_officer_language(
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    language: Annotated[str, Form(max_length=8)] = "en",
    back: str = "/",
) -> Response:
    """A signed-in officer's choice, kept on the officer: it follows them to any browser."""
    await services.officers.choose_language(db, officer, language)
    return back_to(back)


@router.get("/")
async def home(
    request: Request, db: ReadDbSession, services: AppServices, officer: ConsoleOfficer
) -> Response:
    if officer.role not in ALLOWED[Action.READ]:
        return see("/admin")
    sessions = await services.sessions.open_sessions(db, officer)
    queue = await services.sessions.open_sessions(db, officer, awaiting_sho=True)
    return render(request, "home.html", officer, sessions=sessions, queue=queue)


@router.get("/queue")
async def sho_queue(
    request: Request, db: ReadDbSession, services: AppServices, officer: ConsoleOfficer
) -> Response:
    queue = await services.sessions.open_sessions(db, officer, awaiting_sho=True)
    return render(request, "queue.html", officer, queue=queue)


@router.get("/complaints/new")
async def new_complaint(request: Request, officer: ConsoleOfficer) -> Response:
    return render(request, "new_complaint.html", officer)


@router.post("/complaints")
async def take_complaint(
    request: Request,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    complaint: Annotated[str, Form(max_length=200_000)] = "",
    media: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Text, or an uploaded file, or the browser's recording (sent as ``media``)."""
    if media is not None and media.filename:
        if complaint.strip():
            raise BadInput("give the complaint as text or as a file, not both")
        received = await services.intake.receive(media, media.filename, officer)
        started = await services.intake.start(db, received, officer)
    else:
        started = await services.intake.start_text(db, complaint, officer)
    return see(f"/complaints/{started['session_id']}")


@router.get("/complaints/{session_id}")
async def review(
    request: Request,
    session_id: str,
    db: ReadDbSession,
    services: AppServices,
    officer: ConsoleOfficer,
) -> Response:
    """One page per session: the statement beside the content of the step under review."""
    snapshot = await services.sessions.status(db, officer, session_id)
    view, data = status_view(snapshot), snapshot["data"]
    source = data.get("source") or {}
    context: dict[str, Any] = {
        "session": view,
        "statement": data.get("transcript") or source.get("text"),
        "uncertain": source.get("uncertain", []),
        "steps": list(Step),
        "can_register": officer.role in ALLOWED[Action.REGISTER],
        "sent_to_sho": _sent(data),
    }
    if view["status"] == SessionStatus.AWAITING_VALIDATION:
        context.update(step_context(Step(view["current_step"]), view["content"]))
    return render(request, "review.html", officer, **context)


def _sent(data: dict[str, Any]) -> bool:
    history = data.get("history") or []
    return bool(history) and history[-1].get("action") == "send_to_sho"


def step_context(step: Step, content: Any) -> dict[str, Any]:
    if step is Step.SUMMARY_REVIEW:
        fields = (content or {}).get("fields") or {}
        return {"field_inputs": field_inputs(fields), "doubts": fields.get("doubts", [])}
    if step is Step.VIOLATIONS_REVIEW:
        ident = content or {}
        chosen = {section_value(s) for s in ident.get("sections", [])}
        others = [c for c in ident.get("candidates", []) if section_value(c) not in chosen]
        evidence = [e for s in ident.get("sections", []) for e in s.get("evidence", [])]
        return {"sections": ident.get("sections", []), "candidates": others, "evidence": evidence}
    return {}


@router.get("/complaints/{session_id}/progress")
async def progress(
    request: Request, session_id: str, services: AppServices, officer: ConsoleOfficer
) -> EventSourceResponse:
    """Server-sent HTML: which stage runs now; ``done`` once the step awaits review."""
    async with services.database.transaction(write=False) as db:
        first = status_view(await services.sessions.status(db, officer, session_id))
    language = page_language(officer, request.cookies.get(LANGUAGE_COOKIE))
    fragment = ENVIRONMENT.get_template("progress.html")

    def text(english: str) -> str:
        return translate(language, english)

    async def stream() -> AsyncIterator[dict[str, str]]:
        view, seen = first, -1
        for _ in range(1200):  # at most ten minutes a connection
            if view["version"] != seen:
                seen = view["version"]
                html = fragment.render(session=view, lang=language, t=text)
                yield {"event": "progress", "data": html.replace("\n", " ")}
            if view["status"] != SessionStatus.PROCESSING:
                yield {"event": "done", "data": ""}
                return
            await asyncio.sleep(0.5)
            async with services.database.transaction(write=False) as db:
                view = status_view(await services.sessions.status(db, officer, session_id))

    return EventSourceResponse(stream(), ping=15)


@router.post("/complaints/{session_id}/approve")
async def approve(
    request: Request,
    session_id: str,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
) -> Response:
    snapshot = await services.sessions.status(db, officer, session_id)
    step = Step(snapshot["current_step"])
    form = await request.form()
    if form.get("step") not in (None, step.value):
        raise BadInput(f"this page showed {form.get('step')}; the session is now at {step.value}")
    edit = step_input(step, form, status_view(snapshot)["content"])
    version = str(form.get("version", ""))
    if not version.isdigit():
        raise BadInput("the review form must say the session version it showed")
    await services.sessions.validate(db, officer, session_id, True, edit, seen=(step, int(version)))
    return see(f"/complaints/{session_id}")


@router.post("/complaints/{session_id}/send")
async def send_to_sho(
    session_id: str, db: DbSession, services: AppServices, officer: ConsoleOfficer
) -> Response:
    await services.sessions.send_to_sho(db, officer, session_id)
    return see(f"/complaints/{session_id}")


@router.post("/complaints/{session_id}/regenerate")
async def regenerate(
    session_id: str,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    step: Annotated[Step, Form()],
    version: Annotated[int, Form(ge=0)],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    await services.sessions.regenerate(
        db, officer, session_id, step, note.strip() or None, version=version
    )
    return see(f"/complaints/{session_id}")


@router.get("/complaints/{session_id}/sections")
async def find_sections(
    request: Request,
    session_id: str,
    services: AppServices,
    officer: ConsoleOfficer,
    q: str = "",
) -> Response:
    """Knowledge-base search: each hit a box to tick into the sections form."""
    query = q.strip()[:200]
    hits = await services.kb_search.search(query, None, 10) if query else []
    kb = services.kb_search.kb
    choices = [
        {**hit, "subsection": sub, "title": title}
        for hit in hits
        if (section := kb.get(hit["act"], hit["number"])) is not None
        for sub, title in charged_parts(section)
    ]
    return render(
        request, "section_hits.html", officer, hits=choices, q=query, session_id=session_id
    )
