"""``afirgen generate --image/--audio FILE --json``: the draft from a letter or a
recording, with the recognised text as ``source_text``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afirgen.cli import app
from tests.media.samples import ENGLISH_LETTER, SPOKEN_COMPLAINT, image_bytes, letter, speak


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "AFIRGEN_LLM_BACKEND": "none",
        "AFIRGEN_DATA_DIR": str(tmp_path / "data"),
        "AFIRGEN_LOG_LEVEL": "ERROR",
    }


def test_generate_from_a_letter_image(tmp_path: Path, env: dict[str, str]) -> None:
    scan = tmp_path / "letter.png"
    scan.write_bytes(image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    result = CliRunner().invoke(app, ["generate", "--image", str(scan), "--json"], env=env)
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout.strip().splitlines()[-1])
    assert "Ajmeri Gate" in draft["source_text"]
    assert draft["fields"]["complainant"]["name"] == "Ramesh Kumar"
    assert draft["sections"], draft


def test_generate_from_a_recording(tmp_path: Path, env: dict[str, str]) -> None:
    wav = speak(SPOKEN_COMPLAINT, tmp_path / "complaint.wav")
    result = CliRunner().invoke(app, ["generate", "--audio", str(wav), "--json"], env=env)
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout.strip().splitlines()[-1])
    assert "motorcycle" in draft["source_text"].lower()
    assert draft["draft"]["type_of_information"] == "oral"


def test_generate_refuses_an_image_given_as_audio(tmp_path: Path, env: dict[str, str]) -> None:
    scan = tmp_path / "letter.png"
    scan.write_bytes(image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    result = CliRunner().invoke(app, ["generate", "--audio", str(scan)], env=env)
    assert result.exit_code == 1
    assert "png" in result.output
