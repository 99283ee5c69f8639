"""A bar chart of reports per day as plain SVG, rendered on the server (no script)."""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT, PAD = 600, 160, 24


def bar_chart(points: list[tuple[str, int]], *, label: str) -> str:
    peak = max((n for _, n in points), default=0) or 1
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    step = inner_w / max(len(points), 1)
    bars = []
    for i, (day, n) in enumerate(points):
        h = inner_h * n / peak
        x, y = PAD + i * step, PAD + inner_h - h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}">'
            f"<title>{escape(day)}: {n}</title></rect>"
        )
    first = escape(points[0][0]) if points else ""
    last = escape(points[-1][0]) if points else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(label)}" class="chart">'
        f'<line x1="{PAD}" y1="{PAD + inner_h}" x2="{WIDTH - PAD}" y2="{PAD + inner_h}" '
        f'stroke="currentColor"/>'
        f'<g fill="#b03a2e">{"".join(bars)}</g>'
        f'<text x="{PAD}" y="{HEIGHT - 6}" font-size="11">{first}</text>'
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - 6}" font-size="11" text-anchor="end">{last}</text>'
        f'<text x="{PAD}" y="{PAD - 8}" font-size="11">{peak}</text>'
        "</svg>"
    )
