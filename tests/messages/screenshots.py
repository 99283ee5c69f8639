"""Synthetic SMS screenshots for the OCR tests and benchmark: a phone-sized PNG with a
status bar, the sender's name, a time stamp and the message in a grey bubble (links in
blue), drawn with Pillow and Debian's DejaVu Sans. Dark mode inverts the colours."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
WIDTH = 1080


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def available() -> bool:
    return (FONT_DIR / "DejaVuSans.ttf").exists()


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            # A word longer than the bubble (a link) is broken where it no longer fits.
            while draw.textlength(word, font=font) > width:
                cut = len(word)
                while draw.textlength(word[:cut], font=font) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def sms_screenshot(
    text: str,
    *,
    sender: str = "+45 20 30 40 50",
    time: str = "I dag 10:12",
    dark: bool = False,
    font_size: int = 40,
    qr: Image.Image | None = None,
    jpeg_quality: int | None = None,
) -> bytes:
    """PNG (or, with ``jpeg_quality``, JPEG) bytes of a phone screenshot of one SMS."""
    bg, fg, bubble, muted, link = (
        ((0, 0, 0), (235, 235, 235), (38, 38, 40), (150, 150, 150), (90, 160, 255))
        if dark
        else ((255, 255, 255), (0, 0, 0), (229, 229, 234), (120, 120, 128), (0, 80, 200))
    )
    body = _font(font_size)
    probe = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    lines = _wrap(probe, text, body, WIDTH - 260)
    line_h = int(font_size * 1.3)
    bubble_h = line_h * len(lines) + 60
    qr_h = qr.height + 40 if qr is not None else 0
    height = 420 + bubble_h + qr_h + 200
    img = Image.new("RGB", (WIDTH, height), bg)
    d = ImageDraw.Draw(img)
    d.text((60, 30), "09:41", font=_font(34, bold=True), fill=fg)
    d.text((WIDTH - 220, 30), "5G  87%", font=_font(34), fill=fg)
    d.line((0, 110, WIDTH, 110), fill=muted, width=1)
    d.text((WIDTH // 2, 150), sender, font=_font(42, bold=True), fill=fg, anchor="mt")
    d.text((WIDTH // 2, 215), "Sms", font=_font(30), fill=muted, anchor="mt")
    d.line((0, 270, WIDTH, 270), fill=muted, width=1)
    d.text((WIDTH // 2, 310), time, font=_font(30), fill=muted, anchor="mt")
    top = 380
    d.rounded_rectangle((40, top, WIDTH - 180, top + bubble_h), radius=40, fill=bubble)
    y = top + 30
    for line in lines:
        x = 80
        for i, word in enumerate(line.split(" ")):
            piece = word if i == 0 else " " + word
            is_link = word.startswith(("http", "www.")) or ("/" in word and "." in word)
            d.text((x, y), piece, font=body, fill=link if is_link else fg)
            x += int(d.textlength(piece, font=body))
        y += line_h
    if qr is not None:
        img.paste(qr.convert("RGB"), (80, top + bubble_h + 20))
    d.text((60, height - 120), "Sms-besked", font=_font(30), fill=muted)
    out = io.BytesIO()
    if jpeg_quality is not None:
        img.save(out, format="JPEG", quality=jpeg_quality)
    else:
        img.save(out, format="PNG")
    return out.getvalue()


# Danish scam texts (synthetic) with æøå, amounts and links, for tests and the benchmark.
SCAMS = [
    "MitID: Din adgang er spærret. Bekræft dine oplysninger inden kl. 18 på "
    "https://mitid-bekraeft.dk-login.com/sikker for at undgå lukning.",
    "Skattestyrelsen: Du har 4.325,50 kr. til gode. Udfyld dine kortoplysninger på "
    "www.skat-refusion-dk.com/tilbagebetal så overfører vi beløbet i dag.",
    "PostNord: Din pakke kan ikke leveres. Betal 19,50 kr. i told her: "
    "https://postnord-levering.info/betal?id=8841 Pakken returneres efter 24 timer.",
    "Nets: Dit betalingskort er blevet spærret på grund af mistænkelig aktivitet. "
    "Genaktivér kortet på https://nets-genaktiver.com/kort inden 2 timer, ellers lukkes det.",
    "Hej mor, min telefon gik i stykker, det er mit nye nummer. Kan du overføre 3.800 kr. "
    "til mig? Jeg betaler tilbage i morgen. Skriv på 51 62 73 84.",
    "e-Boks: Du har modtaget et vigtigt brev fra Udbetaling Danmark. Log på med MitID "
    "for at se det: https://eboks-post.net/log-paa",
]
CHROME = {"09:41 5G 87%", "Sms", "Sms-besked"}


def bubble_text(
    ocr_text: str, *, sender: str = "+45 20 30 40 50", time: str = "I dag 10:12"
) -> str:
    """The OCR text without the phone's own lines (status bar, header, time stamp)."""
    skip = CHROME | {sender, time}
    return " ".join(
        line for line in ocr_text.splitlines() if line.strip() and line.strip() not in skip
    )


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def char_accuracy(expected: str, got: str) -> float:
    """1 - character error rate (Levenshtein distance over the expected length)."""
    exp = " ".join(expected.split())
    return max(0.0, 1 - edit_distance(exp, " ".join(got.split())) / len(exp))
