"""The app's evidence notes as HTML for the reading pane: a framed box after the
paragraph, labelled as the app's note and not part of the article, with its sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from cramp_desktop.core.evidence_notes import (
    EVIDENCE_CONTEXT,
    NOT_THE_ARTICLE,
    NOTE_LABEL,
    notes_after,
)
from cramp_desktop.ui.common import sources_text


def evidence_notes_html(anchor: str, paragraph: int) -> str:
    """The notes after paragraph `paragraph` of section `anchor`, or "" (none there)."""
    notes = notes_after(anchor, paragraph)
    if not notes:
        return ""

    def tr(text: str) -> str:
        return html.escape(QCoreApplication.translate(EVIDENCE_CONTEXT, text))

    label = f"<b>{tr(NOTE_LABEL)}</b> ({tr(NOT_THE_ARTICLE)})"
    body = "".join(
        f"<p><i>{tr(note.text)}</i><br/><small>{html.escape(sources_text(note.sources))}"
        "</small></p>"
        for note in notes
    )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="8">'
        f"<tr><td><p>{label}</p>{body}</td></tr></table>"
    )
