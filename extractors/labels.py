"""Format-neutral cues shared by the extractors that only see text (PDF, plain text, antiword).

Word files say what a paragraph is (style, outline level, auto-numbering); a PDF or a text file
only shows it. These helpers read the shape of a line: a leading bullet or numbering label, and
whether a short block looks like a heading.
"""

from __future__ import annotations

import re

#: Characters that start a bulleted line. ``\uf0b7``, ``\uf0a7``… are the Symbol/Wingdings
#: private-use code points Word's bullets become when a PDF keeps the font's own encoding.
BULLETS = frozenset("•●▪■□◦○◆◇►▶▸➢➤✓✔✗·‣⁃-–—*o\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0e0\uf0fc\uf06e")

#: Bullets that are also ordinary characters, so they only count when a space follows.
_AMBIGUOUS_BULLETS = frozenset("-–—*o·")

_ROMAN = r"(?:x{0,3}(?:ix|iv|v?i{0,3}))"
_ROMAN_UPPER = _ROMAN.upper()
_NUMBERING = re.compile(
    r"""^(?P<label>
        \(\s*(?:\d{1,3}|[a-z]|[A-Z]|ROMAN|UPPER)\s*\)         # (1) (a) (A) (ii) (IV)
      | (?:\d{1,3}|[a-z]|[A-Z]|ROMAN|UPPER)\)                 # 1) a) ii)
      | \d{1,3}(?:\.\d{1,3})+\.?                              # 3.1  3.1.2  3.1.
      | \d{1,3}\.                                             # 3.
      | (?:[a-zA-Z]|ROMAN|UPPER)\.                            # a.  B.  iv.  IV.
    )(?=\s|$)""".replace("ROMAN", _ROMAN).replace("UPPER", _ROMAN_UPPER),
    re.VERBOSE,
)
_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "per", "the", "to", "via", "with", "within",
})

#: A heading is a short line: at most this many words.
MAX_HEADING_WORDS = 15


def leading_label(text: str) -> str | None:
    """The bullet or numbering label that starts ``text`` ("•", "3.", "3.1", "a)", "(ii)").

    A label must be followed by white space or end the text, so "3.5%" or "a.m." are not labels.
    """
    stripped = text.lstrip()
    if not stripped:
        return None
    first = stripped[0]
    if first in BULLETS:
        rest = stripped[1:2]
        if first not in _AMBIGUOUS_BULLETS or rest in (" ", "\t", "\u00a0"):
            return first
        return None
    match = _NUMBERING.match(stripped)
    if match is None:
        return None
    label = match.group("label")
    return None if _is_empty_roman(label) else label


def _is_empty_roman(label: str) -> bool:
    """The roman-numeral patterns also match an empty numeral: "()" or ")" alone."""
    return label.strip("().") == ""


def normalise_bullet(text: str) -> str:
    """A leading Symbol/Wingdings private-use bullet glyph written as "•"."""
    stripped = text.lstrip()
    if stripped and "\uf000" <= stripped[0] <= "\uf0ff" and stripped[0] in BULLETS:
        return text[: len(text) - len(stripped)] + "•" + stripped[1:]
    unmapped = _UNMAPPED_GLYPH.match(stripped)
    if unmapped:  # "(cid:127) London Borough of Hackney": a glyph the font does not name
        return text[: len(text) - len(stripped)] + "• " + stripped[unmapped.end():]
    return text


#: A PDF glyph with no Unicode mapping, as pdfplumber writes it, standing before a list entry.
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d{1,4}\)\s+")


def is_bullet(label: str | None) -> bool:
    return label is not None and len(label) == 1 and label in BULLETS


def is_decimal_label(label: str | None) -> bool:
    """Section-style numbering: "3", "3.", "3.1", "3.1.2"."""
    return label is not None and _DECIMAL.match(label) is not None


def strip_label(text: str, label: str | None) -> str:
    """``text`` without its leading label and the white space after it."""
    if not label:
        return text.strip()
    stripped = text.lstrip()
    return stripped[len(label):].strip() if stripped.startswith(label) else stripped.strip()


def word_count(text: str) -> int:
    return len(text.split())


def is_title_case(text: str) -> bool:
    """Most words (other than short joining words) start with a capital letter."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def is_all_caps(text: str) -> bool:
    """Upper-case text with at least four letters ("BACKGROUND", "SCHEDULE 1")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def has_heading_shape(text: str, label: str | None = None) -> bool:
    """Short enough for a heading and not a sentence.

    The text after the label must start with a capital (or uncased) letter, have at most
    :data:`MAX_HEADING_WORDS` words and not end like a sentence or clause (full stop, comma,
    semicolon). The label's own full stop ("1. Purpose") does not count.
    """
    body = strip_label(text, label)
    first_letter = next((c for c in body if c.isalpha()), None)
    if first_letter is None or first_letter.islower():
        return False
    if word_count(body) > MAX_HEADING_WORDS:
        return False
    return not body.rstrip("\"'”’)").endswith((".", ",", ";"))


def looks_like_heading(
    text: str, label: str | None, *, bold: bool = False, larger: bool = False
) -> bool:
    """Whether a block whose source has no heading styles reads as a heading.

    It must have a heading's shape, and a heading's emphasis: bold, a larger font than the
    body, all capitals, or a section number ("3.", "3.1") followed by Title Case words.
    Bulleted lines are list items, never headings.
    """
    if is_bullet(label) or not has_heading_shape(text, label):
        return False
    body = strip_label(text, label)
    if bold or larger or is_all_caps(body):
        return True
    return is_decimal_label(label) and is_title_case(body)
