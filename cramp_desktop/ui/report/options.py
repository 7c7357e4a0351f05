"""The Report screen's choices: period, sections, names, language and paper.

The names are printed on the report and kept in the settings only while "Remember these"
is ticked; unticking it removes them. Period preset, sections and paper are remembered
as plain preferences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.periods import (
    ALL_TIME,
    CUSTOM,
    PERIODS_CONTEXT,
    PRESET_CODES,
    PRESETS,
    preset_index,
)
from cramp_desktop.core.stats import Period
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.locales import locale_for
from cramp_desktop.report.locale import default_paper
from cramp_desktop.report.model import DEFAULT_DAYS, Paper, ReportOptions, ReportSection
from cramp_desktop.resources import available_languages
from cramp_desktop.ui.common import FieldMessage, body_label, from_qdate, named, to_qdate

NO_BIRTH_DATE = QDate(1900, 1, 1)  # the date edit's "not given"
SECTION_LABELS = {
    ReportSection.SUMMARY: QT_TRANSLATE_NOOP("ReportOptionsPanel", "Summary and key numbers"),
    ReportSection.PATTERNS: QT_TRANSLATE_NOOP("ReportOptionsPanel", "Patterns and charts"),
    ReportSection.MEDICINES: QT_TRANSLATE_NOOP("ReportOptionsPanel", "Medicines and checklist"),
    ReportSection.ADVICE: QT_TRANSLATE_NOOP("ReportOptionsPanel", "Advice and questions to ask"),
    ReportSection.APPENDIX: QT_TRANSLATE_NOOP("ReportOptionsPanel", "Every episode (appendix)"),
}
PAPER_LABELS = {
    Paper.A4: QT_TRANSLATE_NOOP("ReportOptionsPanel", "A4"),
    Paper.LETTER: QT_TRANSLATE_NOOP("ReportOptionsPanel", "US Letter"),
}


def language_name(code: str) -> str:
    """The language's own name for itself, capitalised; the system's variant when it speaks
    the language ("British English" on a British system), as the report's dates are."""
    # The plain "C" locale of a server has no name of its own: use the language's.
    name = locale_for(code).nativeLanguageName() or QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


