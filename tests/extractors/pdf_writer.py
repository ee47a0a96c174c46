"""A tiny PDF writer for layout tests: placed text in Helvetica (regular and bold) and lines.

It writes exactly what a test describes, so a test of the PDF extractor's layout rules (gaps,
fonts, margins, rulings, columns) does not depend on a word processor's choices. Coordinates
are in points from the top-left corner, as pdfplumber reports them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

A4 = (595.0, 842.0)


@dataclass(frozen=True)
class Text:
    x: float
    top: float
    text: str
    size: float = 11.0
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    """A straight line from (x0, top0) to (x1, top1)."""

    x0: float
    top0: float
    x1: float
    top1: float


Mark = Text | Rule


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(marks: Sequence[Mark], height: float) -> bytes:
    ops: list[bytes] = []
    for mark in marks:
        if isinstance(mark, Text):
            font = b"/F2" if mark.bold else b"/F1"
            baseline = height - mark.top - mark.size * 0.8
            ops.append(b"BT %s %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (
                font, mark.size, mark.x, baseline, _escape(mark.text)))
        else:
            ops.append(b"0.75 w %.2f %.2f m %.2f %.2f l S" % (
                mark.x0, height - mark.top0, mark.x1, height - mark.top1))
    return b"\n".join(ops)


def write_pdf(path: Path, pages: Sequence[Sequence[Mark]], info: dict[str, str] | None = None,
              size: tuple[float, float] = A4) -> Path:
    """Write ``pages`` (each a list of marks) as a PDF with a classic xref table."""
    width, height = size
    objects: list[bytes] = [b"", b""]  # catalog and page tree, filled in below
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects.append(font % b"Helvetica")
    objects.append(font % b"Helvetica-Bold")
    kids: list[int] = []
    for marks in pages:
        stream = _content(marks, height)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.0f %.0f] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>"
            % (width, height, len(objects)))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info_ref = b""
    if info:
        entries = b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in info.items())
        objects.append(b"<< " + entries + b" >>")
        info_ref = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_ref, xref)
    path.write_bytes(bytes(out))
    return path
