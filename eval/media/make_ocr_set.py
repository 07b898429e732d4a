"""Complaint letter images for the OCR evaluation (bench/ocr_accuracy.py).

    python eval/media/make_ocr_set.py [--out eval/media/generated/ocr] [--english 10]

English letters come from eval/dev/fields.jsonl, Hindi ones from hindi_letters.jsonl.
Each is rendered with Pillow in a typed and a handwriting-style font, then kept
clean, skewed (2-6 degrees, or a page turned 90 degrees), noisy (sensor noise,
speckles, blur) and low-resolution (40 % scale, JPEG quality 60).
Fonts are Debian packages: fonts-noto-core, fonts-lohit-deva, fonts-comic-neue,
fonts-deva-extra. Writes images and manifest.jsonl with the reference text.
"""

from __future__ import annotations

import argparse
import json
import random
import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FONTS = {
    ("en", "typed"): "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    ("en", "handwritten"): "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    ("hi", "typed"): "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    ("hi", "handwritten"): "/usr/share/fonts/truetype/fonts-deva-extra/kalimati.ttf",
}
CONDITIONS = ("clean", "rotated", "noisy", "lowres")
WIDTH, MARGIN, SIZE, LEADING = 1700, 90, 34, 62


def english_letters(limit: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (ROOT / "eval" / "dev" / "fields.jsonl").open()]
    letters = [r for r in rows if r.get("style") == "letter"] or rows
    return [(r["id"], _wrap(r["text"], 62, 16)) for r in letters[:limit]]


def hindi_letters() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (HERE / "hindi_letters.jsonl").open()]
    return [(r["id"], r["text"]) for r in rows]


def _wrap(text: str, width: int, max_lines: int) -> str:
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines += textwrap.wrap(paragraph, width) if paragraph.strip() else []
    return "\n".join(lines[:max_lines])


def render(text: str, font_path: str) -> Image.Image:
    font = ImageFont.truetype(font_path, SIZE)
    lines = text.splitlines()
    page = Image.new("L", (WIDTH, 2 * MARGIN + LEADING * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines):
        draw.text((MARGIN, MARGIN + index * LEADING), line, font=font, fill=20)
    return page


def degrade(page: Image.Image, condition: str, rng: random.Random) -> tuple[Image.Image, str]:
    if condition == "rotated":
        angle = rng.choice([-1, 1]) * rng.uniform(2, 6) if rng.random() < 0.75 else 90.0
        return page.rotate(angle, expand=True, fillcolor=255, resample=Image.BICUBIC), "png"
    if condition == "noisy":
        pixels = np.asarray(page.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float64)
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 28, pixels.shape)
        speckle = np.random.default_rng(rng.randrange(1 << 30)).random(pixels.shape)
        noisy = np.clip(pixels + noise, 0, 255)
        noisy[speckle < 0.01], noisy[speckle > 0.99] = 0, 255
        return Image.fromarray(noisy.astype(np.uint8)), "png"
    if condition == "lowres":
        small = page.resize((int(page.width * 0.4), int(page.height * 0.4)), Image.BILINEAR)
        return small.convert("RGB"), "jpg"
    return page, "png"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "generated" / "ocr")
    parser.add_argument("--english", type=int, default=10)
    args = parser.parse_args()
    missing = [f for f in FONTS.values() if not Path(f).exists()]
    if missing:
        raise SystemExit(
            f"fonts missing: {missing}; apt-get install fonts-noto-core fonts-comic-neue "
            "fonts-deva-extra"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    rows = []
    for lang, letters in (("en", english_letters(args.english)), ("hi", hindi_letters())):
        for letter_id, text in letters:
            for style in ("typed", "handwritten"):
                page = render(text, FONTS[(lang, style)])
                for condition in CONDITIONS:
                    image, ext = degrade(page, condition, rng)
                    name = f"{letter_id}-{style}-{condition}.{ext}"
                    image.save(args.out / name, quality=60) if ext == "jpg" else image.save(
                        args.out / name
                    )
                    rows.append(
                        {
                            "id": letter_id,
                            "lang": lang,
                            "style": style,
                            "condition": condition,
                            "path": name,
                            "text": text,
                        }
                    )
    with (args.out / "manifest.jsonl").open("w") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"{len(rows)} pages in {args.out}")


if __name__ == "__main__":
    main()
