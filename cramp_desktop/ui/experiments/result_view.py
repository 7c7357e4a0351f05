"""An experiment's result: before against while trying, adherence, the wording by the
rule, and the caveat. Used in History's list and when an experiment ends or is stopped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cramp_desktop.core.experiment_text import Wording
from cramp_desktop.core.experiments import RULE, ExperimentResult
from cramp_desktop.core.red_flags import source_label
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import body_label, format_date, heading_label


def app_wording() -> Wording:
    """The result's words in the app's language and number format."""
    locale = QLocale()
    return Wording(
        QCoreApplication.translate,
        lambda value, decimals: locale.toString(float(value), "f", decimals),
        lambda day: format_date(day, QLocale.FormatType.ShortFormat),
    )


class ExperimentResultView(QWidget):
    """Shows one ExperimentResult (or nothing before show_result())."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label(self.tr("Your experiment"), scale=1.2)
        self.dates = body_label()
        self.before = body_label()
        self.after = body_label()
        self.adherence = body_label()
        self.verdict = heading_label(scale=1.05, heading=False)  # the result, not a title
        self.rule = body_label()
        self.caveat = body_label()
        self.sources = body_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (
            self.title,
            self.dates,
            self.before,
            self.after,
            self.adherence,
            self.verdict,
            self.rule,
            self.caveat,
            self.sources,
        ):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_result(self, result: ExperimentResult) -> None:
        words = app_wording()
        before, after = words.before_after(result)
        self.title.setText(words.title(result))
        self.dates.setText(words.dates(result))
        self.before.setText(before)
        self.after.setText(after)
        self.adherence.setText(words.adherence(result))
        self.verdict.setText(words.verdict(result))
        self.rule.setText(QCoreApplication.translate("Experiments", RULE))
        self.caveat.setText(words.caveat())
        sources = result.experiment.measure.sources
        keys = ", ".join(source_label(key, QCoreApplication.translate) for key in sources)
        self.sources.setText(fill(self.tr("Sources: %1"), [keys]))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(" ".join(label.text() for label in self.findChildren(QLabel)))


class ExperimentResultDialog(QDialog):
    """The result when an experiment has just ended or been stopped."""

    def __init__(self, result: ExperimentResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Your experiment's result"))
        self.view = ExperimentResultView()
        self.view.show_result(result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
