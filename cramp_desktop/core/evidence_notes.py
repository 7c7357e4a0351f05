"""The app's notes beside the article's strongest claims (clinical-notes.md, "What the
evidence says next to the article's strongest claims").

The article is kept as written; where it states more than the evidence shows, the reading
pane adds a short note after the paragraph, marked as the app's and not the article's.
A note is placed by section anchor and paragraph number, so it lands beside the same claim
in every language of the article. Texts are English source strings in context
"EvidenceNotes"; sources are keys of core/sources.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

EVIDENCE_CONTEXT = "EvidenceNotes"
NOTE_LABEL = QT_TRANSLATE_NOOP("EvidenceNotes", "The app's note on the evidence")
NOT_THE_ARTICLE = QT_TRANSLATE_NOOP("EvidenceNotes", "not part of the article")


@dataclass(frozen=True)
class EvidenceNote:
    anchor: str  # the article section
    paragraph: int  # 0-based, among that section's paragraphs
    claim: str  # the English claim it qualifies (for tests and translators)
    text: str
    sources: tuple[str, ...]


EVIDENCE_NOTES: tuple[EvidenceNote, ...] = (
    EvidenceNote(
        "why-cramps-occur",
        0,
        "Dehydration is a common contributor",
        QT_TRANSLATE_NOOP(
            "EvidenceNotes",
            "For night cramps in adults, the evidence that a lack of fluid or salts causes "
            "them is weak. For cramps during exercise, tired muscles seem to matter more than "
            "dehydration.",
        ),
        ("AFP-2012", "Miller-2021"),
    ),
    EvidenceNote(
        "sodium-and-cramps",
        1,
        "Maintaining a balanced electrolyte profile ... prevents muscle irritability",
        QT_TRANSLATE_NOOP(
            "EvidenceNotes",
            "That a balanced intake of salts prevents cramps has not been shown: for night "
            "cramps in adults, the evidence that fluids or salts cause them is weak.",
        ),
        ("AFP-2012", "Miller-2021"),
    ),
    EvidenceNote(
        "managing-cramps",
        1,
        "Regular stretching prevents cramps",
        QT_TRANSLATE_NOOP(
            "EvidenceNotes",
            "Stretching may help, but “prevents” says more than is known: one trial found that "
            "stretching the calves and the backs of the thighs before sleep reduced night "
            "cramps, another small trial found no effect, and the evidence is limited.",
        ),
        ("Hallegraeff-2012", "AFP-2012"),
    ),
    EvidenceNote(
        "managing-cramps",
        1,
        "potassium and magnesium",
        QT_TRANSLATE_NOOP(
            "EvidenceNotes",
            "Magnesium supplements are unlikely to help typical cramps in older adults; in "
            "pregnancy the evidence is mixed. Ask a doctor before starting any supplement.",
        ),
        ("Cochrane-Mg-2020",),
    ),
    EvidenceNote(
        "managing-cramps",
        1,
        "(medicines for cramps: not in the article)",
        QT_TRANSLATE_NOOP(
            "EvidenceNotes",
            "Quinine reduces cramps a little, but it can cause rare serious side effects, so it "
            "is not advised for routine use.",
        ),
        ("Cochrane-Q-2015", "AAN-2010"),
    ),
)


def notes_after(anchor: str, paragraph: int) -> list[EvidenceNote]:
    """The notes that follow paragraph `paragraph` of section `anchor`, in order."""
    return [n for n in EVIDENCE_NOTES if n.anchor == anchor and n.paragraph == paragraph]