class ReportOptionsPanel(QWidget):
    """Public: `options()`, `problem()` (why no report can be made, or ""), `changed` (any
    choice changed), and the controls `range_box`, `from_edit`, `to_edit`, `section_boxes`,
    `name_edit`, `prepared_for_edit`, `remember_box`, `language_box`, `paper_box`."""

    changed = Signal()

    def __init__(
        self,
        settings: QSettings,
        language: str,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        first_day: Callable[[], dt.date | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._today = today
        self._first_day = first_day  # of the diary, where "All time" begins
        self._build(language)
        self._retranslate()
        self._restore()
        self._connect()

    # -- what the user chose ---------------------------------------------------------
    def options(self) -> ReportOptions:
        return ReportOptions(
            period=self.period(),
            sections=frozenset(s for s, box in self.section_boxes.items() if box.isChecked()),
            paper=Paper(self.paper_box.currentData()),
            language=str(self.language_box.currentData()),
            patient_name=self.name_edit.text().strip(),
            date_of_birth=self.date_of_birth(),
            prepared_for=self.prepared_for_edit.text().strip(),
        )

    def date_of_birth(self) -> dt.date | None:
        chosen = self.birth_edit.date()
        return None if chosen == NO_BIRTH_DATE else from_qdate(chosen)

    def period(self) -> Period:
        preset = PRESETS[self.range_box.currentIndex()]
        chosen = preset.period(
            self._today(), self._first_day() if preset.code == ALL_TIME else None
        )
        if chosen is not None:
            return chosen
        return Period(from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date()))

    def problem(self) -> str:
        if self.from_edit.date() > self.to_edit.date():
            return self.tr("The first day is after the last day. Choose a later last day.")
        if not any(box.isChecked() for box in self.section_boxes.values()):
            return self.tr("Choose at least one part to include in the report.")
        return ""

    def refresh_dates(self) -> None:
        """Move a preset period to end today (after midnight, or when the screen is shown)."""
        if PRESETS[self.range_box.currentIndex()].code != CUSTOM:
            self._show_period(self.period())

    # -- building --------------------------------------------------------------------
    def _build(self, language: str) -> None:
        self.range_box = QComboBox(self)
        self.range_box.addItems([""] * len(PRESETS))
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        self.period_message = FieldMessage(self)
        self.section_boxes = {section: QCheckBox(self) for section in ReportSection}
        self.sections_message = FieldMessage(self)
        self.name_edit = QLineEdit(self)
        self.prepared_for_edit = QLineEdit(self)
        for edit in (self.name_edit, self.prepared_for_edit):
            edit.setClearButtonEnabled(True)
        self.birth_edit = QDateEdit(self)
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDisplayFormat("d MMM yyyy")  # never 3/4 or 4/3
        self.birth_edit.setDateRange(NO_BIRTH_DATE, QDate.currentDate())
        self.birth_edit.setDate(NO_BIRTH_DATE)
        self.remember_box = QCheckBox(self)
        self.names_note = body_label(parent=self)
        self.language_box = QComboBox(self)
        languages = available_languages()
        for code in languages:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.paper_box = QComboBox(self)
        for paper in Paper:
            self.paper_box.addItem("", paper.value)
        self._labels = {
            key: QLabel(self) for key in ("range", "from", "to", "name", "birth", "for")
        }
        self._labels |= {key: QLabel(self) for key in ("language", "paper")}
        buddies = {
            "range": self.range_box,
            "from": self.from_edit,
            "to": self.to_edit,
            "name": self.name_edit,
            "birth": self.birth_edit,
            "for": self.prepared_for_edit,
            "language": self.language_box,
            "paper": self.paper_box,
        }
        for key, buddy in buddies.items():
            self._labels[key].setBuddy(buddy)
        self._lay_out()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate.currentDate().addYears(1))
        return edit

    def _lay_out(self) -> None:
        self.period_group = QGroupBox(self)
        period = QFormLayout(self.period_group)
        period.addRow(self._labels["range"], self.range_box)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(self._labels["to"])
        dates.addWidget(self.to_edit, 1)
        period.addRow(self._labels["from"], dates)
        period.addRow(self.period_message)

        self.sections_group = QGroupBox(self)
        sections = QVBoxLayout(self.sections_group)
        for box in self.section_boxes.values():
            sections.addWidget(box)
        sections.addWidget(self.sections_message)

        self.names_group = QGroupBox(self)
        names = QFormLayout(self.names_group)
        names.addRow(self._labels["name"], self.name_edit)
        names.addRow(self._labels["birth"], self.birth_edit)
        names.addRow(self._labels["for"], self.prepared_for_edit)
        names.addRow(self.remember_box)
        names.addRow(self.names_note)

        self.format_group = QGroupBox(self)
        form = QFormLayout(self.format_group)
        form.addRow(self._labels["language"], self.language_box)
        form.addRow(self._labels["paper"], self.paper_box)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for group in (self.period_group, self.sections_group, self.names_group):
            column.addWidget(group)
        column.addWidget(self.format_group)
        column.addStretch(1)
        for layout in (period, names, form):
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _retranslate(self) -> None:
        self.period_group.setTitle(self.tr("Period"))
        self.sections_group.setTitle(self.tr("What to include"))
        self.names_group.setTitle(self.tr("Names on the report"))
        self.format_group.setTitle(self.tr("Language and paper"))
        texts = {
            "range": self.tr("Peri&od:"),
            "from": self.tr("Fro&m:"),
            "to": self.tr("&to"),
            "name": self.tr("Your &name:"),
            "birth": self.tr("Date of &birth:"),
            "for": self.tr("&Prepared for:"),
            "language": self.tr("Report &language:"),
            "paper": self.tr("Paper si&ze:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        for index, preset in enumerate(PRESETS):
            self.range_box.setItemText(
                index, QCoreApplication.translate(PERIODS_CONTEXT, preset.label)
            )
        self.birth_edit.setSpecialValueText(self.tr("Not given"))
        named(
            self.birth_edit,
            self.tr("Date of birth"),
            self.tr("Optional, printed next to your name"),
        )
        for index, paper in enumerate(Paper):
            self.paper_box.setItemText(index, self.tr(PAPER_LABELS[paper]))
        for section, box in self.section_boxes.items():
            named(box, self.tr(SECTION_LABELS[section])).setText(self.tr(SECTION_LABELS[section]))
        named(self.range_box, self.tr("Period of the report"))
        named(self.from_edit, self.tr("First day of the report"))
        named(self.to_edit, self.tr("Last day of the report"))
        named(self.name_edit, self.tr("Your name"), self.tr("Printed at the top of every page"))
        self.name_edit.setPlaceholderText(self.tr("Optional"))
        named(
            self.prepared_for_edit,
            self.tr("Prepared for"),
            self.tr("For example your doctor's name"),
        )
        self.prepared_for_edit.setPlaceholderText(self.tr("Optional, e.g. Dr Jones"))
        named(self.remember_box, self.tr("Remember these names on this computer"))
        self.remember_box.setText(self.tr("&Remember these on this computer"))
        self.names_note.setText(
            self.tr("Printed on the report only. They are not kept unless you tick “Remember”.")
        )
        named(
            self.language_box,
            self.tr("Report language"),
            self.tr("Independent of the app's language"),
        )
        named(self.paper_box, self.tr("Paper size"))
        self._show_problem()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- settings ----------------------------------------------------------------------
    def _restore(self) -> None:
        saved_range = preferences.REPORT_RANGE.get(self._settings) or str(DEFAULT_DAYS)
        # A custom period is not kept: its dates would be stale next time.
        kept = saved_range in PRESET_CODES and saved_range != CUSTOM
        index = preset_index(saved_range if kept else str(DEFAULT_DAYS))
        self.range_box.setCurrentIndex(index)
        self._apply_range(index)
        saved_sections = preferences.REPORT_SECTIONS.get(self._settings)
        if saved_sections is not None:
            chosen = set(saved_sections)
            for section, box in self.section_boxes.items():
                box.setChecked(section.value in chosen)
        else:
            for box in self.section_boxes.values():
                box.setChecked(True)
        paper = preferences.REPORT_PAPER.get(self._settings) or default_paper().value
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(paper), 0))
        if preferences.REPORT_REMEMBER_NAMES.get(self._settings):
            self.remember_box.setChecked(True)
            self.name_edit.setText(preferences.REPORT_PATIENT_NAME.get(self._settings))
            self.prepared_for_edit.setText(preferences.REPORT_PREPARED_FOR.get(self._settings))
            born = preferences.REPORT_DATE_OF_BIRTH.get(self._settings)
            if born is not None:
                self.birth_edit.setDate(to_qdate(born))
        self._show_problem()

    def _connect(self) -> None:
        self.range_box.currentIndexChanged.connect(self._on_range_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_change)
        for box in self.section_boxes.values():
            box.toggled.connect(self._on_sections_changed)
        for line in (self.name_edit, self.prepared_for_edit):
            line.textChanged.connect(self._on_names_changed)
        self.birth_edit.dateChanged.connect(self._on_names_changed)
        self.remember_box.toggled.connect(self._on_remember_toggled)
        self.language_box.currentIndexChanged.connect(self._on_change)
        self.paper_box.currentIndexChanged.connect(self._on_paper_chosen)

    def _on_range_chosen(self, index: int) -> None:
        self._apply_range(index)
        preferences.REPORT_RANGE.set(self._settings, PRESETS[index].code)
        self._on_change()

    def _apply_range(self, index: int) -> None:
        custom = PRESETS[index].code == CUSTOM
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(custom)
        if not custom:
            self._show_period(self.period())

    def _show_period(self, period: Period) -> None:
        for edit, day in ((self.from_edit, period.first), (self.to_edit, period.last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _on_sections_changed(self) -> None:
        chosen = [s.value for s, box in self.section_boxes.items() if box.isChecked()]
        preferences.REPORT_SECTIONS.set(self._settings, tuple(chosen))
        self._on_change()

    def _on_paper_chosen(self) -> None:
        preferences.REPORT_PAPER.set(self._settings, str(self.paper_box.currentData()))
        self._on_change()

    def _on_names_changed(self) -> None:
        if self.remember_box.isChecked():
            self._store_names()
        self._on_change()

    def _on_remember_toggled(self, remember: bool) -> None:
        if remember:
            preferences.REPORT_REMEMBER_NAMES.set(self._settings, True)
            self._store_names()
        else:
            for preference in (
                preferences.REPORT_REMEMBER_NAMES,
                preferences.REPORT_PATIENT_NAME,
                preferences.REPORT_PREPARED_FOR,
                preferences.REPORT_DATE_OF_BIRTH,
            ):
                preference.clear(self._settings)
        self._settings.sync()

    def _store_names(self) -> None:
        preferences.REPORT_PATIENT_NAME.set(self._settings, self.name_edit.text())
        preferences.REPORT_PREPARED_FOR.set(self._settings, self.prepared_for_edit.text())
        preferences.REPORT_DATE_OF_BIRTH.set(self._settings, self.date_of_birth())

    def _on_change(self) -> None:
        self._show_problem()
        self.changed.emit()

    def _show_problem(self) -> None:
        period_problem = self.from_edit.date() > self.to_edit.date()
        for message, shown, field in (
            (self.period_message, period_problem, self.to_edit),
            (self.sections_message, not period_problem and bool(self.problem()), None),
        ):
            if shown:
                message.show_message(self.problem(), field)
            else:
                message.clear()
