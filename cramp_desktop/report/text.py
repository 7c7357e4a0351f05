"""User text on its way into a Paragraph: escaped, so it prints exactly as typed."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Control characters other than tab and newline have no place in a PDF text run.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Beyond the Basic Multilingual Plane (emoji and rarer scripts) the bundled font has no
# glyphs; print the replacement character rather than nothing.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def escape(text: str) -> str:
    """Paragraph markup for plain `text`: `&`, `<`, `>` and quotes literal, line breaks kept."""
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    cleaned = _ASTRAL.sub("\ufffd", cleaned)
    return _xml_escape(cleaned, {'"': "&quot;"}).replace("\t", " ").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (never markup)."""
    return Paragraph(escape(text), style)


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A Paragraph from our own trusted markup `template` with escaped user `values`
    filled into `{name}` fields."""
    return Paragraph(template.format(**{k: escape(v) for k, v in values.items()}), style)
