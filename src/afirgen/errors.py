"""Domain errors, mapped to HTTP by one handler in ``api``.

    AppError (500)
    ├── BadInput (422)
    │   ├── EmptyComplaint
    │   ├── ComplaintTooShort
    │   ├── ComplaintTooLong (413)
    │   ├── TextTooLong (413: an edit, note or field past its limit)
    │   ├── BodyTooLarge (413: the request body past its limit)
    │   ├── InvalidEncoding (400: a text field that is not UTF-8)
    │   ├── UnsupportedMedia (415)
    │   ├── CorruptMedia
    │   ├── MediaTooLarge (413)
    │   ├── UnknownSection
    │   └── IncompleteReport (IF-1 mandatory items empty at registration)
    ├── NotFound (404)
    │   ├── SessionNotFound
    │   ├── FirNotFound
    │   ├── SectionNotFound
    │   └── TaskNotFound
    ├── Conflict (409)
    │   ├── StepOutOfOrder
    │   ├── StaleReview (the step or version the officer saw is no longer current)
    │   ├── SessionNotAwaitingValidation
    │   ├── SessionClosed (410 for expired sessions)
    │   ├── FirLocked
    │   └── FirNotFinalized
    ├── PreconditionRequired (428: a change that does not name the version it was made on)
    ├── VersionMismatch (412: the record changed since that version; carries its ETag now)
    ├── AuthenticationFailed (401)
    ├── Forbidden (403: beyond the officer's role; the reason says why)
    │   └── CsrfRejected
    ├── MailRejected (502: the mail server refused; not retried)
    ├── RateLimited (429)
    │   └── TooManyFailedAuth (Retry-After: failed authentications from one address)
    └── ServiceUnavailable (503)
        ├── ModelUnavailable
        │   └── RecognitionUnavailable
        ├── ModelBusy (answered with Retry-After)
        ├── ReportUnavailable
        │   └── ReportFailed (its task failed; answered with Retry-After)
        ├── CacheUnavailable (a write whose cached copies cannot be invalidated; Retry-After)
        └── MailDeferred

Background tasks retry on ``ServiceUnavailable`` and on errors from outside this
tree (network, timeouts); any other ``AppError`` fails the task at once.

Nothing below ``api/`` raises ``HTTPException``; services raise these.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AppError(Exception):
    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers the error response carries: ``Retry-After`` when the error
        names a ``retry_after_s`` (a busy model, a failed report)."""
        retry_after = self.details.get("retry_after_s")
        return {"Retry-After": str(retry_after)} if retry_after is not None else {}


class BadInput(AppError):
    status_code = 422
    code = "bad_input"


class IncompleteReport(BadInput):
    code = "if1_incomplete"


class EmptyComplaint(BadInput):
    code = "empty_complaint"


class ComplaintTooShort(BadInput):
    code = "complaint_too_short"


class ComplaintTooLong(BadInput):
    status_code = 413
    code = "complaint_too_long"


class TextTooLong(BadInput):
    status_code = 413
    code = "text_too_long"


class BodyTooLarge(BadInput):
    status_code = 413
    code = "body_too_large"


class InvalidEncoding(BadInput):
    status_code = 400
    code = "invalid_encoding"


class UnsupportedMedia(BadInput):
    status_code = 415
    code = "unsupported_media"


class CorruptMedia(BadInput):
    """The file looks like a supported format but cannot be decoded."""

    code = "corrupt_media"


class MediaTooLarge(BadInput):
    status_code = 413
    code = "media_too_large"


class UnknownSection(BadInput):
    code = "unknown_section"


class NotFound(AppError):
    status_code = 404
    code = "not_found"


class SessionNotFound(NotFound):
    code = "session_not_found"


class FirNotFound(NotFound):
    code = "fir_not_found"


class SectionNotFound(NotFound):
    code = "section_not_found"


class TaskNotFound(NotFound):
    code = "task_not_found"


class Conflict(AppError):
    status_code = 409
    code = "conflict"


class StepOutOfOrder(Conflict):
    code = "step_out_of_order"


class StaleReview(Conflict):
    """The decision names a step or session version that is no longer current."""

    code = "stale_review"


class SessionNotAwaitingValidation(Conflict):
    code = "session_busy"


class SessionClosed(Conflict):
    code = "session_closed"


class SessionExpired(SessionClosed):
    status_code = 410
    code = "session_expired"


class FirLocked(Conflict):
    code = "fir_finalized"


class FirNotFinalized(Conflict):
    code = "fir_not_finalized"


class PreconditionRequired(AppError):
    status_code = 428
    code = "precondition_required"


class VersionMismatch(AppError):
    """The record is no longer at the version the change was made on."""

    status_code = 412
    code = "version_mismatch"

    def __init__(self, message: str, *, etag: str, **details: object) -> None:
        super().__init__(message, etag=etag, **details)
        self.etag = etag

    @property
    def headers(self) -> dict[str, str]:
        return {"ETag": self.etag}


class AuthenticationFailed(AppError):
    status_code = 401
    code = "unauthorized"

    @property
    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": "ApiKey"}


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"


class CsrfRejected(Forbidden):
    code = "csrf_rejected"


class RateLimited(AppError):
    status_code = 429
    code = "rate_limited"


class TooManyFailedAuth(RateLimited):
    """Too many wrong keys or passwords from one client address in the current window."""

    code = "too_many_failed_auth"

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message, retry_after_s=retry_after_s)
        self.retry_after_s = retry_after_s

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_s)}


class ServiceUnavailable(AppError):
    status_code = 503
    code = "unavailable"


class ModelUnavailable(ServiceUnavailable):
    code = "model_unavailable"


class RecognitionUnavailable(ModelUnavailable):
    """Speech or text recognition cannot run (model server down, models missing)."""

    code = "recognition_unavailable"


class ModelBusy(ServiceUnavailable):
    """Every slot of a model is taken and its queue is full: come back later."""

    code = "model_busy"

    def __init__(self, message: str, *, retry_after_s: int, **details: object) -> None:
        super().__init__(message, retry_after_s=retry_after_s, **details)
        self.retry_after_s = retry_after_s


class ReportUnavailable(ServiceUnavailable):
    """A report cannot be made here (no font with Devanagari installed)."""

    code = "report_unavailable"


class ReportFailed(ReportUnavailable):
    """The task making a report failed; it is made again after ``retry_after_s``."""

    code = "report_failed"

    def __init__(self, message: str, *, retry_after_s: int, **details: object) -> None:
        super().__init__(message, retry_after_s=retry_after_s, **details)
        self.retry_after_s = retry_after_s


class CacheUnavailable(ServiceUnavailable):
    """The shared cache (Redis) cannot be reached or refused a command. A read goes to
    the database instead; a write that must invalidate cached copies is refused (and
    rolled back), since a copy it cannot drop would be served after it."""

    code = "cache_unavailable"

    def __init__(self, message: str, *, retry_after_s: int = 5, **details: object) -> None:
        super().__init__(message, retry_after_s=retry_after_s, **details)
        self.retry_after_s = retry_after_s


class MailDeferred(ServiceUnavailable):
    """The mail server is unreachable or answered 4xx: try again later."""

    code = "mail_deferred"


class MailRejected(AppError):
    """The mail server refused the message for good (5xx, bad address, bad login)."""

    status_code = 502
    code = "mail_rejected"
