"""Reading QR codes from uploaded pictures with bounded work (issue 17, item 4).

A PNG of a few hundred kilobytes can declare a billion pixels (a decompression bomb). The
size is read from the header first and a picture over the pixel budget is refused (422)
before anything is decoded; the decoding itself runs in a child process with an address
space limit, a CPU limit and a wall-clock timeout, so a picture that still costs too much
kills only that child, never the server. At most ``ocr_concurrency`` decodings run at once.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from functools import lru_cache
from pathlib import Path

from vaern.config import settings
from vaern.errors import Invalid, TookTooLong, TooManyRequests
from vaern.i18n import N_

MAX_SIDE = 12_000  # pixels on the long side, whatever the pixel budget
MEMORY_BYTES = 512 * 1024 * 1024  # what the decoding child may map beyond its libraries
TIMEOUT_SECONDS = 10.0
# Run as a script, not as a module of this package: it imports only Pillow and zxing-cpp
# (-P: its folder is not put on the path, where module names could shadow others).
CHILD = Path(__file__).with_name("qr_child.py")
UNREADABLE = N_("The picture could not be read as PNG or JPEG.")
TOO_SLOW = N_("The picture took too long to read: send a smaller screenshot.")
TOO_LARGE = N_("The picture is too large to read: send a screenshot of the message.")


@lru_cache(maxsize=1)
def _slots() -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(max(1, settings().ocr_concurrency))


def too_large(width: int, height: int, *, max_pixels: int) -> bool:
    """Whether a picture of this size (from its header) is over the decoding budget."""
    return width * height > max_pixels or max(width, height) > MAX_SIDE


def check_header(image: bytes, *, max_pixels: int) -> None:
    """Invalid unless ``image`` is a PNG or JPEG within the pixel budget; decodes nothing."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image)) as img:
            width, height = img.size
            kind = img.format
    except Image.DecompressionBombError as exc:  # Pillow's own limit, far above ours
        raise Invalid(TOO_LARGE) from exc
    except (UnidentifiedImageError, OSError) as exc:
        raise Invalid(UNREADABLE) from exc
    if kind not in ("PNG", "JPEG"):
        raise Invalid(UNREADABLE)
    if too_large(width, height, max_pixels=max_pixels):
        raise Invalid(TOO_LARGE)


def decode_qr(
    image: bytes, *, memory_bytes: int = MEMORY_BYTES, timeout: float = TIMEOUT_SECONDS
) -> list[str]:
    """Texts of every QR code in a PNG/JPEG picture; Invalid when it is no picture, too
    large, or its decoding runs out of memory or time."""
    check_header(image, max_pixels=settings().ocr_max_pixels)
    if not _slots().acquire(timeout=timeout):
        raise TooManyRequests(N_("Text recognition is busy. Try again in a minute."))
    try:
        done = subprocess.run(  # noqa: S603 - our own module, fixed arguments
            [sys.executable, "-P", str(CHILD), str(memory_bytes), str(timeout)],
            input=image,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:  # run() has killed the child
        raise TookTooLong(TOO_SLOW) from exc
    finally:
        _slots().release()
    if done.returncode != 0:
        raise Invalid(UNREADABLE)
    return [str(text) for text in json.loads(done.stdout)]
