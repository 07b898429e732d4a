"""Files are identified by their first bytes, and refused ones are named."""

from __future__ import annotations

import pytest

from afirgen.media import describe_unknown, detect_format

HEADS = {
    b"RIFF\x24\x00\x00\x00WAVEfmt ": "wav",
    b"ID3\x04\x00\x00\x00\x00": "mp3",
    b"\xff\xfb\x90\x64\x00": "mp3",
    b"\xff\xf1\x50\x80\x02": "aac",
    b"\x00\x00\x00\x1cftypM4A \x00\x00": "m4a",
    b"OggS\x00\x02\x00\x00": "ogg",
    b"\x1a\x45\xdf\xa3\x9f\x42\x86": "webm",
    b"fLaC\x00\x00\x00\x22": "flac",
    b"\xff\xd8\xff\xe0\x00\x10JFIF": "jpeg",
    b"\x89PNG\r\n\x1a\n\x00\x00": "png",
    b"RIFF\x24\x00\x00\x00WEBPVP8 ": "webp",
    b"II*\x00\x08\x00\x00\x00": "tiff",
    b"MM\x00*\x00\x00\x00\x08": "tiff",
    b"%PDF-1.7\n%\xe2\xe3": "pdf",
    b"\r\n%PDF-1.4\n": "pdf",  # junk before the header is allowed
}


@pytest.mark.parametrize(("head", "name"), HEADS.items())
def test_supported_formats_are_detected(head: bytes, name: str) -> None:
    found = detect_format(head)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("head", "said"),
    [
        (b"", "empty"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"My phone was stolen yesterday", "plain text"),
        (b"RIFF\x24\x00\x00\x00AVI LIST", "RIFF file of type b'AVI '"),
        (b"\x00\x01\x02\x03\xfe\xfd", "unknown binary data starting 00 01 02 03"),
    ],
)
def test_unsupported_files_are_named(head: bytes, said: str) -> None:
    assert detect_format(head) is None
    assert said in describe_unknown(head)


def test_a_wav_name_does_not_make_a_wav() -> None:
    assert detect_format(b"hello, this is not audio") is None
