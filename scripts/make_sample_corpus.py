"""Build the bundled sample corpus: 15 ISPs as DOCX, PDF and legacy DOC, with ground truth.

    python scripts/make_sample_corpus.py [--out data/raw] [--truth data/truth/sample_corpus.json]
                                         [--docx-only]

Each agreement in ``corpus_agreements.py`` becomes a ``Plan`` (``corpus_text.py``); the Word
file is written from the plan with python-docx, LibreOffice converts it to PDF and to Word 97
``.doc``, and the truth record is read off the same agreement and plan. Everything is
deterministic: no randomness, fixed document properties, and fixed zip timestamps in the DOCX
(LibreOffice's PDF and DOC output still carry their own creation times).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_agreements import AGREEMENTS  # noqa: E402  (sibling module of this script)
from corpus_text import (  # noqa: E402
    SECTION_KEYS,
    Agreement,
    Bullets,
    Heading,
    Para,
    Plan,
    Signature,
    Table,
    plan,
)

log = logging.getLogger("make_sample_corpus")

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "pipeline" / "resources" / "registry.csv"
TRUTH = ROOT / "data" / "truth" / "sample_corpus.json"
FORMATS = ("docx", "pdf", "doc")
FIXED_TIME = datetime(2017, 1, 1, 9, 0, 0)
_ZIP_TIME = (2017, 1, 1, 9, 0, 0)
_FONT = "Arial"


def load_registry(path: Path = REGISTRY) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["name"]: row for row in csv.DictReader(f)}


# --- checks ----------------------------------------------------------------------------


def check_agreement(a: Agreement, registry: dict[str, dict[str, str]]) -> None:
    """Fail early on truth that contradicts the registry or the contract's vocabulary."""
    aliases: dict[str, str] = {}
    for name, row in registry.items():
        for alias in [name, *filter(None, row.get("aliases", "").split(";"))]:
            aliases[alias.strip().lower()] = name
    for party in (a.lead, *a.partners):
        if party.org is not None and party.org not in registry:
            raise ValueError(f"{a.title}: {party.org!r} is not a registry name")
        exact = aliases.get(party.name.lower())
        if exact and exact != party.org:
            raise ValueError(f"{a.title}: {party.name!r} is the registry's {exact!r}")
    unknown = a.missing - set(SECTION_KEYS)
    if unknown:
        raise ValueError(f"{a.title}: unknown section keys {sorted(unknown)}")
    if not a.partners:
        raise ValueError(f"{a.title}: no partners")


# --- truth -----------------------------------------------------------------------------


def truth_record(a: Agreement, p: Plan, file: str, fmt: str) -> dict[str, object]:
    statutes: list[dict[str, object]] = []
    seen: set[tuple[str, int, str | None]] = set()
    for cite in p.cites():
        for title, year in cite.acts:
            if (title, year, cite.provision) in seen:
                continue
            seen.add((title, year, cite.provision))
            statutes.append({"citation": cite.text, "title": title, "year": year,
                             "provision": cite.provision})
    present = p.section_keys()
    review, start = a.review_date, a.commencement_date
    return {
        "file": file,
        "format": fmt,
        "layout": a.layout,
        "title": a.title,
        "purpose": a.purpose,
        "lead": {"name": a.lead.name, "org": a.lead.org},
        "partners": [{"name": x.name, "org": x.org} for x in a.partners],
        "statutes": statutes,
        "review_date": review.isoformat() if review else None,
        "review_basis": a.review_basis,
        "commencement_date": start.isoformat() if start else None,
        "sections_present": present,
        "missing_sections": [k for k in SECTION_KEYS if k not in present],
    }


# --- DOCX ------------------------------------------------------------------------------


def _set_font(style, size: float, bold: bool | None = None, colour: RGBColor | None = None):
    """Pin a style to Arial, dropping the theme fonts that would otherwise win."""
    style.font.name = _FONT
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if colour is not None:
        style.font.color.rgb = colour
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    fonts.set(qn("w:eastAsia"), _FONT)
    fonts.set(qn("w:cs"), _FONT)


