"""Text recognition of SMS screenshots: character accuracy and time per picture.

Synthetic phone screenshots (tests/messages/screenshots.py: Pillow, DejaVu Sans) of six
Danish scam texts with æøå, amounts and links, each in light and dark mode, as PNG with
40 px letters, as JPEG (quality 70) with 32 px letters, and, harder, as a forwarded copy
shrunk to 60 % (648 px wide, ~17 px letters) and saved as JPEG quality 50: 36 pictures. Accuracy is
1 - Levenshtein distance / length over the message text (the phone's status bar, header
and time stamp are left out); the link domain and the check's verdict are compared with
those of the pasted text."""

from __future__ import annotations

import io
import os
import time

TITLE = "OCR of SMS screenshots (Tesseract 5, dan+eng)"


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _shrunk(png: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        small = img.resize((int(img.width * 0.6), int(img.height * 0.6)))
    out = io.BytesIO()
    small.save(out, format="JPEG", quality=50)
    return out.getvalue()


def run() -> list[tuple[str, str]]:
    from tests.messages.screenshots import SCAMS, bubble_text, char_accuracy, sms_screenshot

    from vaern.messages import check
    from vaern.text import ocr
    from vaern.text.links import link_hosts

    if not ocr.available():
        raise RuntimeError("tesseract-ocr-dan is missing: scripts/ensure-system-packages.sh")
    figures = [("load average (1/5/15 min) at start", _load())]
    variants = [
        (dark, size, quality)
        for dark in (False, True)
        for size, quality in ((40, None), (32, 70), (28, 0))
    ]
    accuracies: list[float] = []
    domains_ok = verdicts_ok = total = 0
    seconds = 0.0
    for text in SCAMS:
        pasted = check(text, channel="sms")
        want = set(link_hosts(text))
        for dark, size, quality in variants:
            picture = sms_screenshot(text, dark=dark, font_size=size, jpeg_quality=quality or None)
            if quality == 0:
                picture = _shrunk(picture)
            start = time.perf_counter()
            got = ocr.recognise(picture)
            seconds += time.perf_counter() - start
            accuracies.append(char_accuracy(text, bubble_text(got)))
            found = set(link_hosts(got))
            domains_ok += want <= found
            verdicts_ok += check(got, channel="sms")["verdict"] == pasted["verdict"]
            total += 1
    figures += [
        (
            "pictures",
            f"{total}: 6 texts × light/dark × (PNG 40 px, JPEG q70 32 px, shrunk JPEG q50 ~17 px)",
        ),
        ("mean character accuracy", f"{sum(accuracies) / total:.2%}"),
        ("lowest character accuracy", f"{min(accuracies):.2%}"),
        ("link domains read exactly", f"{domains_ok}/{total}"),
        ("same verdict as the pasted text", f"{verdicts_ok}/{total}"),
        ("mean time per picture (one recognition at a time)", f"{seconds / total:.2f} s"),
        ("load average at end", _load()),
    ]
    return figures
