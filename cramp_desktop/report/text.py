"""User text on its way into a Paragraph: escaped, so it prints exactly as typed, in any
script (report/scripts.py: fallback font, right-to-left lines)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cramp_desktop.report.scripts import FALLBACK_FONT, in_fonts, paragraph

# Control characters other than tab and newline have no place in a PDF text run.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape(text: str) -> str:
    """Paragraph markup for plain `text`: `&`, `<`, `>` and quotes literal, line breaks
    kept; characters DejaVu Sans lacks in the fallback font, and what no bundled font
    has (emoji) as U+FFFD."""
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if cleaned.isascii():
        return _plain(cleaned)
    return "".join(
        f'<font face="{FALLBACK_FONT}">{_plain(piece)}</font>' if fallback else _plain(piece)
        for piece, fallback in in_fonts(cleaned)
    )


def _plain(text: str) -> str:
    return _xml_escape(text, {'"': "&quot;"}).replace("\t", " ").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (never markup)."""
    return paragraph(escape(text), style)


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A Paragraph from our own trusted markup `template` with escaped user `values`
    filled into `{name}` fields."""
    return paragraph(template.format(**{k: escape(v) for k, v in values.items()}), style)