def _new_document() -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    navy = RGBColor(0x1F, 0x38, 0x64)
    _set_font(doc.styles["Normal"], 11)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    _set_font(doc.styles["Heading 1"], 13, True, navy)
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    _set_font(doc.styles["Title"], 18, True, navy)
    _set_font(doc.styles["List Bullet"], 11)
    props = doc.core_properties
    props.author = props.last_modified_by = "WEISF"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    props.title = props.subject = props.keywords = props.comments = ""
    props.category = ""
    return doc


def _add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field, cached result 1, as Word writes it."""
    def run_with(child: BaseOxmlElement) -> None:
        paragraph.add_run()._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(begin)
    run_with(instr)
    run_with(separate)
    paragraph.add_run("1")
    run_with(end)


def _write_para(doc: DocxDocument, para: Para, style: str | None = None) -> Paragraph:
    return doc.add_paragraph(para.text, style=style)


def _write_table(doc: DocxDocument, table: Table) -> None:
    ncols = len(table.rows[0])
    out = doc.add_table(rows=len(table.rows), cols=ncols)
    out.style = doc.styles["Table Grid"]
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    out.autofit = False
    widths = [Mm(w) for w in table.widths]
    for column, width in zip(out.columns, widths, strict=True):
        column.width = width
    for r, values in enumerate(table.rows):
        cells = out.rows[r].cells
        if r in table.spans:
            cells[0].merge(cells[-1])
            cells = (cells[0],)
        for c, (cell, value) in enumerate(zip(cells, values, strict=False)):
            cell.width = widths[c]
            run = cell.paragraphs[0].add_run(value)
            cell.paragraphs[0].paragraph_format.space_after = Pt(0)
            header = (table.kind == "header" and r == 0) or (table.kind == "labels" and c == 0)
            run.bold = header or r in table.spans
    doc.add_paragraph()


def render(p: Plan) -> DocxDocument:
    doc = _new_document()
    section = doc.sections[0]
    if p.header:
        section.header.paragraphs[0].text = p.header
    if p.footer:
        footer = section.footer.paragraphs[0]
        footer.add_run(p.footer)
        _add_page_field(footer)
    for item in p.items:
        if isinstance(item, Heading):
            _write_heading(doc, item)
        elif isinstance(item, Para):
            _write_para(doc, item)
        elif isinstance(item, Bullets):
            for bullet in item.items:
                _write_para(doc, bullet, "List Bullet")
        elif isinstance(item, Table):
            _write_table(doc, item)
        elif isinstance(item, Signature):
            for i, line in enumerate(item.lines):
                para = doc.add_paragraph(line)
                last = i == len(item.lines) - 1
                para.paragraph_format.space_after = Pt(12 if last else 2)
                para.paragraph_format.keep_with_next = not last
    return doc


def _write_heading(doc: DocxDocument, h: Heading) -> None:
    if h.style == "title":
        doc.add_paragraph(h.text, style="Title")
    elif h.style == "heading1":
        para = doc.add_paragraph(h.text, style="Heading 1")
        para.paragraph_format.page_break_before = h.new_page
    else:
        para = doc.add_paragraph()
        run = para.add_run(h.text)
        run.bold = h.style in ("bold", "big_bold")
        if h.style == "big_bold":
            run.font.size = Pt(18)
        para.paragraph_format.space_before = Pt(0 if h.style == "big_bold" else 10)
        para.paragraph_format.keep_with_next = True


def save_docx(doc: DocxDocument, path: Path) -> None:
    """Save with every zip member stamped with one fixed time, so the bytes repeat."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))


def docx_text(path: Path) -> list[str]:
    """Every paragraph of a DOCX in order: header, footer, body and table cells."""
    doc = Document(str(path))
    lines: list[str] = []
    for section in doc.sections:
        lines += [p.text for p in section.header.paragraphs]
        lines += [p.text for p in section.footer.paragraphs]
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                lines.append(" | ".join(
                    "".join(t.text or "" for t in tc.iter(qn("w:t")))
                    for tc in row.iter(qn("w:tc"))))
    return lines


