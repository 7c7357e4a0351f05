"""Scripts in PDFs: every script a note may be written in prints — right-to-left text shaped
and in visual order per wrapped line, CJK from an embedded subset of the fallback font,
emoji as a visible mark — checked on real PDFs rasterised with pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cramp_desktop.report.scripts import BidiParagraph, paragraph
from cramp_desktop.report.styles import make_styles
from cramp_desktop.report.text import escape, para

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")

SAMPLES = {
    "hebrew": "הרגל שלי התכווצה בלילה",
    "arabic": "تشنج في ساقي أثناء الليل",
    "chinese": "我的腿夜里抽筋了",
    "japanese": "夜中に足がつりました",
    "korean": "밤에 다리에 쥐가 났어요",
    "greek-cyrillic": "Κράμπα ночью судорога",
}
HEBREW_WORDS = ["אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה", "עשרה"]


def _render(tmp_path: Path, name: str, text: str, *, as_before: bool = False) -> tuple[bytes, Path]:
    """`text` as the one paragraph of an A4 PDF, rasterised in grey at 150 dpi;
    `as_before`: as reports drew it before (DejaVu Sans only, no shaping or bidi)."""
    pdf = tmp_path / f"{name}.pdf"
    styles = make_styles()
    made = Paragraph(xml_escape(text), styles.body) if as_before else para(text, styles.body)
    SimpleDocTemplate(str(pdf), pagesize=A4).build([made])
    prefix = tmp_path / name
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(prefix)],
        check=True,
        timeout=60,
    )
    [image] = tmp_path.glob(f"{name}-*.pgm")
    return image.read_bytes(), pdf


def _ink(image: bytes) -> int:
    """Dark pixels of a binary PGM (P5) page: how much was drawn."""
    magic, _size, _depth, pixels = image.split(b"\n", 3)
    assert magic == b"P5"
    return sum(1 for value in pixels if value < 128)


@pytest.mark.parametrize("script", SAMPLES, ids=SAMPLES.keys())
def test_every_script_prints_its_own_glyphs(tmp_path: Path, script: str) -> None:
    """Glyphs are drawn (ink on the page), they are not the replacement mark, and where
    the old drawing was wrong (boxes, reversed or unjoined letters) the page differs."""
    text = SAMPLES[script]
    image, pdf = _render(tmp_path, script, text)
    marks, _ = _render(tmp_path, "marks", "\ufffd" * len(text))
    before, _ = _render(tmp_path, "before", text, as_before=True)
    assert _ink(image) > 100, "hardly anything was drawn"
    assert image != marks
    if script != "greek-cyrillic":  # DejaVu Sans always drew these right
        assert image != before
    assert pdf.stat().st_size < 120_000  # a subset of the fonts, never a whole font


def test_cjk_was_drawn_as_boxes_before(tmp_path: Path) -> None:
    """The attack as reported: CJK as empty boxes. Boxes are outlines, so the glyphs
    drawn now leave far more ink than the boxes did."""
    text = SAMPLES["chinese"]
    now, _ = _render(tmp_path, "now", text)
    before, _ = _render(tmp_path, "before", text, as_before=True)
    assert _ink(now) > 1.8 * _ink(before)


def test_cjk_comes_from_an_embedded_subset_of_the_fallback_font(tmp_path: Path) -> None:
    _, pdf = _render(tmp_path, "cjk", SAMPLES["chinese"] + " " + SAMPLES["korean"])
    fonts = PdfReader(pdf).pages[0]["/Resources"]["/Font"]
    names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    fallback = [name for name in names if "DroidSansFallback" in name]
    assert fallback, names
    assert all("+" in name for name in fallback), "the font must be a subset (a tag+ name)"


def test_emoji_print_as_a_visible_mark() -> None:
    assert escape("ouch 😖!") == "ouch \ufffd!"


def _visual_lines(text: str, width: float) -> list[list[str]]:
    """The words of each wrapped line in visual (left to right) order, as drawn."""
    made = paragraph(escape(text), make_styles().body)
    assert isinstance(made, BidiParagraph)
    lines = made.breakLines([width])
    return [[str(f.text) for f in line.words if str(f.text).strip()] for line in lines.lines]


def _logical(word: str) -> str:
    """A right-to-left word as typed (the shaper draws its letters right to left)."""
    return word[::-1]


def test_right_to_left_lines_keep_their_order_and_read_right_to_left() -> None:
    lines = _visual_lines(" ".join(HEBREW_WORDS), width=110)
    assert len(lines) >= 3
    # Top to bottom, each line read from the right gives the words in typed order.
    read = [_logical(word) for line in lines for word in reversed(line)]
    assert read == HEBREW_WORDS


def test_mixed_left_to_right_and_hebrew_in_one_line() -> None:
    [line] = _visual_lines("abc שלום עולם def", width=400)
    assert line[0] == "abc" and line[-1] == "def"
    assert [_logical(word) for word in line[1:3]] == ["עולם", "שלום"]


def test_arabic_is_shaped_into_joined_forms() -> None:
    [line] = _visual_lines("مرحبا بالعالم", width=400)
    joined = "".join(line)
    assert any("\ufe70" <= char <= "\ufeff" for char in joined), "letters were not joined"


def test_left_to_right_text_is_left_as_it_is() -> None:
    made = paragraph(escape("Cramp at night, 3 minutes"), make_styles().body)
    assert not isinstance(made, BidiParagraph)
