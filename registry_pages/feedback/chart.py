"""A horizontal SVG bar chart of the share of "helpful" answers, rendered on the server.

The SVG is an image with a `<title>` and a `<desc>` (its text alternative);
the page shows the same figures in a table beside it. Bars are labelled with
their numbers, so no information is given by colour alone.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

ROW_HEIGHT = 34
LABEL_WIDTH = 320
BAR_WIDTH = 360
WIDTH = LABEL_WIDTH + BAR_WIDTH + 110


def _short(text: str, limit: int = 36) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(rows, quarter) -> str:
    height = ROW_HEIGHT * len(rows) + 10
    title = _("Share of “helpful” answers per service, %(quarter)s") % {"quarter": quarter}
    desc = "; ".join(
        _("%(service)s: %(percent)s%% helpful of %(total)s answers")
        % {"service": r.service, "percent": r.helpful_percent, "total": r.total}
        for r in rows
    )
    bars = []
    for i, row in enumerate(rows):
        y = 5 + i * ROW_HEIGHT
        width = round(BAR_WIDTH * row.helpful_percent / 100)
        bars.append((
            LABEL_WIDTH - 8, y + 21, _short(row.service),
            LABEL_WIDTH, y + 4, BAR_WIDTH, ROW_HEIGHT - 10,
            LABEL_WIDTH, y + 4, width, ROW_HEIGHT - 10,
            LABEL_WIDTH + BAR_WIDTH + 8, y + 21, f"{row.helpful_percent}% ({row.helpful}/{row.total})",
        ))
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart__track"/>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar"/>'
        '<text x="{}" y="{}">{}</text>',
        bars,
    )
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {w} {h}" '
        'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        '<title id="chart-title">{title}</title><desc id="chart-desc">{desc}</desc>{body}</svg>',
        w=WIDTH, h=height, title=title, desc=desc, body=mark_safe(body),
    )