def check_text(a: Agreement, p: Plan, path: Path) -> None:
    """The facts in the truth must be in the document as written (and headings of missing
    sections must not be)."""
    text = "\n".join(docx_text(path))
    facts = [a.title, a.purpose, a.lead.name, *(x.name for x in a.partners),
             *(c.text for c in p.cites())]
    if a.review is not None:
        facts.append(a.review.text)
    for fact in facts:
        if fact not in text:
            raise AssertionError(f"{path.name}: {fact!r} is not in the document")


# --- LibreOffice -----------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(docx_files: list[Path], out: Path, fmt: str) -> None:
    """Convert with LibreOffice headless in one run, using a private profile directory."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed; use --docx-only")
    target = {"pdf": "pdf", "doc": 'doc:MS Word 97'}[fmt]
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
               "--norestore", "--convert-to", target, "--outdir", str(out),
               *map(str, docx_files)]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    missing = [f for f in docx_files if not (out / f"{f.stem}.{fmt}").exists()]
    if result.returncode != 0 or missing:
        raise RuntimeError(f"LibreOffice failed to make {fmt} for "
                           f"{[f.name for f in missing]}: {result.stderr.strip()}")
    if fmt == "pdf":
        for f in docx_files:
            pin_pdf(out / f"{f.stem}.pdf")


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\(D:\d{14}")
_PDF_HASH = re.compile(rb"(/ID\s*\[\s*<|>\s*<|/DocChecksum\s*/)([0-9A-F]{32})")


def pin_pdf(path: Path) -> None:
    """Replace LibreOffice's creation time, and the trailer's ids and checksum that vary with
    it, by fixed values of the same length: the xref offsets stay valid and the bytes repeat."""
    data = path.read_bytes()
    cut = data.rindex(b"trailer")
    stamp = b"/\\1(D:" + FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()
    body, trailer = _PDF_DATE.sub(stamp, data[:cut]), data[cut:]
    blank = _PDF_HASH.sub(lambda m: m.group(1) + b"0" * 32, trailer)
    digest = hashlib.md5(body + blank, usedforsecurity=False).hexdigest().upper().encode()
    path.write_bytes(body + _PDF_HASH.sub(lambda m: m.group(1) + digest, blank))


# --- the whole corpus ------------------------------------------------------------------


def build(out: Path, truth: Path | None, docx_only: bool = False) -> list[dict[str, object]]:
    """Write the corpus into ``out`` and its truth into ``truth``; return the truth records."""
    registry = load_registry()
    out.mkdir(parents=True, exist_ok=True)
    slugs = [a.slug for a in AGREEMENTS]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"duplicate file names: {slugs}")
    formats = ("docx",) if docx_only else FORMATS
    records: list[dict[str, object]] = []
    written: list[Path] = []
    for a in AGREEMENTS:
        check_agreement(a, registry)
        p = plan(a, registry)
        path = out / f"{a.slug}.docx"
        save_docx(render(p), path)
        check_text(a, p, path)
        written.append(path)
        records += [truth_record(a, p, f"{a.slug}.{fmt}", fmt) for fmt in formats]
    for fmt in formats[1:]:
        convert(written, out, fmt)
    expected = {str(r["file"]) for r in records}
    strays = sorted(f.name for f in out.iterdir()
                    if f.suffix.lstrip(".") in FORMATS and f.name not in expected)
    if strays:
        log.warning("files in %s that the corpus does not define: %s", out, strays)
    records.sort(key=lambda r: str(r["file"]))
    if truth is not None:
        truth.parent.mkdir(parents=True, exist_ok=True)
        truth.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "raw",
                        help="folder for the documents (default: data/raw)")
    parser.add_argument("--truth", type=Path, default=TRUTH,
                        help="ground-truth JSON (default: data/truth/sample_corpus.json)")
    parser.add_argument("--docx-only", action="store_true",
                        help="skip the LibreOffice conversion to PDF and DOC (the truth "
                             "then lists the DOCX files only)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    try:
        records = build(args.out, args.truth, args.docx_only)
    except (RuntimeError, ValueError, AssertionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    log.info("wrote %d files for %d agreements to %s in %.1fs", len(records), len(AGREEMENTS),
             args.out, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
