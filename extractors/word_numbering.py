"""Word auto-numbering: the labels ("1.", "2.3", "(a)", "•") Word prints but never stores.

A numbered paragraph names a list (``w:numId``) and a level (``w:ilvl``), directly or through
its style. The list points at an abstract definition whose levels give the format
(``decimal``, ``lowerLetter``…), the template (``%1.%2``) and the start value. Counting is
done here, in document order: lists that share an abstract definition share counters (as in
Word), except a list that overrides its start values, which counts on its own; using a level
restarts the levels below it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .word_styles import Element, StyleSheet, attr, is_on, w

_MAX_LEVELS = 9
_BULLET = "•"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    legal: bool = False  # isLgl: show every level's number in decimal
    restart: int | None = None  # lvlRestart: 0 means never restart
    suffix: str = "tab"


def format_number(value: int, fmt: str) -> str:
    """One counter value in a Word number format."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


def _roman(value: int) -> str:
    parts: list[str] = []
    for number, numeral in _ROMAN:
        count, value = divmod(value, number)
        parts.append(numeral * count)
    return "".join(parts)


def bullet_text(text: str) -> str:
    """A bullet level's character; Symbol/Wingdings private-use glyphs become "•"."""
    char = text.strip()[:1]
    if not char or "\uf000" <= char <= "\uf0ff":
        return _BULLET
    return char


class Numbering:
    """Numbering definitions of one document, with the running counters."""

    def __init__(self, numbering: Element | None, styles: StyleSheet) -> None:
        self._styles = styles
        self._abstract: dict[str, Element] = {}
        self._nums: dict[str, Element] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._cache: dict[str, tuple[dict[int, Level], str]] = {}
        if numbering is not None:
            for abstract in numbering.iter(w("abstractNum")):
                self._abstract[attr(abstract, "abstractNumId") or ""] = abstract
            for num in numbering.iter(w("num")):
                self._nums[attr(num, "numId") or ""] = num

    def label(self, p: Element, style_id: str | None) -> tuple[str | None, str]:
        """Advance the paragraph's counter; return its label ("3.", "(a)", "•") and suffix.

        The suffix is what Word puts between label and text: "tab", "space" or "nothing".
        """
        num_id, ilvl = self._num_pr(p, style_id)
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None, "nothing"
        if num_id not in self._cache:
            self._cache[num_id] = self._levels(num_id)
        levels, key = self._cache[num_id]
        level = levels.get(ilvl)
        if level is None:
            return None, "nothing"
        counters = self._counters.setdefault(key, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [lv for lv in counters if lv > ilvl]:
            if levels.get(deeper, Level()).restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            return bullet_text(level.text), level.suffix
        text = level.text
        for n in range(1, _MAX_LEVELS + 1):
            placeholder = f"%{n}"
            if placeholder in text:
                other = levels.get(n - 1, Level())
                value = counters.get(n - 1, other.start)
                fmt = "decimal" if level.legal and other.fmt != "none" else other.fmt
                text = text.replace(placeholder, format_number(value, fmt))
        return (text.strip() or None), level.suffix

    def _num_pr(self, p: Element, style_id: str | None) -> tuple[str | None, int]:
        """The list and level of a paragraph: its own ``w:numPr``, else its style chain's."""
        num_pr = p.find(f"{w('pPr')}/{w('numPr')}")
        num_id = attr(num_pr.find(w("numId"))) if num_pr is not None else None
        ilvl_text = attr(num_pr.find(w("ilvl"))) if num_pr is not None else None
        if num_id is None:
            num_id = attr(self._styles.paragraph_property(style_id, "numPr", "numId"))
        if ilvl_text is None:
            ilvl_text = attr(self._styles.paragraph_property(style_id, "numPr", "ilvl"))
        if ilvl_text is None and num_id is not None and style_id is not None:
            ilvl_text = self._level_for_style(num_id, style_id)
        try:
            ilvl = int(ilvl_text or "0")
        except ValueError:
            ilvl = 0
        return num_id, min(max(ilvl, 0), _MAX_LEVELS - 1)

    def _level_for_style(self, num_id: str, style_id: str) -> str | None:
        """The level whose ``w:pStyle`` names this style (heading numbering does this)."""
        abstract = self._abstract_for(num_id)
        if abstract is None:
            return None
        for lvl in abstract.iter(w("lvl")):
            if attr(lvl.find(w("pStyle"))) == style_id:
                return attr(lvl, "ilvl")
        return None

    def _abstract_for(self, num_id: str, depth: int = 0) -> Element | None:
        num = self._nums.get(num_id)
        if num is None or depth > 3:
            return None
        abstract = self._abstract.get(attr(num.find(w("abstractNumId"))) or "")
        link = attr(abstract.find(w("numStyleLink"))) if abstract is not None else None
        if link is not None:  # the list is defined by a numbering style
            linked_id = attr(self._styles.paragraph_property(link, "numPr", "numId"))
            if linked_id is not None and linked_id != num_id:
                return self._abstract_for(linked_id, depth + 1)
        return abstract

    def _levels(self, num_id: str) -> tuple[dict[int, Level], str]:
        """The levels of a list (with its overrides) and the key of its counters."""
        abstract = self._abstract_for(num_id)
        levels: dict[int, Level] = {}
        if abstract is not None:
            for lvl in abstract.iter(w("lvl")):
                levels[_int(attr(lvl, "ilvl"), 0)] = _level(lvl)
        key = f"abstract:{attr(abstract, 'abstractNumId') if abstract is not None else num_id}"
        num = self._nums[num_id]
        for override in num.iter(w("lvlOverride")):
            ilvl = _int(attr(override, "ilvl"), 0)
            replacement = override.find(w("lvl"))
            if replacement is not None:
                levels[ilvl] = _level(replacement)
            start = override.find(w("startOverride"))
            if start is not None:
                base = levels.get(ilvl, Level())
                levels[ilvl] = Level(base.fmt, base.text, _int(attr(start), 1), base.legal,
                                     base.restart, base.suffix)
                key = f"num:{num_id}"
        return levels, key


def _level(lvl: Element) -> Level:
    restart = attr(lvl.find(w("lvlRestart")))
    return Level(
        fmt=attr(lvl.find(w("numFmt"))) or "decimal",
        text=attr(lvl.find(w("lvlText"))) or "",
        start=_int(attr(lvl.find(w("start"))), 1),
        legal=bool(is_on(lvl.find(w("isLgl")))),
        restart=_int(restart, 1) if restart is not None else None,
        suffix=attr(lvl.find(w("suff"))) or "tab",
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
