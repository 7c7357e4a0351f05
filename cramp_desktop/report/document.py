"""Assemble the report: page templates, header and footer, sections, metadata, the file.

Output is reproducible (reportlab's invariant mode): the same data gives the same bytes.
The creation date is still the real one: the moment the data was gathered
(ReportData.generated_at), written in place of invariant mode's fixed date.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.paths import PRIVATE_FILE_MODE
from cramp_desktop.report import advice, appendix, medicines, patterns, summary
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import Paper, ReportData, ReportSection
from cramp_desktop.report.styles import FONT, MUTED, make_styles
from cramp_desktop.report.text import para

MARGIN_SIDE = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
AUTHOR = "Leg Cramp Companion"
SELF_REPORTED = QT_TRANSLATE_NOOP("Report", "Self-reported by the patient, not clinically reviewed")
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page %1 of %2")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Report", "No sections were chosen for this report.")

SectionBuilder = Callable[[ReportContext], list[Flowable]]
SECTION_BUILDERS: dict[ReportSection, SectionBuilder] = {
    ReportSection.SUMMARY: summary.build,
    ReportSection.PATTERNS: patterns.build,
    ReportSection.MEDICINES: medicines.build,
    ReportSection.ADVICE: advice.build,
    ReportSection.APPENDIX: appendix.build,
}


class ReportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


Progress = Callable[[float], None]  # 0..1


def build_report(
    data: ReportData,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the report to `target` (replaced only once complete); returns the page count."""
    pdf, pages = render_report(data, progress=progress, cancelled=cancelled)
    _write_private(target, pdf)
    return pages


def render_report(
    data: ReportData,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    report_progress = progress or (lambda _fraction: None)
    is_cancelled = cancelled or (lambda: False)
    locale = ReportLocale(data.options.language)

    def check_cancelled() -> None:
        if is_cancelled():
            raise ReportCancelled

    page_size = PAGE_SIZES[data.options.paper]
    width = page_size[0] - 2 * MARGIN_SIDE
    context = ReportContext.create(data, locale, make_styles(), width, check_cancelled)
    story: list[Flowable] = []
    chosen = [s for s in ReportSection if s in data.options.sections]
    for index, section in enumerate(chosen):
        check_cancelled()
        story += SECTION_BUILDERS[section](context)
        report_progress(0.3 * (index + 1) / len(chosen))  # collecting: the first 30 %
    if not story:
        story.append(para(locale.tr(NOTHING_CHOSEN), context.styles.body))
    buffer = BytesIO()
    document = _document(buffer, data, locale, page_size)

    layout = {"total": 1, "done": 0}

    def on_layout(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            layout["total"] = max(value, 1)
        elif kind == "PROGRESS":
            check_cancelled()
            # Kept-together blocks are measured more than once: never report a step back.
            layout["done"] = max(layout["done"], min(value, layout["total"]))
            report_progress(0.3 + 0.7 * layout["done"] / layout["total"])

    document.setProgressCallBack(on_layout)
    document.build(story, canvasmaker=_numbered_canvas(locale, data.generated_at))
    report_progress(1.0)
    return buffer.getvalue(), document.page


def _document(
    buffer: BytesIO, data: ReportData, locale: ReportLocale, size: Any
) -> BaseDocTemplate:
    period = data.options.period
    span = f"{locale.date(period.first)} – {locale.date(period.last)}"
    header = f"{locale.tr(summary.TITLE)} · {span}"
    patient = summary.patient_line(data.options.patient_name, data.options.date_of_birth, locale)
    if patient:
        header = f"{patient} · {header}"
    footer = locale.tr(SELF_REPORTED)

    def decorate(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        top = size[1] - MARGIN_TOP + 8 * mm
        canvas.drawString(MARGIN_SIDE, top, _fit(header, size[0] - 2 * MARGIN_SIDE))
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_SIDE, top - 2.5 * mm, size[0] - MARGIN_SIDE, top - 2.5 * mm)
        canvas.drawString(MARGIN_SIDE, MARGIN_BOTTOM - 10 * mm, footer)
        canvas.restoreState()

    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        size[0] - 2 * MARGIN_SIDE,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return BaseDocTemplate(
        buffer,
        pagesize=size,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=decorate)],
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{locale.tr(summary.TITLE)} {span}",
        author=AUTHOR,
        subject=locale.tr(SELF_REPORTED),
        creator=f"{AUTHOR} {data.app_version}",
        lang=data.options.language,
        invariant=1,
    )


def _fit(text: str, width: float, font_size: float = 8) -> str:
    """`text` shortened with an ellipsis so that it fits `width` points."""
    if stringWidth(text, FONT, font_size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, font_size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _numbered_canvas(locale: ReportLocale, created: dt.datetime) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "Page X of Y", and
    dates the file `created`."""
    template = locale.tr(PAGE_OF)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            _date_document(self._doc._timeStamp, created)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                text = fill(template, (str(self._pageNumber), str(total)))
                width, _height = self._pagesize
                self.saveState()
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                self.drawRightString(width - MARGIN_SIDE, MARGIN_BOTTOM - 10 * mm, text)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _date_document(stamp: Any, moment: dt.datetime) -> None:
    """Set reportlab's time stamp (CreationDate and ModDate) to `moment`, with its offset."""
    minutes = int((moment.utcoffset() or dt.timedelta(0)).total_seconds() // 60)
    sign = -1 if minutes < 0 else 1
    stamp.YMDhms = (
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )
    stamp.dhh, stamp.dmm = sign * (abs(minutes) // 60), abs(minutes) % 60


def _write_private(target: Path, pdf: bytes) -> None:
    """Write atomically (a temp file in the same folder, then a rename), readable by the
    user only: a half-written report never replaces a good one."""
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(pdf)
        os.chmod(temporary, PRIVATE_FILE_MODE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
