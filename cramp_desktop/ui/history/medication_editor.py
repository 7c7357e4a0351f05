"""The medicine list on the History screen, with a dialog to add or change one medicine."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.episodes import Medication, MedicationKind
from cramp_desktop.core.translation import fill
from cramp_desktop.core.validation import validate_medication
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    DiscardGuard,
    body_label,
    code_label,
    short_date,
    to_qdate,
)


def _date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return short_date(day)


class _OptionalDate(QWidget):
    """A check box ("known") with a date edit; the date is None while unchecked."""

    def __init__(self, value: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate() if value is None else to_qdate(value))
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None  # type: ignore[return-value]


class MedicationDialog(QDialog):
    """Adds (`medication` None) or changes one medicine; saves only when valid."""

    discard_guard: DiscardGuard

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        medication: Medication | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._events = events
        self._original = medication
        self.saved: Medication | None = None
        self.setWindowTitle(self.tr("Change medicine") if medication else self.tr("Add a medicine"))
        self.name = QLineEdit(medication.name if medication else "", self)
        # A kind is never guessed (the checklist pre-fills answers from it): a new medicine
        # has none until the user picks one; "Other medicine" comes first.
        self.kind = QComboBox(self)
        self.kind.setPlaceholderText(self.tr("Choose the kind…"))
        kinds = [MedicationKind.OTHER, *(k for k in MedicationKind if k != MedicationKind.OTHER)]
        for kind in kinds:
            self.kind.addItem(code_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(medication.kind) if medication else -1)
        self.started = _OptionalDate(medication.started_on if medication else None, self)
        self.stopped = _OptionalDate(medication.stopped_on if medication else None, self)
        self.note = QPlainTextEdit(medication.note if medication else "", self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.errors = {
            name: body_label(parent=self)
            for name in ("name", "kind", "started_on", "stopped_on", "note")
        }
        self.general_error = body_label(parent=self)
        for label in [*self.errors.values(), self.general_error]:
            label.setTextFormat(Qt.TextFormat.PlainText)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            label.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = (
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Started:"), self.started, "started_on"),
            (self.tr("S&topped:"), self.stopped, "stopped_on"),
            (self.tr("N&ote:"), self.note, "note"),
        )
        for text, widget, field in rows:
            label = QLabel(text, self)
            label.setBuddy(widget.known if isinstance(widget, _OptionalDate) else widget)
            form.addRow(label, widget)
            form.addRow("", self.errors[field])
        self.started.known.setText(self.tr("Date known"))
        self.stopped.known.setText(self.tr("Stopped"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(lambda: self.discard_guard.cancel())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        names = {
            self.name: self.tr("Medicine name"),
            self.kind: self.tr("Kind of medicine"),
            self.started.known: self.tr("Start date known"),
            self.started.edit: self.tr("Started on"),
            self.stopped.known: self.tr("Has been stopped"),
            self.stopped.edit: self.tr("Stopped on"),
            self.note: self.tr("Note"),
        }
        for named, name in names.items():
            named.setAccessibleName(name)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.discard_guard = DiscardGuard(self)

    def medication(self) -> Medication:
        """What the dialog holds; with no kind chosen yet (save() refuses that) "other"."""
        data = self.kind.currentData()
        return Medication(
            name=self.name.text().strip(),
            kind=MedicationKind(data) if data is not None else MedicationKind.OTHER,
            started_on=self.started.value(),
            stopped_on=self.stopped.value(),
            note=self.note.toPlainText().strip(),
            id=self._original.id if self._original else None,
        )

    def save(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.hide()
        chosen = self.kind.currentIndex() >= 0
        medication = self.medication()
        messages = [
            (p.field, QCoreApplication.translate("Validation", p.message))
            for p in validate_medication(medication)
        ]
        if not chosen:
            text = self.tr(
                "Choose what kind of medicine this is; if none fits, choose “Other medicine”."
            )
            messages.insert(1 if messages and messages[0][0] == "name" else 0, ("kind", text))
        if messages:
            for field, message in messages:
                label = self.errors.get(field, self.general_error)
                label.setText("⚠ " + message)
                label.show()
            self._fit_height()
            self._focus_field(messages[0][0])
            return
        try:
            if medication.id is None:
                self.saved = self._repositories.medications.add(medication)
            else:
                self.saved = self._repositories.medications.update(medication)
        except StorageError as error:
            self.general_error.setText(user_text(error, QCoreApplication.translate))
            self.general_error.show()
            return
        self._events.medications_changed.emit()
        self.accept()

    def _fit_height(self) -> None:
        """Grow to show every wrapped message whole (a window does not follow its labels'
        height for width by itself)."""
        layout = self.layout()
        assert layout is not None, "made in __init__"
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _focus_field(self, field: str) -> None:
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "kind": self.kind,
            "started_on": self.started.edit,
            "stopped_on": self.stopped.edit,
            "note": self.note,
        }
        widgets.get(field, self.name).setFocus(Qt.FocusReason.OtherFocusReason)


class MedicationEditor(QWidget):
    """The table of medicines with Add, Edit and Remove; `dialog` is the open dialog.
    `changed(before, after)` tells of each saved change: (None, added), (old, new) or
    (removed, None)."""

    changed = Signal(object, object)

    def __init__(
        self, repositories: Repositories, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._events = events
        self._medications: list[Medication] = []
        self.dialog: MedicationDialog | None = None
        self.intro = body_label(parent=self)
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 // 2)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(
                QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut
            )
            shortcut.activated.connect(self.edit_current)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        events.medications_changed.connect(self.reload)
        events.database_replaced.connect(self.reload)
        self._retranslate()
        self.reload()

    def medications(self) -> list[Medication]:
        return list(self._medications)

    def reload(self) -> None:
        try:
            self._medications = self._repositories.medications.list()
        except StorageError as error:
            self.intro.setText(user_text(error, QCoreApplication.translate))
            return
        self.table.setRowCount(len(self._medications))
        for row, medication in enumerate(self._medications):
            values = (
                medication.name,
                code_label(medication.kind),
                _date_text(medication.started_on),
                _date_text(medication.stopped_on),
                medication.note.split("\n", 1)[0],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4 and medication.note:
                    item.setToolTip(medication.note)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def add(self) -> None:
        self._open_dialog(None)

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._medications):
            self._open_dialog(self._medications[row])

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._medications):
            return
        medication = self._medications[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove medicine"),
            fill(self.tr("Remove “%1” from your list of medicines?"), [medication.name]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or medication.id is None:
            return
        try:
            self._repositories.medications.delete(medication.id)
        except StorageError as error:
            QMessageBox.warning(
                self, self.tr("Remove medicine"), user_text(error, QCoreApplication.translate)
            )
            self.reload()
            return
        self._events.medications_changed.emit()
        self.changed.emit(medication, None)

    def _open_dialog(self, medication: Medication | None) -> None:
        self.dialog = MedicationDialog(self._repositories, self._events, medication, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.changed.emit(medication, dialog.saved))
        self.dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _update_buttons(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The medicines and supplements you take. Some can make cramps more likely; "
                "the report lists them so you can ask your doctor. Never stop a medicine "
                "on your own."
            )
        )
        headers = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Started"),
            self.tr("Stopped"),
            self.tr("Note"),
        )
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(self.tr("Medicines"))
        for button, text, name in (
            (self.add_button, self.tr("&Add medicine…"), self.tr("Add medicine")),
            (self.edit_button, self.tr("&Change…"), self.tr("Change medicine")),
            (self.remove_button, self.tr("&Remove"), self.tr("Remove medicine")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
