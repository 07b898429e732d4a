"""SMTP client: sends one message, and says whether a failure is worth retrying.

``smtplib`` runs in a thread so the event loop stays free. A 4xx answer, a
dropped connection or a timeout raises :class:`MailDeferred` (retried); a 5xx
answer or a refused login raises :class:`MailRejected` (not retried).
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Literal

import structlog

from afirgen.config import Settings
from afirgen.errors import MailDeferred, MailRejected

log = structlog.get_logger(__name__)

TlsMode = Literal["starttls", "ssl", "none"]


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    tls: TlsMode
    username: str | None
    password: str | None
    timeout_s: float
    sender: str

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpConfig | None:
        if not settings.smtp_host or not settings.mail_from:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            tls=settings.smtp_tls,
            username=settings.smtp_username,
            password=settings.smtp_password,
            timeout_s=settings.smtp_timeout_s,
            sender=settings.mail_from,
        )


class Mailer:
    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    @property
    def sender(self) -> str:
        return self.config.sender

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send, message)

    def _send(self, message: EmailMessage) -> None:
        try:
            with self._connect() as smtp:
                if self.config.username:
                    smtp.login(self.config.username, self.config.password or "")
                smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            _raise_for(min(codes), f"recipient refused: {exc.recipients}")
        except smtplib.SMTPAuthenticationError as exc:
            raise MailRejected(f"the mail server refused the login: {exc.smtp_code}") from exc
        except smtplib.SMTPResponseException as exc:
            _raise_for(exc.smtp_code, _reply_text(exc))
        except (smtplib.SMTPException, OSError) as exc:
            raise MailDeferred(f"mail server unreachable: {type(exc).__name__}: {exc}") from exc

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        if config.tls == "ssl":
            context = ssl.create_default_context()
            return smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout_s, context=context
            )
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)
        if config.tls == "starttls":
            try:
                smtp.starttls(context=ssl.create_default_context())
            except BaseException:
                smtp.close()
                raise
        return smtp


def _reply_text(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
    return f"{exc.smtp_code} {text}".strip()


def _raise_for(code: int, detail: str) -> None:
    if 400 <= code < 500:
        raise MailDeferred(f"the mail server deferred the message: {detail}", smtp_code=code)
    raise MailRejected(f"the mail server rejected the message: {detail}", smtp_code=code)
