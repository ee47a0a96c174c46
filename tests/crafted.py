"""Hostile files, built small on disk: a PDF that takes minutes to read, a PDF whose one
content stream inflates to hundreds of MiB, a Word zip bomb, a billion-laughs Word file. The
limit tests and ``scripts/bench_limits.py`` use them (``tests/extractors/zip_writer.py``
writes the ZIP containers).
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.extractors.zip_writer import Member

MIB = 1 << 20

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 b'<w:document xmlns:w="' + W_NS.encode() + b'"><w:body>')
DOCUMENT_TAIL = (b"<w:p><w:r><w:t>The partners share data lawfully.</w:t></w:r></w:p>"
                 b"</w:body></w:document>")
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
          + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
          + "]>").encode()


def laughing_document(prolog: bytes = LAUGHS) -> bytes:
    """``word/document.xml`` with ``prolog`` (nested entity declarations) before its root."""
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + prolog
            + DOCUMENT_HEAD.split(b"?>\r\n", 1)[1] + b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
            + b"</w:body></w:document>")


def docx_bomb(path: Path, gib: int = 1) -> Path:
    """A real Word package whose ``word/document.xml`` is ``gib`` GiB of spaces (about 1 MB
    on disk per GiB)."""
    from tests.extractors.zip_writer import Member, write_zip

    part = Member.repeated("word/document.xml", DOCUMENT_HEAD, b" " * MIB, 1024 * gib,
                           DOCUMENT_TAIL)
    return write_zip(path, [*_other_parts(path, "word/document.xml"), part])


def laughing_docx(path: Path) -> Path:
    """A real Word package whose ``word/document.xml`` nests ten levels of entities."""
    from tests.extractors.zip_writer import Member, write_zip

    part = Member.deflated("word/document.xml", laughing_document())
    return write_zip(path, [*_other_parts(path, "word/document.xml"), part])


def _other_parts(path: Path, but: str) -> list[Member]:
    """The parts of a small real python-docx package, but the one named ``but``."""
    import docx

    from tests.extractors.zip_writer import members_of

    base = path.with_name(path.stem + ".base.docx")
    document = docx.Document()
    document.add_paragraph("The partners share data lawfully.")
    document.save(str(base))
    try:
        return [m for m in members_of(base) if m.name != but]
    finally:
        base.unlink()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF with a classic xref table; object 1 must be the catalogue."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + \
            b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def slow_pdf(path: Path, pages: int = 4000, lines: int = 70) -> Path:
    """Thousands of pages that all show one dense content stream: a few KiB on disk, minutes
    of character layout for any PDF reader that reads every page (as ours does)."""
    text = b" ".join(b"BT /F1 7 Tf 1 0 0 1 30 %d Tm (Clause %d of the information sharing "
                     b"protocol between the partners, page text repeated.) Tj ET"
                     % (820 - 11 * i, i) for i in range(lines))
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(text),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"] * pages
    path.write_bytes(_pdf(objects))
    return path


def inflating_pdf(path: Path, mib: int = 1536) -> Path:
    """One page whose content stream inflates to ``mib`` MiB (of whitespace): about 1 KiB per
    MiB on disk. A reader that inflates streams whole needs that much memory at once."""
    compressor = zlib.compressobj(1)
    chunk = b" " * (1 << 20)
    body = b"".join(compressor.compress(chunk) for _ in range(mib)) + compressor.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + \
        b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        stream,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>",
    ]
    path.write_bytes(_pdf(objects))
    return path
