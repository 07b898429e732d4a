"""Photos and scans of letters turned into clean page images for OCR.

JPEG, PNG, WebP and (multi-page) TIFF are read with Pillow, PDFs are rendered
with PDFium at 300 dpi. Each page is turned upright by its EXIF orientation,
made grey, enlarged when its text would be too small for Tesseract, cleaned of
speckle noise when it is noisy, and straightened when it is skewed.

Pixels are capped before any bitmap is made: a PDF page is rendered at a lower
resolution when 300 dpi would pass ``MAX_OCR_PIXELS`` (a 195-byte PDF can declare a
7200-point page), and a narrow strip is enlarged only as far as ``MAX_OCR_PIXELS``
(a 100x20000 PNG would otherwise become 1600x320000).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter, ImageOps, ImageSequence

from afirgen.errors import CorruptMedia, MediaTooLarge
from afirgen.media.formats import PDF, MediaFormat

PDF_DPI = 300
MAX_PIXELS = 60_000_000  # a 300-dpi A3 page is 17.4 Mpx; anything far above is a bomb
MAX_OCR_PIXELS = 40_000_000  # a page prepared for Tesseract, after enlarging
MIN_WIDTH = 1600  # a letter photographed smaller than this is enlarged for OCR
MAX_SKEW_DEG = 8.0


@dataclass(frozen=True)
class PageInfo:
    pages: int


def probe_pages(path: Path, fmt: MediaFormat, max_pages: int) -> PageInfo:
    """Check the file opens, decodes and has no more than ``max_pages`` pages."""
    if fmt == PDF:
        count = _probe_pdf(path)
    else:
        with _open_image(path) as image:
            try:
                count = getattr(image, "n_frames", 1)
                image.load()
            except (OSError, SyntaxError, ValueError) as exc:
                raise CorruptMedia(f"the {fmt.name} image cannot be decoded: {exc}") from exc
    if count > max_pages:
        raise MediaTooLarge(
            f"the document has {count} pages; the limit is {max_pages}", limit_pages=max_pages
        )
    return PageInfo(pages=count)


def load_pages(path: Path, fmt: MediaFormat, max_pages: int) -> list[Image.Image]:
    """Every page, upright and in greyscale, at most ``max_pages``."""
    pages = list(_render_pdf(path, max_pages) if fmt == PDF else _image_frames(path, max_pages))
    if not pages:
        raise CorruptMedia("the document has no pages")
    return pages


def prepare_page(page: Image.Image) -> Image.Image:
    """Greyscale page -> the image Tesseract reads best (it binarizes with Otsu itself)."""
    grey = ImageOps.autocontrast(page.convert("L"), cutoff=1)
    if grey.width < MIN_WIDTH:
        scale = min(MIN_WIDTH / grey.width, _scale_within(grey.width, grey.height, MAX_OCR_PIXELS))
        if scale > 1:
            size = (round(grey.width * scale), round(grey.height * scale))
            grey = grey.resize(size, Image.Resampling.LANCZOS)
    if is_noisy(grey):
        grey = grey.filter(ImageFilter.MedianFilter(3))
    angle = estimate_skew(grey)
    if abs(angle) >= 0.3:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return grey


def _scale_within(width: float, height: float, max_pixels: int) -> float:
    """The largest scale at which a ``width`` x ``height`` page stays within ``max_pixels``."""
    return float(np.sqrt(max_pixels / max(1.0, width * height))) * 0.999  # rounding up stays in


def binarize(grey: Image.Image) -> Image.Image:
    """Black text on white by Otsu's threshold (used by skew estimation and callers)."""
    pixels = np.asarray(grey, dtype=np.uint8)
    return Image.fromarray(np.where(pixels > otsu_threshold(pixels), 255, 0).astype(np.uint8))


def otsu_threshold(pixels: npt.NDArray[np.uint8]) -> int:
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    weights = np.cumsum(histogram)
    means = np.cumsum(histogram * np.arange(256))
    total_w, total_m = weights[-1], means[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_m * weights - means * total_w) ** 2 / (weights * (total_w - weights))
    if not np.isfinite(between).any():  # one grey level only (a blank page): nothing to split
        return 127
    return int(np.nanargmax(between))


def is_noisy(grey: Image.Image) -> bool:
    """Sensor noise or speckles on the paper (not the edges of the letters).

    Measured on the paper only, where a 3x3 median is light: the residue there is
    zero on clean scans and photos, large on noisy ones (eval/media: p90 of the
    residue 0-4 clean or low-resolution, 32 noisy).
    """
    pixels = np.asarray(grey, dtype=np.int16)
    median = np.asarray(grey.filter(ImageFilter.MedianFilter(3)), dtype=np.int16)
    residue = np.abs(pixels - median)[median > 180]
    if residue.size < 1000:  # hardly any paper to judge by
        return False
    return float(np.percentile(residue, 90)) > 12 or float(np.mean(residue > 100)) > 0.008


def estimate_skew(grey: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Projection profiles: the angle at which the row sums of the ink are most
    uneven is the one at which the lines are level.
    """
    small = grey.copy()
    small.thumbnail((1000, 1000))
    ink = Image.fromarray(255 - np.asarray(binarize(small), dtype=np.uint8))
    best, best_score = 0.0, -1.0
    for coarse in np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 0.01, 1.0):
        best, best_score = _better(ink, float(coarse), best, best_score)
    for fine in np.arange(best - 0.8, best + 0.81, 0.2):
        best, best_score = _better(ink, float(fine), best, best_score)
    return round(best, 1)


def _better(ink: Image.Image, angle: float, best: float, score: float) -> tuple[float, float]:
    rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float64)
    profile = rows.sum(axis=1)
    candidate = float(np.var(profile))
    # a tie keeps the smaller rotation
    if candidate > score * 1.0001 or (candidate >= score and abs(angle) < abs(best)):
        return angle, candidate
    return best, score


def _open_image(path: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():  # Pillow warns below its hard limit; refuse instead
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaTooLarge(f"the image is too large: {exc}") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptMedia(f"the image cannot be decoded: {exc}") from exc
    if image.width * image.height > MAX_PIXELS:
        image.close()
        raise MediaTooLarge(
            f"the image is {image.width}x{image.height} pixels; the limit is {MAX_PIXELS} pixels"
        )
    return image


def _image_frames(path: Path, max_pages: int) -> Iterator[Image.Image]:
    with _open_image(path) as image:
        try:
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= max_pages:
                    return
                upright = ImageOps.exif_transpose(frame.copy())
                yield _flatten(upright)
        except (OSError, SyntaxError, ValueError) as exc:
            raise CorruptMedia(f"the image cannot be decoded: {exc}") from exc


def _flatten(image: Image.Image) -> Image.Image:
    """Transparent pixels become white paper, then greyscale."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return image.convert("L")


def _probe_pdf(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise CorruptMedia(f"the PDF cannot be opened: {exc}") from exc
    try:
        count = len(document)
        if count == 0:
            raise CorruptMedia("the PDF has no pages")
        return count
    finally:
        document.close()


def _render_pdf(path: Path, max_pages: int) -> Iterator[Image.Image]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise CorruptMedia(f"the PDF cannot be opened: {exc}") from exc
    try:
        for index in range(min(len(document), max_pages)):
            page = document[index]
            width, height = page.get_size()  # points
            scale = min(PDF_DPI / 72, _scale_within(width, height, MAX_OCR_PIXELS))
            bitmap = page.render(scale=scale, grayscale=True)
            yield bitmap.to_pil().convert("L")
    finally:
        document.close()
