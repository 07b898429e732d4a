"""Bar charts as inline SVG (no script, no style attribute: CSP ``default-src 'self'``).

Each bar carries its number as text beside it, so no value is told by colour or
length alone; the SVG has a title and a table-like description for screen readers.
"""

from __future__ import annotations

from markupsafe import Markup, escape

ROW = 24
LABEL_WIDTH = 150
BAR_WIDTH = 200


def bar_chart(rows: list[tuple[str, int]], chart_id: str) -> Markup | None:
    """Horizontal bars, one row per label; ``None`` when there is nothing to draw."""
    if not rows:
        return None
    top = max(count for _, count in rows) or 1
    height = ROW * len(rows) + 8
    width = LABEL_WIDTH + BAR_WIDTH + 60
    summary = "; ".join(f"{label}: {count}" for label, count in rows)
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{chart_id}-d">',
        f'<desc id="{chart_id}-d">{escape(summary)}</desc>',
    ]
    for index, (label, count) in enumerate(rows):
        y = index * ROW + 4
        length = max(2, round(BAR_WIDTH * count / top))
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">'
            f"{escape(label[:22])}</text>"
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y + 2}" width="{length}" height="{ROW - 8}"/>'
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 15}">{count}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
