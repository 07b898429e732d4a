"""Spoken complaints for the speech-recognition evaluation (bench/asr_accuracy.py).

    python eval/media/make_speech_set.py [--out eval/media/generated/speech] [--limit 20]

Each script in spoken_complaints.jsonl is spoken by espeak-ng in three voices
(American, British, and English read by the Hindi voice: an Indian-English
accent) and saved clean and with pink noise mixed in by sox at 10 dB SNR.
Needs the Debian packages espeak-ng and sox. Writes WAVs and manifest.jsonl.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOICES = {"en-us": "en-us", "en-gb": "en-gb-x-rp", "en-in": "hi"}
SNR_DB = 10.0


def run(*args: str) -> str:
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return done.stdout + done.stderr


def rms(path: Path) -> float:
    match = re.search(r"RMS\s+amplitude:\s+([\d.]+)", run("sox", str(path), "-n", "stat"))
    assert match, f"sox stat gave no RMS for {path}"
    return float(match.group(1))


def duration(path: Path) -> float:
    return float(run("soxi", "-D", str(path)).strip())


def add_noise(clean: Path, target: Path, snr_db: float) -> None:
    noise = target.with_suffix(".noise.wav")
    seconds = f"{duration(clean):.3f}"
    rate = run("soxi", "-r", str(clean)).strip()
    run("sox", "-n", "-r", rate, "-c", "1", "-b", "16", str(noise), "synth", seconds, "pinknoise")
    scale = rms(clean) / rms(noise) / math.pow(10, snr_db / 20)
    run("sox", "-m", "-v", "1", str(clean), "-v", f"{scale:.5f}", str(noise), str(target))
    noise.unlink()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "generated" / "speech")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    for tool in ("espeak-ng", "sox", "soxi"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install espeak-ng sox")
    args.out.mkdir(parents=True, exist_ok=True)
    scripts = [json.loads(line) for line in (HERE / "spoken_complaints.jsonl").open()]
    rows = []
    for script in scripts[: args.limit]:
        for voice, espeak_voice in VOICES.items():
            clean = args.out / f"{script['id']}-{voice}-clean.wav"
            run("espeak-ng", "-v", espeak_voice, "-s", "150", "-w", str(clean), script["text"])
            noisy = args.out / f"{script['id']}-{voice}-noisy.wav"
            add_noise(clean, noisy, SNR_DB)
            for condition, path in (("clean", clean), ("noisy", noisy)):
                rows.append(
                    {
                        "id": script["id"],
                        "voice": voice,
                        "condition": condition,
                        "path": path.name,
                        "text": script["text"],
                        "seconds": duration(path),
                    }
                )
    with (args.out / "manifest.jsonl").open("w") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    print(f"{len(rows)} recordings in {args.out}")


if __name__ == "__main__":
    main()
