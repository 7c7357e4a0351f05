"""The article: a small Markdown subset parsed into sections and rendered to Qt rich text.

Supported: ATX headings of levels 1-3 with an optional explicit anchor
(``## Heading {#anchor-id}``), paragraphs, ``-``/``*`` bullet lists, ``**bold**`` and
``*italic*``, blocks separated by blank lines. Anything else is kept as an escaped
paragraph; parsing never raises. All text is HTML-escaped before inline markup is
applied, so the output holds no markup but our own.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

__all__ = [
    "Article",
    "Block",
    "Section",
    "load_article",
    "parse_article",
    "render_inline",
    "slugify",
    "strip_inline",
]

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_EXPLICIT_ID = re.compile(r"[ \t]*\{#([A-Za-z][A-Za-z0-9_-]*)\}$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+$")
_BULLET = re.compile(r"^ {0,3}[-*][ \t]+(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*([^\s*<>](?:[^<>*]*[^\s*<>])?)\*(?![*\w])")
_MAX_LEVEL = 3

BlockKind = Literal["heading", "paragraph", "list"]


class Section(NamedTuple):
    """One heading of the article: its stable anchor, plain-text title and level (1-3)."""

    anchor: str
    title: str
    level: int


@dataclass(frozen=True)
class Block:
    """A block of the body. ``texts`` holds one text (heading, paragraph) or the list items."""

    kind: BlockKind
    texts: tuple[str, ...]
    level: int = 0
    anchor: str = ""


@dataclass(frozen=True)
class Article:
    title: str
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]

    @property
    def anchors(self) -> tuple[str, ...]:
        return tuple(section.anchor for section in self.sections)

    def paragraphs(self) -> tuple[str, ...]:
        """The raw (Markdown) text of every paragraph, in order."""
        return tuple(b.texts[0] for b in self.blocks if b.kind == "paragraph")

    def to_html(self, after_paragraph: Callable[[str, int], str] | None = None) -> str:
        """The body as HTML for QTextBrowser; each heading carries ``<a name=...>``.
        `after_paragraph(anchor, n)` gives HTML to put after paragraph n (0-based) of the
        section `anchor` (the app's evidence notes), or ""."""
        parts: list[str] = []
        anchor, paragraph = "", 0
        for block in self.blocks:
            if block.kind == "heading":
                anchor, paragraph = block.anchor, 0
                name = html.escape(block.anchor, quote=True)
                text = render_inline(block.texts[0])
                parts.append(f'<h{block.level}><a name="{name}"></a>{text}</h{block.level}>')
            elif block.kind == "list":
                items = "".join(f"<li>{render_inline(item)}</li>" for item in block.texts)
                parts.append(f"<ul>{items}</ul>")
            else:
                parts.append(f"<p>{render_inline(block.texts[0])}</p>")
                if after_paragraph is not None:
                    parts.append(after_paragraph(anchor, paragraph))
                paragraph += 1
        return "\n".join(part for part in parts if part)


def render_inline(text: str) -> str:
    """Escape ``text`` for HTML, then turn ``**bold**`` and ``*italic*`` into tags."""
    escaped = html.escape(text, quote=False)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _ITALIC.sub(r"<i>\1</i>", escaped)


def strip_inline(text: str) -> str:
    """``text`` without the inline markers, as plain text (for a table of contents)."""
    text = _BOLD.sub(r"\1", text)
    return _ITALIC.sub(r"\1", text)


def slugify(text: str) -> str:
    """A lowercase anchor id made of letters, digits and hyphens; "section" if none is left."""
    normalized = unicodedata.normalize("NFKC", strip_inline(text)).lower()
    words = re.findall(r"[^\W_]+", normalized)
    return "-".join(words) or "section"


def load_article(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"))


class _RawHeading(NamedTuple):
    level: int
    text: str
    explicit_id: str


def _parse_heading(line: str) -> _RawHeading | None:
    match = _HEADING.match(line)
    if match is None or len(match.group(1)) > _MAX_LEVEL:
        return None
    text = match.group(2) or ""
    explicit = ""
    id_match = _EXPLICIT_ID.search(text)
    if id_match is not None:
        explicit = id_match.group(1)
        text = text[: id_match.start()]
    text = _CLOSING_HASHES.sub("", text).strip()
    if not text:
        return None
    return _RawHeading(len(match.group(1)), text, explicit)


def _split_blocks(text: str) -> list[Block | _RawHeading]:
    """Group lines into headings, paragraphs and lists (anchors are assigned later)."""
    result: list[Block | _RawHeading] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            result.append(Block("paragraph", (" ".join(paragraph),)))
            paragraph.clear()
        if items:
            result.append(Block("list", tuple(items)))
            items.clear()

    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            continue
        heading = _parse_heading(raw.expandtabs(4))
        if heading is not None:
            flush()
            result.append(heading)
            continue
        bullet = _BULLET.match(raw.expandtabs(4))
        if bullet is not None and bullet.group(1).strip():
            if paragraph:
                flush()
            items.append(bullet.group(1).strip())
        elif items:
            items[-1] = f"{items[-1]} {line}"  # a continuation line of the last item
        else:
            paragraph.append(line)
    flush()
    return result


def parse_article(text: str) -> Article:
    """Parse the Markdown subset; never raises. Anchors are unique: explicit ids win,
    the rest get slugs made unique with a numeric suffix."""
    raw_blocks = _split_blocks(text)
    headings = [b for b in raw_blocks if isinstance(b, _RawHeading)]
    taken: set[str] = set()
    anchors: list[str] = []
    explicit_ids = {h.explicit_id for h in headings if h.explicit_id}
    for heading in headings:
        anchor = heading.explicit_id
        if not anchor or anchor in taken:
            base = slugify(heading.text)
            anchor, n = base, 1
            while anchor in taken or anchor in explicit_ids:
                n += 1
                anchor = f"{base}-{n}"
        taken.add(anchor)
        anchors.append(anchor)

    blocks: list[Block] = []
    sections: list[Section] = []
    anchor_iter = iter(anchors)
    for raw in raw_blocks:
        if isinstance(raw, _RawHeading):
            anchor = next(anchor_iter)
            blocks.append(Block("heading", (raw.text,), raw.level, anchor))
            sections.append(Section(anchor, strip_inline(raw.text), raw.level))
        else:
            blocks.append(raw)
    title = next((s.title for s in sections if s.level == 1), "")
    return Article(title=title, sections=tuple(sections), blocks=tuple(blocks))
