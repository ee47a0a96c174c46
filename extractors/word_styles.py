"""Word style inheritance: what a paragraph or run looks like once its styles are applied.

A run is bold when its own properties say so, or its character style does, or its paragraph's
style (or a style that one is based on), or the document defaults. :class:`StyleSheet` walks
that chain for the few properties the extractor needs (bold, size, outline level, numbering).
"""

from __future__ import annotations

import re
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING = re.compile(r"^heading\s+([1-9])$", re.IGNORECASE)
_OFF = frozenset({"0", "false", "off", "none"})

Element = Any  # an lxml element (python-docx's oxml classes); lxml ships no type stubs


def w(tag: str) -> str:
    """Clark notation for a WordprocessingML tag: ``w("p")`` -> ``{…/main}p``."""
    return f"{{{W_NS}}}{tag}"


def attr(element: Element | None, name: str = "val") -> str | None:
    """A ``w:``-namespaced attribute (``w:val`` by default)."""
    return None if element is None else element.get(w(name))


def is_on(element: Element | None) -> bool | None:
    """An on/off property: ``<w:b/>`` is on, ``<w:b w:val="0"/>`` off, absent is ``None``."""
    if element is None:
        return None
    value = attr(element)
    return value is None or value.lower() not in _OFF


class StyleSheet:
    """The styles part of one document, indexed by style id."""

    def __init__(self, styles: Element | None, names: dict[str, str]) -> None:
        self._styles: dict[str, Element] = {}
        self._names = names
        self.default_paragraph: str | None = None
        self._default_rpr: Element | None = None
        if styles is None:
            return
        for style in styles.iter(w("style")):
            style_id = attr(style, "styleId")
            if style_id is None:
                continue
            self._styles[style_id] = style
            if attr(style, "type") == "paragraph" and is_on_attr(attr(style, "default")):
                self.default_paragraph = style_id
        self._default_rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")

    def name(self, style_id: str | None) -> str | None:
        """The style's UI name ("Heading 1"), as Word shows it."""
        if style_id is None:
            return None
        if style_id in self._names:
            return self._names[style_id]
        style = self._styles.get(style_id)
        name = attr(style.find(w("name"))) if style is not None else None
        return name or style_id

    def paragraph_style(self, p: Element) -> str | None:
        """The paragraph's style id, or the document's default paragraph style."""
        style_id = attr(p.find(f"{w('pPr')}/{w('pStyle')}"))
        return style_id or self.default_paragraph

    def chain(self, style_id: str | None) -> list[Element]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        result: list[Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            result.append(style)
            style_id = attr(style.find(w("basedOn")))
        return result

    def paragraph_property(self, style_id: str | None, *tags: str) -> Element | None:
        """``w:pPr/w:<tag>/…`` from the nearest style in the chain that sets it."""
        path = "/".join(w(tag) for tag in ("pPr", *tags))
        for style in self.chain(style_id):
            found = style.find(path)
            if found is not None:
                return found
        return None

    def run_property(self, run: Element | None, paragraph_style: str | None,
                     tag: str) -> Element | None:
        """``w:rPr/w:<tag>`` for a run: direct, character style, paragraph style, defaults."""
        rpr = run.find(w("rPr")) if run is not None else None
        if rpr is not None:
            direct = rpr.find(w(tag))
            if direct is not None:
                return direct
            character_style = attr(rpr.find(w("rStyle")))
            found = self._style_run_property(character_style, tag)
            if found is not None:
                return found
        found = self._style_run_property(paragraph_style, tag)
        if found is not None:
            return found
        return self._default_rpr.find(w(tag)) if self._default_rpr is not None else None

    def _style_run_property(self, style_id: str | None, tag: str) -> Element | None:
        for style in self.chain(style_id):
            found = style.find(f"{w('rPr')}/{w(tag)}")
            if found is not None:
                return found
        return None

    def run_bold(self, run: Element | None, paragraph_style: str | None) -> bool:
        return bool(is_on(self.run_property(run, paragraph_style, "b")))

    def run_size(self, run: Element | None, paragraph_style: str | None) -> float | None:
        """Font size in points (``w:sz`` holds half-points)."""
        value = attr(self.run_property(run, paragraph_style, "sz"))
        try:
            return int(value) / 2 if value is not None else None
        except ValueError:
            return None

    def outline_level(self, p: Element, style_id: str | None) -> int | None:
        """0-based heading level: from a "Heading N" style, else ``w:outlineLvl``."""
        for style in self.chain(style_id):
            match = _HEADING.match(self.name(attr(style, "styleId")) or "")
            if match:
                return int(match.group(1)) - 1
        level = p.find(f"{w('pPr')}/{w('outlineLvl')}")
        if level is None:
            level = self.paragraph_property(style_id, "outlineLvl")
        try:
            value = int(attr(level) or "9")
        except ValueError:
            return None
        return value if 0 <= value <= 8 else None  # 9 means body text


def is_on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF
