"""What a file is, judged by its first bytes (never by its name or declared type).

Supported complaints: recordings (WAV, MP3, M4A/AAC, OGG/Opus, WebM, FLAC) and
images of letters (JPEG, PNG, WebP, TIFF, PDF). Anything else is named as well
as it can be, so the 415 answer says what was received.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MediaKind = Literal["audio", "image"]

# how many leading bytes detection needs (PDF may have junk before its header)
SNIFF_BYTES = 1024


@dataclass(frozen=True)
class MediaFormat:
    kind: MediaKind
    name: str  # short format name: wav, mp3, pdf, ...
    mime: str
    extension: str


WAV = MediaFormat("audio", "wav", "audio/wav", ".wav")
MP3 = MediaFormat("audio", "mp3", "audio/mpeg", ".mp3")
AAC = MediaFormat("audio", "aac", "audio/aac", ".aac")
M4A = MediaFormat("audio", "m4a", "audio/mp4", ".m4a")
OGG = MediaFormat("audio", "ogg", "audio/ogg", ".ogg")
WEBM = MediaFormat("audio", "webm", "audio/webm", ".webm")
FLAC = MediaFormat("audio", "flac", "audio/flac", ".flac")
JPEG = MediaFormat("image", "jpeg", "image/jpeg", ".jpg")
PNG = MediaFormat("image", "png", "image/png", ".png")
WEBP = MediaFormat("image", "webp", "image/webp", ".webp")
TIFF = MediaFormat("image", "tiff", "image/tiff", ".tif")
PDF = MediaFormat("image", "pdf", "application/pdf", ".pdf")

SUPPORTED = (WAV, MP3, AAC, M4A, OGG, WEBM, FLAC, JPEG, PNG, WEBP, TIFF, PDF)

# recognised but refused, so the error can say what arrived
_KNOWN_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"GIF8", "GIF image"),
    (b"BM", "BMP image"),
    (b"PK\x03\x04", "ZIP archive (or an office document)"),
    (b"\x7fELF", "executable program"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy office document"),
    (b"<?xml", "XML document"),
)


def detect_format(head: bytes) -> MediaFormat | None:
    """The supported format ``head`` (the file's first bytes) starts, or ``None``."""
    for check in (_riff, _iso_media, _mpeg_audio, _simple_magic):
        found = check(head)
        if found is not None:
            return found
    if b"%PDF-" in head[:SNIFF_BYTES]:
        return PDF
    return None


def describe_unknown(head: bytes) -> str:
    """A short human description of an unsupported file, for the 415 message."""
    if not head:
        return "an empty file"
    for magic, name in _KNOWN_OTHERS:
        if head.startswith(magic):
            return f"a {name}"
    if head.startswith(b"RIFF") and len(head) >= 12:
        return f"a RIFF file of type {head[8:12]!r}"
    if _looks_like_text(head):
        return "plain text (send typed complaints in the 'text' field)"
    return f"unknown binary data starting {head[:8].hex(' ')}"


def _riff(head: bytes) -> MediaFormat | None:
    if not head.startswith(b"RIFF") or len(head) < 12:
        return None
    return {b"WAVE": WAV, b"WEBP": WEBP}.get(head[8:12])


def _iso_media(head: bytes) -> MediaFormat | None:
    # ISO base media (MP4/M4A/3GP): a size, then the 'ftyp' box
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return M4A
    return None


def _mpeg_audio(head: bytes) -> MediaFormat | None:
    if head.startswith(b"ID3"):
        return MP3
    if len(head) < 2 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    layer = (head[1] >> 1) & 0b11
    return AAC if layer == 0 else MP3  # ADTS AAC has layer bits 00


def _simple_magic(head: bytes) -> MediaFormat | None:
    table: tuple[tuple[bytes, MediaFormat], ...] = (
        (b"OggS", OGG),
        (b"\x1a\x45\xdf\xa3", WEBM),
        (b"fLaC", FLAC),
        (b"\xff\xd8\xff", JPEG),
        (b"\x89PNG\r\n\x1a\n", PNG),
        (b"II*\x00", TIFF),
        (b"MM\x00*", TIFF),
    )
    for magic, found in table:
        if head.startswith(magic):
            return found
    return None


def _looks_like_text(head: bytes) -> bool:
    sample = head[:512]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:  # not just a character cut at the end
            return False
    return b"\x00" not in sample
