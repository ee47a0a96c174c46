"""The current text of one Word paragraph, read from its XML, with its style cues.

python-docx's ``paragraph.text`` only sees runs that are direct children, so it drops text in
insertions, hyperlinks, content controls and fields, and it cannot leave out tracked
deletions. This walks the whole paragraph instead:

* kept: ``w:t`` anywhere inside ``w:ins``, ``w:moveTo``, ``w:hyperlink``, ``w:smartTag``,
  ``w:fldSimple``, ``w:sdt``, ``mc:Choice`` and text boxes; ``w:tab`` as a tab, ``w:br`` and
  ``w:cr`` as line breaks;
* dropped: ``w:del`` and ``w:moveFrom`` (tracked deletions are not current text),
  ``w:delText``, field codes (``w:instrText``), ``mc:Fallback`` (a copy of ``mc:Choice``)
  and property elements. Comments live in their own part; only their anchors are here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .labels import leading_label
from .word_numbering import Numbering
from .word_styles import Element, StyleSheet, w

_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_T = w("t")
_R = w("r")
_P = w("p")
_BREAKS = frozenset({w("br"), w("cr")})
_TABS = frozenset({w("tab"), w("ptab")})
_SKIP = frozenset({
    w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("del"), w("moveFrom"), w("delText"),
    w("instrText"), w("delInstrText"), w("fldData"), w("rt"), w("customXmlPr"),
    w("smartTagPr"), w("commentReference"), w("footnoteReference"), w("endnoteReference"),
    f"{{{_MC_NS}}}Fallback",
})
_SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
#: Symbol/Wingdings private-use code points (``w:sym``) with a Unicode equivalent.
_SYMBOLS = {
    0xF0B7: "•", 0xF0A7: "▪", 0xF0A8: "☐", 0xF06F: "☐", 0xF0FE: "☒", 0xF078: "☒",
    0xF0FC: "✓", 0xF0FB: "✗", 0xF0D8: "➢", 0xF0E0: "→", 0xF0A9: "©",
}

Piece = tuple[str, Element | None]  # a bit of text and the run (w:r) that holds it


@dataclass(frozen=True, slots=True)
class Paragraph:
    """What the extractor needs of one ``w:p``."""

    raw: str  # displayed text, with the auto-numbering label and its tab in front
    body: str  # the text without the auto-numbering label
    label: str | None  # auto-numbering label, else one typed at the start of the text
    style_name: str | None
    outline_level: int | None
    bold: bool | None  # None when there is no text to be bold
    font_size: float | None


def read_paragraph(p: Element, styles: StyleSheet, numbering: Numbering) -> Paragraph:
    """Read one paragraph, advancing the document's numbering counters."""
    style_id = styles.paragraph_style(p)
    pieces: list[Piece] = []
    _collect(p, None, pieces)
    body = "".join(text for text, _ in pieces)
    label, suffix = None, "nothing"
    if body.strip() or not _mark_deleted(p):  # an empty numbered paragraph still counts
        label, suffix = numbering.label(p, style_id)
    raw = f"{label}{_SUFFIXES.get(suffix, chr(9))}{body}" if label and body.strip() else body
    if label is None:
        label = leading_label(body)  # typed by hand: "1.1 Definitions", "• item"
    return Paragraph(
        raw=raw, body=body, label=label, style_name=styles.name(style_id),
        outline_level=styles.outline_level(p, style_id),
        bold=_all_bold(pieces, styles, style_id),
        font_size=_dominant_size(pieces, styles, style_id),
    )


def _collect(element: Element, run: Element | None, out: list[Piece]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue  # XML comments and processing instructions have non-string tags
        if tag == _T:
            out.append((child.text or "", run))
        elif tag == _R:
            _collect(child, child, out)
        elif tag in _TABS:
            out.append(("\t", run))
        elif tag in _BREAKS:
            out.append(("\n", run))
        elif tag == w("noBreakHyphen"):
            out.append(("-", run))
        elif tag == w("softHyphen"):
            out.append(("\u00ad", run))
        elif tag == w("sym"):
            out.append((_symbol(child), run))
        elif tag == _P:  # a paragraph inside a text box
            out.append(("\n", None))
            _collect(child, None, out)
        else:
            _collect(child, run, out)


def _symbol(sym: Element) -> str:
    try:
        code = int(sym.get(w("char")) or "", 16)
    except ValueError:
        return ""
    if code in _SYMBOLS:
        return _SYMBOLS[code]
    return chr(code) if 0 < code < 0x110000 else ""


def _mark_deleted(p: Element) -> bool:
    """The paragraph mark itself is a tracked deletion."""
    return p.find(f"{w('pPr')}/{w('rPr')}/{w('del')}") is not None


def _textual_runs(pieces: list[Piece]) -> list[tuple[str, Element | None]]:
    return [(text, run) for text, run in pieces if text.strip()]


def _all_bold(pieces: list[Piece], styles: StyleSheet, style_id: str | None) -> bool | None:
    textual = _textual_runs(pieces)
    if not textual:
        return None
    verdicts: dict[int, bool] = {}
    for _, run in textual:
        key = id(run)
        if key not in verdicts:
            verdicts[key] = styles.run_bold(run, style_id)
        if not verdicts[key]:
            return False
    return True


def _dominant_size(pieces: list[Piece], styles: StyleSheet, style_id: str | None) -> float | None:
    weights: Counter[float] = Counter()
    sizes: dict[int, float | None] = {}
    for text, run in _textual_runs(pieces):
        key = id(run)
        if key not in sizes:
            sizes[key] = styles.run_size(run, style_id)
        size = sizes[key]
        if size is not None:
            weights[size] += len(text.strip())
    return weights.most_common(1)[0][0] if weights else None
