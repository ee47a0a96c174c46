"""Helpers to build tricky Word files with python-docx, plus the twin document's source.

python-docx writes styles, tables and headers; what it cannot (numbering definitions, tracked
changes, content controls, fields) is injected as WordprocessingML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def xml(fragment: str) -> Any:
    """Parse a WordprocessingML fragment whose root has no namespace declarations."""
    root_end = fragment.index(">")
    if fragment[root_end - 1] == "/":
        root_end -= 1
    return parse_xml(fragment[:root_end] + " " + NSDECL + fragment[root_end:])


def add_numbering(document: DocxDocument, levels: list[tuple[str, str, int]],
                  abstract_id: int = 90, num_id: int = 90) -> int:
    """Define a list: one ``(numFmt, lvlText, start)`` per level. Returns its ``numId``."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    abstract = xml(f'<w:abstractNum w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(xml(
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def add_num_instance(document: DocxDocument, abstract_id: int, num_id: int,
                     restart_at: int | None = None) -> int:
    """Another list on an existing definition, optionally restarting level 0."""
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/>'
                f"</w:lvlOverride>" if restart_at is not None else "")
    document.part.numbering_part.element.append(xml(
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))
    return num_id


def number(paragraph: Paragraph, num_id: int, level: int = 0) -> Paragraph:
    """Give ``paragraph`` Word auto-numbering from list ``num_id`` at ``level``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, xml(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def append(paragraph: Paragraph, fragment: str) -> Paragraph:
    """Append raw WordprocessingML (runs, ins/del, fields…; one or more elements)."""
    for element in list(xml(f"<w:wrapper>{fragment}</w:wrapper>")):
        paragraph._p.append(element)
    return paragraph


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def build_twin_docx(path: Path) -> Path:
    """The source of the DOCX/PDF/DOC twins: two pages, numbered headings, a merged table."""
    document = docx.Document()
    decimal = add_numbering(document, [("decimal", "%1.", 1), ("lowerLetter", "%2)", 1)])
    section = document.sections[0]
    section.header.paragraphs[0].text = "WHOLE ESSEX INFORMATION SHARING FRAMEWORK"
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    append(footer, f'<w:fldSimple w:instr="PAGE">{run("1")}</w:fldSimple>')

    document.add_paragraph("Information Sharing Protocol", style="Title")
    number(document.add_paragraph("Purpose", style="Heading 1"), decimal)
    document.add_paragraph(
        "This protocol enables the partners to share personal information safely and "
        "lawfully, so that the people they serve get joined-up support.")
    document.add_paragraph("It applies to every partner organisation that signs it.")
    for partner in ("Essex County Council", "Essex Police", "Southend City Council"):
        document.add_paragraph(partner, style="List Bullet")
    heading = number(document.add_paragraph(), decimal)
    heading.add_run("Legal Basis").bold = True
    document.add_paragraph(
        "The partners rely on the Data Protection Act 2018 and the UK GDPR for this sharing.")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Partner details"
    table.cell(0, 2).text = "Review"
    table.cell(1, 0).text = "Essex Police"
    table.cell(1, 1).text = "Partner"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Annually"
    table.cell(2, 0).text = "Essex County Council"
    table.cell(2, 1).text = "Lead"
    document.add_paragraph("Each partner keeps a copy of this protocol.").runs[0].add_break(
        WD_BREAK.PAGE)
    number(document.add_paragraph("Retention", style="Heading 1"), decimal)
    document.add_paragraph(
        "Information is kept no longer than necessary and then destroyed securely.")
    number(document.add_paragraph("the records of each partner;"), decimal, level=1)
    number(document.add_paragraph("the records the partners hold jointly."), decimal, level=1)
    document.add_paragraph("Signed on behalf of the partners.")
    document.save(str(path))
    return path
