"""reportlab's C accelerator (the rl_accel distribution, reportlab[accel]) is installed and
used: without it the PDF code silently runs pure-Python fallbacks, several times slower."""

from __future__ import annotations

import importlib.metadata

import _rl_accel
import pytest
from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import canvas as pdf_canvas

from cramp_desktop.report.styles import FONT, make_styles

# The functions a 10,000-episode report spends most of its time in without the accelerator.
HOT_FUNCTIONS = ("fp_str", "asciiBase85Encode", "instanceStringWidthTTF", "escapePDF")


def test_rl_accel_is_a_declared_dependency_and_installed() -> None:
    requirements = importlib.metadata.requires("cramp-desktop") or []
    assert any(r.replace(" ", "").startswith("reportlab[accel]") for r in requirements)
    assert importlib.metadata.version("rl_accel")


@pytest.mark.parametrize("name", HOT_FUNCTIONS)
def test_reportlab_uses_the_c_function(name: str) -> None:
    assert name not in rl_accel._py_funcs, f"{name} runs as pure Python"
    assert getattr(rl_accel, name) is getattr(_rl_accel, name)
    assert type(getattr(rl_accel, name)).__name__ == "builtin_function_or_method"


def test_the_modules_that_draw_the_report_hold_the_c_functions() -> None:
    make_styles()  # registers the report's TrueType fonts
    font = pdfmetrics.getFont(FONT)
    assert isinstance(font, ttfonts.TTFont)
    assert ttfonts.instanceStringWidthTTF is _rl_accel.instanceStringWidthTTF
    assert pdf_canvas.fp_str is _rl_accel.fp_str
    # and the C width agrees with the font's own metrics
    assert font.stringWidth("Leg cramp", 10) == pytest.approx(
        sum(font.face.getCharWidth(ord(c)) for c in "Leg cramp") * 10 / 1000
    )
