"""The app's evidence notes stand beside the claims they qualify, in every article language."""

from __future__ import annotations

import pytest

from cramp_desktop.core.article import load_article
from cramp_desktop.core.evidence_notes import EVIDENCE_NOTES, notes_after
from cramp_desktop.core.sources import SOURCES
from cramp_desktop.resources import article_path

_EN = load_article(article_path("en"))


def _paragraphs(article, anchor: str) -> list[str]:  # type: ignore[no-untyped-def]
    found, inside = [], False
    for block in article.blocks:
        if block.kind == "heading":
            inside = block.anchor == anchor
        elif inside and block.kind == "paragraph":
            found.append(block.texts[0])
    return found


@pytest.mark.parametrize("note", EVIDENCE_NOTES, ids=lambda note: note.claim[:30])
def test_each_note_follows_the_paragraph_that_makes_its_claim(note) -> None:  # type: ignore[no-untyped-def]
    paragraph = _paragraphs(_EN, note.anchor)[note.paragraph]
    words = [w for w in note.claim.replace("...", " ").split() if w.isalpha()]
    if not note.claim.startswith("("):  # the quinine note adds what the article leaves out
        assert all(word.lower() in paragraph.lower() for word in words), paragraph
    assert note.sources and set(note.sources) <= set(SOURCES)


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_every_article_language_has_the_paragraph_each_note_follows(language: str) -> None:
    article = load_article(article_path(language))
    for note in EVIDENCE_NOTES:
        assert len(_paragraphs(article, note.anchor)) > note.paragraph, (language, note.claim)


def test_the_notes_of_clinical_notes_are_all_there() -> None:
    texts = " ".join(note.text for note in EVIDENCE_NOTES)
    for topic in ("stretching", "fluid or salts", "Magnesium", "Quinine"):
        assert topic in texts
    assert {key for note in EVIDENCE_NOTES for key in note.sources} >= {
        "Hallegraeff-2012", "AFP-2012", "Miller-2021", "Cochrane-Q-2015", "Cochrane-Mg-2020"
    }  # fmt: skip
    assert notes_after("managing-cramps", 1) and notes_after("introduction", 0) == []


def test_the_html_puts_notes_after_their_paragraph_and_nowhere_else() -> None:
    marks = _EN.to_html(lambda anchor, n: f"<p>NOTE {anchor} {n}</p>")
    assert marks.count("NOTE ") == sum(1 for b in _EN.blocks if b.kind == "paragraph")
    plain = _EN.to_html()
    assert "NOTE" not in plain and plain == _EN.to_html(lambda anchor, n: "")
    stretching = marks.index("Regular stretching prevents cramps")
    assert marks.index("NOTE managing-cramps 1") > stretching
