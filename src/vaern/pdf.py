"""Evidence PDFs (cases, campaigns): a title, lines of facts and tables, built with
reportlab. ``invariant`` keeps the bytes reproducible, so a recorded hash can be checked."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# (heading, column headers, rows, column widths in cm)
Section = tuple[str, list[str], list[list[Any]], list[float]]
# (heading, [(subheading, paragraphs)]): free text after the tables
Block = tuple[str, list[tuple[str, list[str]]]]
# (caption, image bytes): pictures embedded at the end (PNG or JPEG)
Picture = tuple[str, bytes]
MAX_PICTURE = (16 * cm, 20 * cm)


def _picture(data: bytes) -> Image:
    """An embedded image scaled down (never up) to fit the page."""
    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(1.0, MAX_PICTURE[0] / width, MAX_PICTURE[1] / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def document(
    *,
    title: str,
    lines: list[str],
    sections: list[Section],
    blocks: list[Block] | None = None,
    pictures: list[Picture] | None = None,
    pictures_heading: str = "Images",
    none_text: str = "None.",
) -> bytes:
    styles = getSampleStyleSheet()
    small = styles["BodyText"]
    cell = ParagraphStyle("cell", parent=small, fontSize=8, leading=10)

    def p(text: Any, style: ParagraphStyle = small) -> Paragraph:
        return Paragraph(escape(str(text if text is not None else "-")), style)

    def table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        cells = [[p(h, cell) for h in header]] + [[p(c, cell) for c in r] for r in rows]
        t = Table(cells, repeatRows=1, colWidths=[w * cm for w in widths])
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    story: list[Any] = [Paragraph(escape(title), styles["Title"])]
    story += [p(line) for line in lines]
    for heading, header, rows, widths in sections:
        story += [Spacer(1, 10), Paragraph(escape(heading), styles["Heading2"])]
        story.append(table(header, rows, widths) if rows else p(none_text))
    for heading, items in blocks or []:
        story += [Spacer(1, 10), Paragraph(escape(heading), styles["Heading2"])]
        for subheading, paragraphs in items:
            story.append(Paragraph(escape(subheading), styles["Heading3"]))
            story += [p(text) for text in paragraphs]
        if not items:
            story.append(p(none_text))
    if pictures:
        story += [Spacer(1, 10), Paragraph(escape(pictures_heading), styles["Heading2"])]
        for caption, data in pictures:
            story += [Paragraph(escape(caption), styles["Heading3"]), _picture(data)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=title, invariant=1).build(story)
    return out.getvalue()
