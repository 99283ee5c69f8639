"""Test messages built here, never from real e-mails."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from vaern.messages import check


def eml(
    *,
    from_: str = '"PostNord" <no-reply@postnord-levering.com>',
    subject: str = "Din pakke venter",
    html: str = '<p>Betal told her: <a href="https://postnord-levering.com/betal">postnord.dk</a></p>',
    auth: str = "mx.example.dk; spf=fail smtp.mailfrom=postnord-levering.com; dmarc=fail header.from=postnord-levering.com",
    reply_to: str | None = None,
    attachment: str | None = None,
) -> bytes:
    boundary = "XYZ"
    parts = [
        f"From: {from_}",
        "To: person@example.dk",
        f"Subject: {subject}",
        f"Authentication-Results: {auth}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
    ]
    if reply_to:
        parts.append(f"Reply-To: {reply_to}")
    body = [
        "",
        f"--{boundary}",
        "Content-Type: text/html; charset=utf-8",
        "",
        html,
    ]
    if attachment:
        body += [
            f"--{boundary}",
            f'Content-Type: application/octet-stream; name="{attachment}"',
            f'Content-Disposition: attachment; filename="{attachment}"',
            "Content-Transfer-Encoding: base64",
            "",
            "AAAA",
        ]
    body.append(f"--{boundary}--")
    return "\r\n".join(parts + body).encode()


def qr_png(text: str) -> bytes:
    image = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
    out = io.BytesIO()
    Image.fromarray(image).convert("L").save(out, format="PNG") if not isinstance(
        image, Image.Image
    ) else image.save(out, format="PNG")
    return out.getvalue()


def blank_png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (60, 60), 255).save(out, format="PNG")
    return out.getvalue()


def verdict_and_codes(text: str, channel: str) -> tuple[str, set[str]]:
    """The check's verdict of a text and the codes of its reasons."""
    result = check(text, channel=channel)
    return result["verdict"], {r["code"] for r in result["reasons"]}
