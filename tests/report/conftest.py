"""Report test fixtures: ReportData built from the seeded sample log (sample_data.py)."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

import pytest
from pypdf import PdfReader

from cramp_desktop.core.stats import Period
from cramp_desktop.report.model import ReportData, ReportOptions, ReportSection
from tests.report.sample_data import (
    GENERATED,
    LAST_DAY,
    sample_assessments,
    sample_log,
    sample_medications,
)

MakeData = Callable[..., ReportData]


@pytest.fixture
def make_data() -> MakeData:
    """ReportData for the last `days` days of a sample log; keyword overrides for options."""

    def make(days: int = 90, seed: int = 1, **options: object) -> ReportData:
        episodes, records = sample_log(days, seed)
        settings: dict[str, object] = {"period": Period.ending(LAST_DAY, days), **options}
        return ReportData(
            options=ReportOptions(**settings),  # type: ignore[arg-type]
            generated_at=GENERATED,
            app_version="0.1.0",
            episodes=episodes,
            day_records=records,
            medications=sample_medications(),
            assessments=sample_assessments(),
        )

    return make


def only(*sections: ReportSection) -> frozenset[ReportSection]:
    return frozenset(sections)


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, read back with pypdf."""
    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages]
