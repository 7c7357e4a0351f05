"""Notes in any script: right-to-left text shaped and ordered per line, CJK from a
fallback font, and a visible mark for what no bundled font can draw.

- Hebrew and Arabic: reportlab shapes each word with HarfBuzz (uharfbuzz, its "shaping"
  extra), which also puts a right-to-left word's glyphs in visual order. The words of
  each wrapped line are then put in visual order with the Unicode bidi algorithm
  (python-bidi) — per line, after wrapping, or the lines would come out in the wrong
  order. A paragraph that starts right-to-left is right-aligned.
- Characters DejaVu Sans lacks (Chinese, Japanese, Korean, ...) come from Droid Sans
  Fallback (resources/fonts, Apache-2.0; DroidSansFallback.ttf, as the "Full" variant
  has no Korean syllables); reportlab embeds only the glyphs a document
  uses, so each PDF carries a small subset, and viewers need no Asian fonts.
- Emoji, and anything neither font has, print as U+FFFD, a visible mark.

uharfbuzz and python-bidi are imported only when a report with such text is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from cramp_desktop.report.styles import FONT, register_fonts
from cramp_desktop.resources import resource_path

FALLBACK_FONT = "DroidSansFallback"
FALLBACK_FILE = "fonts/DroidSansFallback.ttf"
REPLACEMENT = "\ufffd"
ASTRAL = 0x10000
# Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms.
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_SPACES = re.compile(r"(\s+)")


@cache
def _covered(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def register_fallback_font() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(resource_path(FALLBACK_FILE))))


def in_fonts(text: str) -> list[tuple[str, bool]]:
    """`text` in runs of (piece, needs the fallback font); emoji and characters that no
    bundled font has become U+FFFD."""
    main = _covered(FONT)
    fallback_chars: frozenset[int] | None = None
    runs: list[tuple[str, bool]] = []
    for char in text:
        code = ord(char)
        fallback = False
        if code >= ASTRAL:  # emoji and rarer scripts: always the visible mark
            char = REPLACEMENT
        elif code not in main and char not in "\n\t":
            if fallback_chars is None:
                fallback_chars = _fallback_covered()
            fallback = code in fallback_chars
            char = char if fallback else REPLACEMENT
        if runs and runs[-1][1] == fallback:
            runs[-1] = (runs[-1][0] + char, fallback)
        else:
            runs.append((char, fallback))
    return runs


def _fallback_covered() -> frozenset[int]:
    register_fallback_font()
    return _covered(FALLBACK_FONT)


def paragraph(markup: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph of `markup`; one holding right-to-left text is shaped and laid out
    line by line in visual order."""
    if not RIGHT_TO_LEFT.search(markup):
        return Paragraph(markup, style, **kwargs)
    return BidiParagraph(markup, style, **kwargs)


def _base_level(markup: str) -> int:
    from bidi import get_base_level

    return int(get_base_level(re.sub(r"<[^>]*>", "", markup)))


class BidiParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose lines are put in visual order after wrapping."""

    def __init__(self, text: str, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        self.base_level = _base_level(text)
        shaped = ParagraphStyle(
            f"{style.name}-bidi",
            parent=style,
            shaping=1,
            alignment=TA_RIGHT if self.base_level else style.alignment,
        )
        _shapable_main_font()
        super().__init__(text, shaped, *args, **kwargs)

    def breakLines(self, width: Any) -> Any:
        lines = super().breakLines(width)
        if lines.kind == 1:  # lines of fragments (shaping makes every line this kind)
            for line in lines.lines:
                line.words = visual_order(line.words, self.base_level)
        return lines


@cache
def _shapable_main_font() -> None:
    register_fonts()
    pdfmetrics.getFont(FONT).shapable = True


def visual_order(fragments: Sequence[Any], base_level: int) -> list[Any]:
    """The fragments of one line cut into words and spaces and put in visual order by
    the bidi algorithm's levels (rule L2: reverse every run at or above each odd level).
    A right-to-left word's own glyphs are already in visual order from the shaper."""
    pieces = [(fragment, piece) for fragment in fragments for piece in _pieces(fragment.text)]
    if not pieces:
        return list(fragments)
    levels = _levels("".join(str(piece) for _f, piece in pieces), base_level)
    piece_levels, position = [], 0
    for _fragment, piece in pieces:
        piece_levels.append(max(levels[position : position + len(piece)], default=base_level))
        position += len(piece)
    order = list(range(len(pieces)))
    highest = max(piece_levels)
    lowest_odd = min((level for level in piece_levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = 0
        while start < len(order):
            if piece_levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and piece_levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return [pieces[k][0].clone(text=pieces[k][1]) for k in order]


def _pieces(text: str) -> list[str]:
    """Words and runs of spaces, cut by index so shaped text keeps its glyph data."""
    cuts, position = [], 0
    for part in _SPACES.split(str(text)):
        if part:
            cuts.append(text[position : position + len(part)])
            position += len(part)
    return cuts


def _levels(text: str, base_level: int) -> list[int]:
    """The embedding level of each character (the Unicode bidi algorithm, rules P to I,
    from python-bidi's reference implementation)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(char["level"]) for char in storage["chars"]]
