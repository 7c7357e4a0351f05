"""Citations: the app's own article in the user's language, papers as published."""

from __future__ import annotations

from cramp_desktop.core.red_flags import SOURCES, SOURCES_CONTEXT, citation, source_label


def test_the_article_is_cited_in_the_language_asked_for() -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return "Der mitgelieferte Artikel"

    assert citation("Article") == SOURCES["Article"]
    assert citation("Article", translate) == "Der mitgelieferte Artikel"
    assert asked == [(SOURCES_CONTEXT, SOURCES["Article"])]


def test_papers_and_unknown_keys_are_not_translated() -> None:
    def translate(context: str, text: str) -> str:
        raise AssertionError(f"asked to translate {text!r}")

    assert citation("AFP-2012", translate) == SOURCES["AFP-2012"]
    assert citation("Someone-2030", translate) == "Someone-2030"


def test_the_article_is_also_cited_by_a_translated_name() -> None:
    def translate(context: str, text: str) -> str:
        assert context == SOURCES_CONTEXT
        return {"Article": "Artikel"}[text]

    assert source_label("Article") == "Article"
    assert source_label("Article", translate) == "Artikel"
    assert source_label("NHS", translate) == "NHS"
