"""Fonts and paragraph styles: DejaVu Sans throughout (accents, Polish, Greek, Cyrillic,
Hebrew, Arabic); report/scripts.py adds the CJK fallback font and marks what no bundled
font has."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, black, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cramp_desktop.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
# Greys only: the report must read the same printed in black and white.
INK = black
MUTED = Color(0.35, 0.35, 0.35)
RULE = Color(0.6, 0.6, 0.6)
SHADE = Color(0.92, 0.92, 0.92)
PAPER = white


@cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    box: ParagraphStyle  # text inside a framed box ("Topics to discuss")


def make_styles() -> Styles:
    register_fonts()

    def style(name: str, size: float, *, bold: bool = False, **extra: object) -> ParagraphStyle:
        settings: dict[str, object] = {"textColor": INK, **extra}
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=round(size * 1.35, 1),
            **settings,
        )

    return Styles(
        title=style("title", 18, bold=True, spaceAfter=4),
        h1=style("h1", 14, bold=True, spaceBefore=10, spaceAfter=6, keepWithNext=1),
        h2=style("h2", 11.5, bold=True, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        body=style("body", 10, spaceAfter=4),
        small=style("small", 8.5, spaceAfter=2),
        muted=style("muted", 8.5, textColor=MUTED, spaceAfter=2),
        cell=style("cell", 8.5, splitLongWords=1),
        cell_bold=style("cell_bold", 8.5, bold=True),
        box=style("box", 10, spaceAfter=3, leftIndent=0),
    )
