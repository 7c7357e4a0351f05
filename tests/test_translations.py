"""The .ts files: in step with the source, and every entry translated with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "es", "fr")
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def ts_path(language: str) -> Path:
    return ROOT / "translations" / f"cramp_desktop_{language}.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(path)
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def keys(path: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source") or "") for context, message in messages(path)}


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_holds_exactly_the_strings_of_the_source(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), fresh)
    sources = sorted(str(p) for p in (ROOT / "cramp_desktop").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), *sources, "-locations", "none", "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    added = keys(fresh) - keys(ts_path(language))
    removed = keys(ts_path(language)) - keys(fresh)
    assert not added and not removed, (
        f"translations/{fresh.name} is out of date: run `make translations` and translate "
        f"the new strings. New: {sorted(added)[:10]} Gone: {sorted(removed)[:10]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_keeps_its_placeholders(language: str) -> None:
    problems = []
    for context, message in messages(ts_path(language)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: not translated: {source!r}")
            continue
        texts = forms(message)
        if message.get("numerus") == "yes" and len(texts) < 2:
            problems.append(f"{context}: needs a singular and a plural form: {source!r}")
        for text in texts:
            wanted = set(PLACEHOLDER.findall(source))
            if message.get("numerus") == "yes" and len(texts) > 1 and text is texts[0]:
                wanted.discard("%n")  # "one" may be written out ("ein Krampf")
            if not text.strip():
                problems.append(f"{context}: empty: {source!r}")
            elif not wanted <= set(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: keyboard shortcut (&) differs: {source!r}")
    assert not problems, "\n".join(problems[:30])


def test_every_context_is_a_class_or_a_marked_context() -> None:
    """lupdate puts text in an empty or dotted context when it cannot tell the class
    (e.g. `tr = self.tr`): Qt would then never find the translation."""
    contexts = {context for context, _ in messages(ts_path("de"))}
    assert all(re.fullmatch(r"[A-Z][A-Za-z]+", context) for context in contexts), contexts
