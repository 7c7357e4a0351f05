"""Fixed texts of the advice section: the article's key points, the questions a patient
can bring (clinical-notes.md, "Questions a patient can bring") and the closing disclaimer.

English source strings in context "Report". Wording rules: drink guided by thirst, never
"lots of water"; salt only after prolonged heavy sweating, with the blood pressure, heart
and kidney caveat; never a suggestion to stop or change a medicine.
"""

from __future__ import annotations

from typing import Literal

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

ARTICLE_SOURCE = "Article"

# Faithful to resources/article/en.md, in its order.
ARTICLE_KEY_POINTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Report",
        "Leg cramps are sudden, involuntary tightenings of a muscle, often in the calf, "
        "thigh or foot. Many factors contribute.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Sodium keeps the fluid inside and outside cells in balance and carries the nerve "
        "signals that make muscles contract.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Common contributors are dehydration, tired or overworked muscles, low potassium or "
        "magnesium, some medicines, and conditions that affect nerves or circulation.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "The link with sodium is indirect: a salty meal rarely causes a cramp by itself, "
        "but a lot of salt without enough fluid can worsen dehydration, and very low blood "
        "sodium can also cause cramps.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "What may help: drinking regularly, guided by thirst; replacing salts after "
        "prolonged heavy sweating (with high blood pressure, heart or kidney disease, ask a "
        "doctor first); fruit, vegetables and nuts; and regular stretching.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Cramps that are persistent or severe, or that come with other worrying symptoms, "
        "are a reason to see a doctor.",
    ),
)

# When a question fits the patient (report/doctor_questions.py): always; with medicines or
# supplements; with an existing condition; unless magnesium is taken or was tried; with
# fluid, sweating or exercise findings.
QuestionTopic = Literal["always", "medicines", "condition", "magnesium", "fluids"]

# (question, source keys it cites, when it fits): all nine, in the notes' order.
DOCTOR_QUESTIONS: tuple[tuple[str, tuple[str, ...], QuestionTopic], ...] = (
    (
        QT_TRANSLATE_NOOP(
            "Report",
            "Could any of my medicines or supplements be contributing to my cramps? "
            "Are there alternatives?",
        ),
        (),
        "medicines",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Report",
            "Could this be another condition, such as a circulation problem, restless legs "
            "or nerve damage?",
        ),
        (),
        "always",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Report",
            "Do I need blood tests (sodium, potassium, magnesium, calcium, kidney function, "
            "thyroid, glucose)?",
        ),
        (),
        "always",
    ),
    (
        QT_TRANSLATE_NOOP("Report", "Could my existing condition be linked to the cramps?"),
        (),
        "condition",
    ),
    (QT_TRANSLATE_NOOP("Report", "Which stretches should I do, and how often?"), (), "always"),
    (QT_TRANSLATE_NOOP("Report", "Is magnesium worth trying for me?"), (), "magnesium"),
    (
        QT_TRANSLATE_NOOP(
            "Report",
            "Are any medicines suitable for me? (Quinine works but is no longer advised for "
            "routine use.)",
        ),
        ("AAN-2010", "Cochrane-Q-2015"),
        "always",
    ),
    (
        QT_TRANSLATE_NOOP(
            "Report",
            "How much should I drink, and should I take salt or electrolytes during exercise?",
        ),
        (),
        "fluids",
    ),
    (
        QT_TRANSLATE_NOOP("Report", "Which symptoms should make me seek help urgently?"),
        (),
        "always",
    ),
)

DISCLAIMER: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Report",
        "This report is information to discuss with a doctor, not a diagnosis. The entries "
        "and checklist answers were recorded by the patient and have not been clinically "
        "reviewed.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Talk to your doctor before changing anything: do not start, stop or change a "
        "medicine or supplement on your own.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "In an emergency, such as sudden breathlessness, chest pain, confusion or collapse, "
        "call emergency services.",
    ),
)
