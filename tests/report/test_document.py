"""The report as a whole: pages, metadata, reproducibility, cancelling, writing the file."""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from cramp_desktop.report.document import ReportCancelled, build_report, render_report
from cramp_desktop.report.model import Paper, ReportSection
from cramp_desktop.report.styles import make_styles
from cramp_desktop.report.text import escape, para
from tests.file_modes import assert_private_file
from tests.report.conftest import MakeData, only, pdf_pages

shutil_which = shutil.which


def test_every_page_says_self_reported_and_page_x_of_y(make_data: MakeData) -> None:
    pdf, pages = render_report(make_data(days=90))
    texts = pdf_pages(pdf)
    assert len(texts) == pages > 1
    for number, text in enumerate(texts, start=1):
        assert "Self-reported by the patient, not clinically reviewed" in text
        assert f"Page {number} of {pages}" in text


def test_metadata_names_the_report_its_author_subject_and_language(make_data: MakeData) -> None:
    pdf, _ = render_report(make_data(days=30, language="en"))
    reader = PdfReader(BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title is not None and meta.title.startswith("Leg cramp report")
    assert meta.author == "Leg Cramp Companion"
    assert meta.subject == "Self-reported by the patient, not clinically reviewed"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_the_same_data_gives_the_same_bytes(make_data: MakeData) -> None:
    first, _ = render_report(make_data(days=60))
    again, _ = render_report(make_data(days=60))
    assert first == again
    other, _ = render_report(make_data(days=60, seed=2))
    assert other != first


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, A4), (Paper.LETTER, LETTER)])
def test_paper_size_is_applied(
    make_data: MakeData, paper: Paper, size: tuple[float, float]
) -> None:
    pdf, _ = render_report(make_data(days=30, paper=paper))
    box = PdfReader(BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(size[0]), round(size[1]))


@pytest.mark.parametrize("section", list(ReportSection))
def test_each_section_alone_gives_a_valid_report(
    make_data: MakeData, section: ReportSection
) -> None:
    pdf, pages = render_report(make_data(days=30, sections=only(section)))
    assert pages >= 1
    assert len(pdf_pages(pdf)) == pages


def test_no_sections_still_gives_a_valid_pdf(make_data: MakeData) -> None:
    pdf, pages = render_report(make_data(days=30, sections=frozenset()))
    assert pages == 1 and pdf.startswith(b"%PDF")


def test_a_cancelled_export_raises_and_leaves_the_old_file(
    make_data: MakeData, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the report from last week")
    calls: list[float] = []
    with pytest.raises(ReportCancelled):
        build_report(
            make_data(days=365), target, progress=calls.append, cancelled=lambda: len(calls) > 2
        )
    assert target.read_bytes() == b"the report from last week"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temp file left


def test_the_written_file_is_private_and_progress_reaches_one(
    make_data: MakeData, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    seen: list[float] = []
    pages = build_report(make_data(days=30), target, progress=seen.append)
    assert pages == len(PdfReader(target).pages)
    assert_private_file(target)
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_five_years_of_data_build(make_data: MakeData) -> None:
    pdf, pages = render_report(make_data(days=5 * 365))
    assert pages > 10 and pdf.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("AT&T <b>not bold</b> </para> 5 < 6", "AT&T <b>not bold</b> </para> 5 < 6"),
        ("\"quoted\" & 'single'", "\"quoted\" & 'single'"),
        ("Zażółć gęślą jaźń · Ωμέγα · Привет", "Zażółć gęślą jaźń · Ωμέγα · Привет"),
        ("bell\x07 and nul\x00 gone", "bell and nul gone"),
        ("emoji 😀 stays visible", "emoji \ufffd stays visible"),
    ],
)
def test_user_text_prints_exactly_as_typed(typed: str, printed: str) -> None:
    paragraph = para(typed, make_styles().body)
    # The Paragraph parsed our escaped markup back into exactly the typed text.
    assert "".join(str(fragment.text) for fragment in paragraph.frags) == printed


def test_line_breaks_in_notes_are_kept() -> None:
    assert escape("first line\nsecond line\r\nthird") == "first line<br/>second line<br/>third"


def test_a_very_long_patient_name_is_shortened_in_the_running_header(make_data: MakeData) -> None:
    name = "Maria-Magdalena " * 30
    pdf, _ = render_report(make_data(days=30, patient_name=name, sections=only()))
    header = pdf_pages(pdf)[0].splitlines()[0]
    assert header.startswith("Maria-Magdalena") and header.endswith("…")
    assert len(header) < len(name)


def test_both_renderers_find_ink_in_the_right_margin(
    make_data: MakeData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The layout checks render with pdftoppm where installed, else with QtPdf."""
    from reportlab.pdfgen.canvas import Canvas

    from tests.report import rendering

    clean, _ = render_report(make_data(days=30, sections=only(ReportSection.SUMMARY)))
    stray = BytesIO()
    canvas = Canvas(stray, pagesize=A4)
    canvas.drawString(A4[0] - 30, 400, "x")  # in the right margin
    canvas.save()
    for which in (shutil_which, lambda _name: None):  # as installed, then QtPdf
        monkeypatch.setattr(rendering.shutil, "which", which)
        assert rendering.pages_with_ink_in_right_margin(clean, tmp_path / "clean") == []
        assert rendering.pages_with_ink_in_right_margin(stray.getvalue(), tmp_path / "x") == [1]
