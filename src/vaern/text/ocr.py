"""Text recognition (OCR) of SMS screenshots with Debian's Tesseract (``tesseract-ocr``
with the Danish and English models, which ship in the Debian packages: nothing is fetched
at run time), driven by pytesseract.

The work is bounded: pictures over ``ocr_max_pixels`` are refused before they are decoded,
at most ``ocr_concurrency`` recognitions run at once per process, and each one is killed
after ``ocr_timeout_seconds``. The picture is never written anywhere by this module
(pytesseract hands it to tesseract through a private temporary file that it removes).
When the engine or its Danish model is missing, :class:`OcrUnavailable` says so in Danish
and English instead of failing.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import threading
from functools import lru_cache

from vaern.config import settings
from vaern.errors import DomainError, Invalid, TookTooLong, TooManyRequests
from vaern.i18n import N_

UNAVAILABLE = N_(
    "Text recognition is not available on this server. Paste the text of the message instead."
)
UNAVAILABLE_DA = (
    "Tekstgenkendelse er ikke tilgængelig på denne server. Indsæt beskedens tekst i stedet."
)
MAX_SIDE = 12_000  # pixels on the long side, whatever the pixel budget
MIN_WIDTH = 900  # smaller pictures are scaled up: Tesseract wants ~20 px letters
MAX_TEXT = 10_000


class OcrUnavailable(DomainError):
    """Text recognition is not available on this server."""

    code = "ocr-unavailable"
    status = 503

    def __init__(self) -> None:
        super().__init__(UNAVAILABLE, detail_da=UNAVAILABLE_DA)


_slots: dict[int, threading.BoundedSemaphore] = {}
_slots_lock = threading.Lock()


def _slot(limit: int) -> threading.BoundedSemaphore:
    with _slots_lock:
        return _slots.setdefault(limit, threading.BoundedSemaphore(max(1, limit)))


@lru_cache(maxsize=8)
def _engine(command: str, languages: str) -> bool:
    """True when ``command`` runs and has every model in ``languages`` (cached per pair)."""
    import pytesseract

    if shutil.which(command) is None:
        return False
    pytesseract.pytesseract.tesseract_cmd = command
    try:
        have = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError, RuntimeError):
        return False
    return all(lang in have for lang in languages.split("+"))


def available() -> bool:
    cfg = settings()
    return _engine(cfg.ocr_command, cfg.ocr_languages)


_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*[-/._?=&#%]$|\S+\.[a-z]{2,}/\S*[-/._?=&#%]$", re.I)


def tidy(raw: str) -> str:
    """Tesseract's lines as message text: blank runs dropped, and a link that the bubble
    wrapped over two lines joined again (a line ending inside a URL on ``-/._?=&#%``)."""
    lines = [" ".join(line.split()) for line in raw.replace("\x0c", "").splitlines()]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        if out and out[-1] and _URL_TAIL.search(out[-1]) and " " not in line.split(" ", 1)[0]:
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out).strip()[:MAX_TEXT]


def recognise(image: bytes, *, timeout: float | None = None) -> str:
    """The text in a PNG or JPEG screenshot. Invalid for no picture or one that is too
    large, TookTooLong after ``timeout`` (default ``ocr_timeout_seconds``); OcrUnavailable
    without the engine; TooManyRequests when every slot stays busy."""
    from PIL import Image, ImageOps, ImageStat, UnidentifiedImageError

    cfg = settings()
    if not available():
        raise OcrUnavailable()
    try:
        img = Image.open(io.BytesIO(image))
    except (UnidentifiedImageError, OSError) as exc:
        raise Invalid(N_("The picture could not be read as PNG or JPEG.")) from exc
    with img:
        width, height = img.size  # from the header: nothing is decoded yet
        if width * height > cfg.ocr_max_pixels or max(width, height) > MAX_SIDE:
            raise Invalid(N_("The picture is too large to read: send a screenshot of the message."))
        if img.format not in ("PNG", "JPEG"):
            raise Invalid(N_("The picture could not be read as PNG or JPEG."))
        try:
            gray = ImageOps.exif_transpose(img).convert("L")
        except (OSError, ValueError) as exc:
            raise Invalid(N_("The picture could not be read as PNG or JPEG.")) from exc
    if ImageStat.Stat(gray.resize((32, 32))).mean[0] < 110:
        gray = ImageOps.invert(gray)  # dark mode: Tesseract reads dark text on light
    if gray.width < MIN_WIDTH:
        factor = min(4.0, MIN_WIDTH / gray.width)
        gray = gray.resize((round(gray.width * factor), round(gray.height * factor)))
    limit = cfg.ocr_timeout_seconds if timeout is None else min(timeout, cfg.ocr_timeout_seconds)
    return tidy(_run(gray, cfg.ocr_command, cfg.ocr_languages, limit))


def _run(gray: object, command: str, languages: str, timeout: float) -> str:
    import pytesseract

    slot = _slot(settings().ocr_concurrency)
    if not slot.acquire(timeout=timeout):
        raise TooManyRequests(N_("Text recognition is busy. Try again in a minute."))
    try:
        pytesseract.pytesseract.tesseract_cmd = command
        # One thread per recognition (unless the environment says otherwise): the slots
        # bound how many run at once, and Tesseract's OpenMP threads on busy cores spun
        # most of the time (three times the CPU per screenshot on two cores, same text).
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        return str(
            pytesseract.image_to_string(gray, lang=languages, config="--psm 4", timeout=timeout)
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise TookTooLong(
            N_("The picture took too long to read: send a smaller screenshot.")
        ) from exc
    except (pytesseract.TesseractError, OSError) as exc:
        raise Invalid(N_("The picture could not be read.")) from exc
    finally:
        slot.release()
