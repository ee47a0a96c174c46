"""DOCX: body order, current text under tracked changes, styles, numbering, tables, furniture."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE

from extractors import Block, Document, Status, extract
from extractors.word_numbering import format_number

from .docx_builder import add_num_instance, add_numbering, append, number, run, xml

INS = 'w:id="1" w:author="Reviewer" w:date="2024-09-03T10:00:00Z"'


def _save(document: DocxDocument, path: Path) -> Path:
    document.save(str(path))
    return path


def _read(path: Path) -> Document:
    result = extract(path)
    assert result.status is Status.OK, result.error
    assert result.document is not None
    return result.document


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def _body_append(document: DocxDocument, fragment: str) -> None:
    """Add a block-level element (a content control, say) at the end of the body."""
    body = document.element.body
    body.insert(len(body) - 1, xml(fragment))  # before w:sectPr


def test_tracked_deletions_are_dropped_and_insertions_kept(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    append(paragraph, run("The partners share "))
    append(paragraph, f"<w:ins {INS}>{run('only the necessary ')}</w:ins>")
    append(paragraph, f"<w:del {INS}><w:r><w:delText>all available </w:delText></w:r></w:del>")
    append(paragraph, run("data."))
    fully_deleted = document.add_paragraph()
    append(fully_deleted, f"<w:del {INS}><w:r><w:delText>A deleted recital.</w:delText></w:r>"
                          "</w:del>")
    body = _read(_save(document, tmp_path / "tracked.docx"))
    assert _texts(body.blocks) == ["The partners share only the necessary data."]


def test_moved_text_is_read_once_where_it_now_stands(tmp_path: Path) -> None:
    document = docx.Document()
    append(document.add_paragraph(), f"<w:moveFrom {INS}>{run('Moved clause.')}</w:moveFrom>")
    document.add_paragraph("Intervening clause.")
    append(document.add_paragraph(), f"<w:moveTo {INS}>{run('Moved clause.')}</w:moveTo>")
    body = _read(_save(document, tmp_path / "moved.docx"))
    assert _texts(body.blocks) == ["Intervening clause.", "Moved clause."]


def test_comment_text_never_appears_in_the_document(tmp_path: Path) -> None:
    document = docx.Document()
    commented = document.add_paragraph().add_run("Data is retained for six years.")
    document.add_comment(commented, text="Check the retention period with legal.",
                         author="Reviewer")
    result = _read(_save(document, tmp_path / "comment.docx"))
    assert _texts(result.blocks) == ["Data is retained for six years."]
    assert "legal" not in result.text


def test_content_controls_hyperlinks_and_field_results_are_text(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    append(paragraph, run("Lead: "))
    append(paragraph, f"<w:sdt><w:sdtPr><w:alias w:val='Lead'/></w:sdtPr>"
                      f"<w:sdtContent>{run('Essex Police')}</w:sdtContent></w:sdt>")
    append(paragraph, run(", see "))
    append(paragraph, f"<w:hyperlink w:anchor='ico'>{run('ICO guidance')}</w:hyperlink>")
    append(paragraph, run(" in "))
    append(paragraph, f"<w:fldSimple w:instr='DOCPROPERTY Title'>{run('the Protocol')}"
                      "</w:fldSimple>")
    append(paragraph, run(", page "))
    append(paragraph, "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
                      "<w:r><w:instrText xml:space='preserve'> PAGE </w:instrText></w:r>"
                      "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
                      "<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>")
    _body_append(document, "<w:sdt><w:sdtPr/><w:sdtContent>"
                           f"<w:p>{run('A clause inside a block content control.')}</w:p>"
                           "</w:sdtContent></w:sdt>")
    body = _read(_save(document, tmp_path / "controls.docx"))
    assert _texts(body.blocks) == [
        "Lead: Essex Police, see ICO guidance in the Protocol, page 7",
        "A clause inside a block content control.",
    ]
    assert body.blocks[1].path == "body/p/1"


def test_alternate_content_is_read_from_the_choice_only(tmp_path: Path) -> None:
    document = docx.Document()
    box = f"<w:txbxContent><w:p>{run('Text box note')}</w:p></w:txbxContent>"
    append(document.add_paragraph("Anchor."),
           "<w:r><mc:AlternateContent><mc:Choice Requires='wps'>" + box + "</mc:Choice>"
           "<mc:Fallback><w:pict>" + box + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = _read(_save(document, tmp_path / "alternate.docx"))
    assert body.blocks[0].raw_text == "Anchor.\nText box note"


def test_tabs_and_line_breaks_are_kept_raw_and_spaced_when_clean(tmp_path: Path) -> None:
    document = docx.Document()
    append(document.add_paragraph(),
           "<w:r><w:t>Name:</w:t><w:tab/><w:t>Essex Police</w:t><w:br/><w:t>Z4871612</w:t></w:r>")
    block = _read(_save(document, tmp_path / "tabs.docx")).blocks[0]
    assert block.raw_text == "Name:\tEssex Police\nZ4871612"
    assert block.text == "Name: Essex Police Z4871612"


def test_heading_styles_and_title_are_headings_with_outline_levels(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Information Sharing Protocol", style="Title")
    document.add_heading("Purpose", level=1)
    document.add_heading("Scope of sharing", level=2)
    document.add_paragraph("The protocol covers all partners.")
    blocks = _read(_save(document, tmp_path / "styled.docx")).blocks
    assert [(b.kind, b.cues.style_name, b.cues.outline_level) for b in blocks] == [
        ("heading", "Title", None), ("heading", "Heading 1", 0), ("heading", "Heading 2", 1),
        ("paragraph", "Normal", None),
    ]
    assert blocks[1].cues.bold is True and blocks[1].cues.font_size == 14.0


def test_short_bold_unstyled_paragraph_is_a_heading_but_a_bold_sentence_is_not(
        tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Legal Basis").bold = True
    document.add_paragraph().add_run("All partners must read this section carefully.").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Term. ").bold = True
    mixed.add_run("The agreement lasts three years")
    blocks = _read(_save(document, tmp_path / "bold.docx")).blocks
    assert [(b.kind, b.cues.bold) for b in blocks] == [
        ("heading", True), ("paragraph", True), ("paragraph", False)]


def test_bold_from_paragraph_and_character_styles_counts_as_bold(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles.add_style("Clause Title", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    document.add_paragraph("Data Retention", style="Clause Title")
    document.add_paragraph().add_run("Confidentiality", style="Strong")
    document.add_paragraph("Complaints", style="Clause Title").runs[0].bold = False
    blocks = _read(_save(document, tmp_path / "styles.docx")).blocks
    assert [(b.text, b.kind, b.cues.bold) for b in blocks] == [
        ("Data Retention", "heading", True), ("Confidentiality", "heading", True),
        ("Complaints", "paragraph", False)]


def test_outline_level_makes_a_short_paragraph_a_heading_but_not_a_long_one(
        tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("Annex A", "WHEREAS the partners wish to share information about the people "
                            "they support in order to keep them safe from harm"):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(xml('<w:outlineLvl w:val="2"/>'))
    blocks = _read(_save(document, tmp_path / "outline.docx")).blocks
    assert [(b.kind, b.cues.outline_level) for b in blocks] == [("heading", 2), ("paragraph", 2)]


def test_auto_numbered_heading_gets_its_label_in_cues_and_text(tmp_path: Path) -> None:
    document = docx.Document()
    decimal = add_numbering(document, [("decimal", "%1.", 1)])
    heading = number(document.add_paragraph(), decimal)
    heading.add_run("Purpose").bold = True
    number(document.add_paragraph("Legal Basis", style="Heading 1"), decimal)
    blocks = _read(_save(document, tmp_path / "numbered.docx")).blocks
    assert [(b.kind, b.cues.numbering, b.text, b.raw_text) for b in blocks] == [
        ("heading", "1.", "1. Purpose", "1.\tPurpose"),
        ("heading", "2.", "2. Legal Basis", "2.\tLegal Basis"),
    ]


def test_multilevel_numbering_counts_and_restarts_deeper_levels(tmp_path: Path) -> None:
    document = docx.Document()
    levels = [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("lowerLetter", "(%3)", 1)]
    numbered = add_numbering(document, levels)
    for level, text in [(0, "purpose;"), (1, "scope;"), (1, "parties;"), (2, "councils;"),
                        (2, "police;"), (0, "legal basis;"), (1, "statutes;"), (2, "the Act.")]:
        number(document.add_paragraph(text), numbered, level)
    blocks = _read(_save(document, tmp_path / "levels.docx")).blocks
    assert [b.cues.numbering for b in blocks] == [
        "1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1", "(a)"]
    assert all(b.kind == "list_item" for b in blocks)


def test_number_formats_follow_word() -> None:
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert [format_number(n, "upperRoman") for n in (4, 9, 14, 1999)] == [
        "IV", "IX", "XIV", "MCMXCIX"]
    assert format_number(3, "lowerRoman") == "iii"
    assert format_number(3, "upperLetter") == "C"
    assert format_number(5, "decimalZero") == "05"
    assert format_number(5, "none") == ""


def test_start_values_and_restarting_lists(tmp_path: Path) -> None:
    document = docx.Document()
    roman = add_numbering(document, [("upperRoman", "%1.", 4)], abstract_id=91, num_id=91)
    restarted = add_num_instance(document, abstract_id=91, num_id=92, restart_at=1)
    continued = add_num_instance(document, abstract_id=91, num_id=93)
    for num_id, text in [(roman, "first"), (roman, "second"), (restarted, "again"),
                         (continued, "carries on")]:
        number(document.add_paragraph(text), num_id)
    blocks = _read(_save(document, tmp_path / "restart.docx")).blocks
    assert [b.cues.numbering for b in blocks] == ["IV.", "V.", "I.", "VI."]


def test_bullets_and_numbers_inherited_from_list_styles(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Essex Police", style="List Bullet")
    document.add_paragraph("Essex County Council", style="List Bullet")
    symbol = add_numbering(document, [("bullet", "\uf0b7", 1)])
    number(document.add_paragraph("Southend City Council"), symbol)
    blocks = _read(_save(document, tmp_path / "bullets.docx")).blocks
    assert [(b.kind, b.cues.numbering, b.text) for b in blocks] == [
        ("list_item", "\u2022", "\u2022 Essex Police"),
        ("list_item", "\u2022", "\u2022 Essex County Council"),
        ("list_item", "\u2022", "\u2022 Southend City Council"),
    ]


def test_numbered_title_case_paragraph_is_a_heading_without_bold(tmp_path: Path) -> None:
    document = docx.Document()
    decimal = add_numbering(document, [("decimal", "%1.", 1)])
    number(document.add_paragraph("Data Use and Restrictions"), decimal)
    number(document.add_paragraph("the recipient uses the data for research only."), decimal)
    document.add_paragraph("RECITALS")
    blocks = _read(_save(document, tmp_path / "plain.docx")).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "1. Data Use and Restrictions"),
        ("list_item", "2. the recipient uses the data for research only."),
        ("heading", "RECITALS")]


def test_list_style_without_numbering_is_still_a_list_item(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Continued list text without a bullet.", style="List Continue")
    assert _read(_save(document, tmp_path / "continue.docx")).blocks[0].kind == "list_item"


def test_table_cells_come_once_per_merged_cell_at_their_grid_position(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Partner details"
    table.cell(0, 2).text = "Review"
    table.cell(1, 0).text = "Essex Police"
    table.cell(1, 1).text = "Partner"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Annually"
    table.cell(2, 0).text = "Essex County Council"
    cells = _read(_save(document, tmp_path / "merged.docx")).blocks
    assert [(c.row, c.col, c.text) for c in cells] == [
        (0, 0, "Partner details"), (0, 2, "Review"), (1, 0, "Essex Police"),
        (1, 1, "Partner"), (1, 2, "Annually"), (2, 0, "Essex County Council")]
    assert cells[4].path == "body/table/0/row/1/cell/2"
    assert {c.kind for c in cells} == {"table_cell"} and {c.table for c in cells} == {0}


def test_a_cell_keeps_its_paragraphs_as_lines_and_flattens_a_nested_table(
        tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Signatories"
    cell.add_paragraph("for the lead partner")
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Name"
    inner.cell(0, 1).text = "Role"
    block = _read(_save(document, tmp_path / "nested.docx")).blocks[0]
    assert block.raw_text == "Signatories\nfor the lead partner\nName\nRole"
    assert block.text == "Signatories for the lead partner Name Role"


def test_paragraphs_and_tables_stay_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    document.add_paragraph("")
    document.add_table(rows=1, cols=2).cell(0, 1).text = "Inside"
    document.add_paragraph("After the table.")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Second table"
    blocks = _read(_save(document, tmp_path / "order.docx")).blocks
    assert [(b.index, b.path, b.text) for b in blocks] == [
        (0, "body/p/0", "Before the table."),
        (1, "body/table/0/row/0/cell/1", "Inside"),
        (2, "body/p/2", "After the table."),
        (3, "body/table/1/row/0/cell/0", "Second table"),
    ]


def test_headers_and_footers_are_furniture_once_per_part(tmp_path: Path) -> None:
    document = docx.Document()
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.header.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    first.first_page_header.paragraphs[0].text = "Whole Essex Information Sharing Framework"
    first.footer.paragraphs[0].text = "Version 3, February 2018"
    document.add_paragraph("Body text of section one.")
    document.add_section()  # linked to the previous section: nothing new
    document.add_paragraph("Body text of section two.")
    third = document.add_section()
    third.footer.is_linked_to_previous = False
    third.footer.paragraphs[0].text = "Appendix footer"
    result = _read(_save(document, tmp_path / "furniture.docx"))
    assert _texts(result.blocks) == ["Body text of section one.", "Body text of section two."]
    assert [(b.region, b.path, b.text) for b in result.furniture] == [
        ("header", "header/1/p/0", "OFFICIAL - SENSITIVE"),
        ("header", "header/2/p/0", "Whole Essex Information Sharing Framework"),
        ("footer", "footer/1/p/0", "Version 3, February 2018"),
        ("footer", "footer/2/p/0", "Appendix footer"),
    ]
    assert [b.index for b in result.furniture] == [0, 1, 2, 3]


def _rewrite_member(path: Path, member: str, content: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    items[member] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


def test_pages_come_from_app_xml_and_metadata_from_core_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    document.core_properties.title = "Overarching Safeguarding Agreement"
    document.core_properties.author = "Essex County Council"
    path = _save(document, tmp_path / "props.docx")
    _rewrite_member(path, "docProps/app.xml",
                    b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/extended-properties"><Pages>7</Pages></Properties>')
    result = extract(path)
    assert result.pages == 7
    assert result.document is not None
    assert result.document.pages == 7 and result.document.blocks[0].page is None
    metadata = result.document.metadata
    assert metadata["title"] == "Overarching Safeguarding Agreement"
    assert metadata["author"] == "Essex County Council"
    assert metadata["created"].startswith("20")
    assert result.document.extractor.startswith("python-docx ")


def test_truncated_docx_is_corrupt_with_a_readable_message(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    whole = _save(document, tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    result = extract(cut)
    assert result.status is Status.CORRUPT
    assert result.error is not None and result.error.startswith("not a readable Word file: ")


def test_broken_document_xml_is_corrupt(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    path = _save(document, tmp_path / "broken.docx")
    _rewrite_member(path, "word/document.xml", b"<w:document><w:body><w:p>")
    result = extract(path)
    assert result.status is Status.CORRUPT
    assert (result.error or "").startswith("not a readable Word file: ")


def test_a_document_with_no_text_is_empty(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    result = extract(_save(document, tmp_path / "blank.docx"))
    assert result.status is Status.EMPTY
    assert result.document is not None and result.document.blocks == []


@pytest.mark.parametrize("suffix", [".docm", ".dotx"])
def test_macro_enabled_and_template_files_are_read_too(tmp_path: Path, suffix: str) -> None:
    document = docx.Document()
    document.add_paragraph("Template body.")
    path = _save(document, tmp_path / f"template{suffix}")
    content_type = {
        ".docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
        ".dotx": "application/vnd.openxmlformats-officedocument.wordprocessingml.template"
                 ".main+xml",
    }[suffix]
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml")
    _rewrite_member(path, "[Content_Types].xml", types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        content_type.encode()))
    assert _read(path).text == "Template body."
