"""What is wrong with a CSV file, kept structured so it can be shown in any language.

Each problem is an English template marked for translators (context "CsvImport", or
"Validation" for the episode rules) with its values. `CsvProblem.text()` without a
translation gives the English lines logs and tests read ("row 4: severity: ...").
Column names and codes stay as they are in every language: they name what is in the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill, untranslated

CSV_CONTEXT = "CsvImport"
VALIDATION_CONTEXT = "Validation"  # core.validation's messages

ROW = QT_TRANSLATE_NOOP("CsvImport", "row %1: %2")
ROW_AND_COLUMN = QT_TRANSLATE_NOOP("CsvImport", "row %1: %2: %3")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "CsvImport",
    "The file is not UTF-8 text (the first unreadable character is on line %1). Save it as "
    'UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.',
)
UTF16 = QT_TRANSLATE_NOOP(
    "CsvImport",
    'The file is UTF-16 text. Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import '
    "it again.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "CsvImport",
    "The file is not a CSV text file (it holds binary data). Choose the CSV file you saved "
    "from your spreadsheet.",
)
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "CsvImport",
    "The file is larger than %1 MB, far more than a diary of cramps needs. Check that you "
    "chose the right file.",
)
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "CsvImport", "the first row names %1 columns; a file of episodes has at most %2"
)
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "CsvImport", "the file is empty; the first row must name the columns"
)
NOT_CSV = QT_TRANSLATE_NOOP("CsvImport", "the file is not valid CSV (%1)")
QUOTE_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "CsvImport",
    'a quote (") opens a value in this row that is never closed, so the rows after it '
    "would run into it; close the quote or remove it",
)
WRONG_CELL_COUNT = QT_TRANSLATE_NOOP(
    "CsvImport", "has %1 values but the first row names %2 columns"
)
UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP("CsvImport", "unknown columns: %1")
REPEATED_COLUMNS = QT_TRANSLATE_NOOP("CsvImport", "columns named twice: %1")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("CsvImport", "missing columns: %1")
EXPECTED_COLUMNS = QT_TRANSLATE_NOOP("CsvImport", "the columns must be: %1")
UNNAMED_COLUMN = QT_TRANSLATE_NOOP("CsvImport", "(a column without a name)")
TIME_EMPTY = QT_TRANSLATE_NOOP("CsvImport", "is empty; give a date and time like 2024-05-01T23:40")
TIME_INVALID = QT_TRANSLATE_NOOP(
    "CsvImport",
    "'%1' is not a date and time like 2024-05-01T23:40 or 2024-05-01T23:40+02:00",
)
TIME_IN_GAP = QT_TRANSLATE_NOOP(
    "CsvImport",
    "'%1' did not exist in your time zone (the clocks went forward); give the offset, "
    "like 2024-03-31T03:30+02:00",
)
TIME_OFFSET_SECONDS = QT_TRANSLATE_NOOP("CsvImport", "'%1' has a time zone offset with seconds")
DURATION_EMPTY = QT_TRANSLATE_NOOP(
    "CsvImport", "is empty; give the number of minutes, like 2 or 1.5"
)
DURATION_INVALID = QT_TRANSLATE_NOOP("CsvImport", "'%1' is not a number of minutes like 2 or 1.5")
SCALE_EMPTY = QT_TRANSLATE_NOOP("CsvImport", "is empty; give a whole number from 0 to 10")
SCALE_INVALID = QT_TRANSLATE_NOOP("CsvImport", "'%1' is not a whole number from 0 to 10")
CODE_EMPTY = QT_TRANSLATE_NOOP("CsvImport", "is empty; use one of: %1")
CODE_UNKNOWN = QT_TRANSLATE_NOOP("CsvImport", "unknown code '%1'; use one of: %2")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("CsvImport", "... and %1 more problems")


@dataclass(frozen=True)
class CsvProblem:
    """One problem. `row` as a spreadsheet numbers it (the header is row 1), None for the
    whole file; `column` the column the problem is in, if one; `template` an English
    source text in `context` whose %1, %2, ... are `values`. A header problem names
    columns in `listed_columns` (its last placeholder; "" is a column without a name)."""

    row: int | None
    column: str | None
    template: str
    values: tuple[str, ...] = ()
    context: str = CSV_CONTEXT
    listed_columns: tuple[str, ...] = ()

    def text(self, translate: Translate = untranslated) -> str:
        """The line to show: English by default, else translated with `translate`
        (QCoreApplication.translate)."""
        values = self.values
        if self.listed_columns:
            unnamed = translate(CSV_CONTEXT, UNNAMED_COLUMN)
            names = ", ".join(name or unnamed for name in self.listed_columns)
            values = (*values, names)
        reason = fill(translate(self.context, self.template), values)
        if self.row is None:
            return reason
        if self.column is None:
            return fill(translate(CSV_CONTEXT, ROW), (str(self.row), reason))
        return fill(translate(CSV_CONTEXT, ROW_AND_COLUMN), (str(self.row), self.column, reason))


class CsvImportError(ValueError):
    """The file cannot be imported. `details` are the problems, to show in the user's
    language; `problems` the same as English lines ("row 3: severity: ...") for logs."""

    def __init__(self, details: list[CsvProblem]) -> None:
        self.details = details
        self.problems = [problem.text() for problem in details]
        super().__init__("\n".join(self.problems))
