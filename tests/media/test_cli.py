"""``afirgen generate --image/--audio FILE --json``: the draft from a letter or a
recording, with the recognised text as ``source_text``; stdout holds exactly one
JSON object (``| jq`` works), logs and progress go to stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
        "AFIRGEN_LOG_LEVEL": "INFO",  # the model loads and recognition log at INFO
    }


def test_generate_from_a_letter_image(tmp_path: Path, env: dict[str, str]) -> None:
    scan = tmp_path / "letter.png"
    scan.write_bytes(image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    result = CliRunner().invoke(app, ["generate", "--image", str(scan), "--json"], env=env)
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert "recognition.done" in result.stderr
    assert "Ajmeri Gate" in draft["source_text"]
    assert draft["fields"]["complainant"]["name"] == "Ramesh Kumar"
    assert draft["sections"], draft


def test_generate_from_a_recording(tmp_path: Path, env: dict[str, str]) -> None:
    """In a process of its own, as `afirgen generate --audio x.wav --json | jq` runs it:
    nothing written to file descriptor 1 by Python or C libraries but the JSON."""
    wav = speak(SPOKEN_COMPLAINT, tmp_path / "complaint.wav")
    command = "from afirgen.cli import app; app()"
    result = subprocess.run(
        [sys.executable, "-c", command, "generate", "--audio", str(wav), "--json"],
        env=os.environ | env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    assert result.stdout.count("\n") == 1
    assert "asr.loaded" in result.stderr
    assert "motorcycle" in draft["source_text"].lower()
    assert draft["draft"]["type_of_information"] == "oral"


def test_generate_refuses_an_image_given_as_audio(tmp_path: Path, env: dict[str, str]) -> None:
    scan = tmp_path / "letter.png"
    scan.write_bytes(image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    result = CliRunner().invoke(app, ["generate", "--audio", str(scan)], env=env)
    assert result.exit_code == 1
    assert "png" in result.output
