"""PDF layout rules on PDFs written mark by mark, and the failure statuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter

import extractors.pdf as pdf_module
from extractors import Block, Extraction, Status, extract

from .pdf_writer import Rule, Text, write_pdf

BODY = "The partners share personal data only where a lawful basis exists and"


def _read(path: Path) -> Extraction:
    result = extract(path)
    assert result.status is Status.OK, result.error
    assert result.document is not None
    return result


def _blocks(path: Path) -> list[Block]:
    document = _read(path).document
    assert document is not None
    return document.blocks


def _paragraph(top: float, lines: int = 3, x: float = 72) -> list[Text]:
    return [Text(x, top + 13 * i, BODY) for i in range(lines)]


def test_bold_and_larger_short_lines_are_headings_and_sentences_are_not(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "h.pdf", [[
        Text(72, 72, "Information Sharing Protocol", size=20),
        Text(72, 110, "Legal Basis", bold=True),
        *_paragraph(130),
        Text(72, 190, "This whole sentence is bold but it is a sentence.", bold=True),
    ]])
    blocks = _blocks(pdf)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Information Sharing Protocol"),
        ("heading", "Legal Basis"),
        ("paragraph", " ".join([BODY] * 3)),
        ("paragraph", "This whole sentence is bold but it is a sentence."),
    ]
    assert blocks[0].cues.font_size == 20.0 and blocks[0].cues.bold is False
    assert blocks[1].cues.bold is True


def test_a_vertical_gap_wider_than_the_leading_starts_a_new_paragraph(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "gap.pdf", [[*_paragraph(72), *_paragraph(130, lines=2)]])
    blocks = _blocks(pdf)
    assert [len(b.raw_text.splitlines()) for b in blocks] == [3, 2]
    assert blocks[1].path == "page/1/line/3"


def test_bullets_and_numbering_labels_start_list_items(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "list.pdf", [[
        Text(72, 72, "The partners agree that:"),
        Text(72, 85, "\u2022 they will share only what is necessary;"),
        Text(72, 98, "(a) they keep records of what they share;"),
        Text(72, 111, "3.1 the lead partner reviews the protocol each year;"),
        Text(90, 124, "and publishes the review."),
    ]])
    blocks = _blocks(pdf)
    assert [(b.kind, b.cues.numbering) for b in blocks] == [
        ("paragraph", None), ("list_item", "\u2022"), ("list_item", "(a)"), ("list_item", "3.1"),
    ]
    assert blocks[3].text.endswith("each year; and publishes the review.")


def test_numbered_title_case_line_is_a_heading_even_when_not_bold(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "n.pdf", [[
        Text(72, 72, "4. Information Security and Retention"),
        *_paragraph(100),
        Text(72, 160, "4.1 Each partner keeps the data secure at all times."),
    ]])
    blocks = _blocks(pdf)
    assert blocks[0].kind == "heading" and blocks[0].cues.numbering == "4."
    assert blocks[-1].kind == "list_item"


def test_a_number_that_continues_a_wrapped_sentence_is_not_a_new_item(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "wrap.pdf", [[
        Text(72, 72, "6.2.3 for as long as the warranties at clause 3.1 hold, clauses"),
        Text(72, 85, "12.1.3 to 12.5 of the Standard Agreement shall not apply; and"),
        Text(72, 98, "6.2.4 for as long as there is no breach."),
    ]])
    blocks = _blocks(pdf)
    assert [b.cues.numbering for b in blocks] == ["6.2.3", "6.2.4"]


def _furnished_pages(count: int) -> list[list[Text | Rule]]:
    return [
        [Text(72, 30, "WHOLE ESSEX INFORMATION SHARING FRAMEWORK", size=9),
         Text(72, 100, f"Clause {n} text stands here in the body."),
         Text(270, 800, f"Page {n} of {count}", size=9)]
        for n in range(1, count + 1)
    ]


def test_repeated_margin_lines_and_page_numbers_are_furniture(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "f.pdf", _furnished_pages(4))
    document = _read(pdf).document
    assert document is not None
    assert [b.text for b in document.blocks] == [
        f"Clause {n} text stands here in the body." for n in range(1, 5)]
    regions = {(b.region, b.text) for b in document.furniture}
    assert ("header", "WHOLE ESSEX INFORMATION SHARING FRAMEWORK") in regions
    assert ("footer", "Page 3 of 4") in regions
    assert all(b.page is not None for b in document.furniture)


def test_a_margin_line_on_one_page_only_stays_in_the_body(tmp_path: Path) -> None:
    pages = _furnished_pages(3)
    pages[0].append(Text(400, 30, "DRAFT FOR CONSULTATION", size=9))
    document = _read(write_pdf(tmp_path / "f.pdf", pages)).document
    assert document is not None
    assert "DRAFT FOR CONSULTATION" in document.text


def test_a_single_page_document_keeps_its_top_line_in_the_body(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "one.pdf", [[Text(72, 30, "DATA SHARING AGREEMENT", bold=True),
                                            *_paragraph(100)]])
    assert _blocks(pdf)[0].text == "DATA SHARING AGREEMENT"


def _grid(left: float, top: float, widths: list[float], rows: int,
          height: float = 20) -> list[Rule]:
    xs = [left]
    for width in widths:
        xs.append(xs[-1] + width)
    rules = [Rule(xs[0], top + r * height, xs[-1], top + r * height) for r in range(rows + 1)]
    rules += [Rule(x, top, x, top + rows * height) for x in xs]
    return rules


def test_ruled_table_becomes_cells_between_the_paragraphs_around_it(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "t.pdf", [[
        Text(72, 72, "The partners are listed below."),
        *_grid(72, 100, [150, 150], rows=2),
        Text(76, 104, "Organisation", bold=True), Text(226, 104, "ICO number", bold=True),
        Text(76, 124, "Essex Police"), Text(226, 124, "Z4871612"),
        Text(72, 160, "Each partner signs this protocol."),
    ]])
    document = _read(pdf).document
    assert document is not None
    assert [b.kind for b in document.blocks] == ["paragraph"] + ["table_cell"] * 4 + ["paragraph"]
    assert document.tables() == {0: [document.blocks[1:3], document.blocks[3:5]]}
    police = document.blocks[3]
    assert (police.text, police.table, police.row, police.col) == ("Essex Police", 0, 1, 0)
    assert police.path == "page/1/table/0/row/1/cell/0"
    assert "Essex Police" not in document.blocks[0].text + document.blocks[-1].text


def test_a_merged_cell_in_a_ruled_table_is_emitted_once(tmp_path: Path) -> None:
    rules = _grid(72, 100, [100, 100], rows=2)
    rules = [r for r in rules if not (r.x0 == r.x1 == 172 and r.top0 == 100)]  # no divider
    rules.append(Rule(172, 120, 172, 140))  # the divider only in the second row
    pdf = write_pdf(tmp_path / "m.pdf", [[
        *rules, Text(76, 104, "Partner details"),
        Text(76, 124, "Essex Police"), Text(176, 124, "Lead"),
    ]])
    cells = [(b.row, b.col, b.text) for b in _blocks(pdf)]
    assert cells == [(0, 0, "Partner details"), (1, 0, "Essex Police"), (1, 1, "Lead")]


def test_a_box_around_a_few_words_is_not_a_table(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "box.pdf", [[
        Text(72, 72, "between [PartyA] and [PartyB] relating to the network."),
        *_grid(114, 70, [50, 52], rows=1, height=14),
    ]])
    blocks = _blocks(pdf)
    assert [b.kind for b in blocks] == ["paragraph"]


def test_a_two_column_page_is_read_left_column_first(tmp_path: Path) -> None:
    left = [Text(50, 100 + 13 * i, f"Left column line {i} of the first clause") for i in range(12)]
    right = [Text(320, 100 + 13 * i, f"Right column line {i} of a later clause") for i in range(12)]
    pdf = write_pdf(tmp_path / "cols.pdf", [[Text(200, 60, "Terms and Conditions", bold=True),
                                             *left, *right]])
    text = _read(pdf).document.text  # type: ignore[union-attr]
    assert text.index("Terms and Conditions") < text.index("Left column line 0")
    assert text.index("Left column line 11") < text.index("Right column line 0")
    assert "of the first clause Right" not in text


def test_metadata_comes_from_the_info_dictionary_with_iso_dates(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "meta.pdf", [[Text(72, 72, "Body text.")]], info={
        "Title": "Overarching Safeguarding Agreement", "Author": "Essex County Council",
        "CreationDate": "D:20180228093000+00'00'"})
    result = _read(pdf)
    assert result.document is not None
    assert result.document.metadata == {
        "title": "Overarching Safeguarding Agreement", "author": "Essex County Council",
        "created": "2018-02-28T09:30:00+00:00"}
    assert result.pages == result.document.pages == 1
    assert result.document.extractor.startswith("pdfplumber ")


def test_blocks_keep_page_path_and_box(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "p.pdf", [[Text(72, 72, "First page.")],
                                         [Text(72, 72, "Second page, first line.")]])
    second = _blocks(pdf)[1]
    assert (second.page, second.path, second.index) == (2, "page/2/line/0", 1)
    assert second.bbox is not None
    x0, top, x1, bottom = second.bbox
    assert x0 == pytest.approx(72, abs=1) and 70 < top < bottom < 90 and x1 > 150


def _encrypt(source: Path, target: Path, user: str) -> Path:
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password=user, owner_password="owner-secret")
    writer.write(target)
    return target


def test_password_protected_pdf_is_encrypted(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [[Text(72, 72, "Confidential schedule.")]])
    result = extract(_encrypt(plain, tmp_path / "locked.pdf", user="secret"))
    assert result.status is Status.ENCRYPTED
    assert result.error == ("PDF is encrypted (password-protected); "
                            "cannot read without the password")


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [[Text(72, 72, "Confidential schedule.")]])
    result = extract(_encrypt(plain, tmp_path / "restricted.pdf", user=""))
    assert result.status is Status.OK
    assert result.document is not None and result.document.text == "Confidential schedule."


def test_truncated_pdf_is_corrupt_and_says_truncated(tmp_path: Path) -> None:
    whole = write_pdf(tmp_path / "whole.pdf", _furnished_pages(3)).read_bytes()
    half = tmp_path / "half.pdf"
    half.write_bytes(whole[: len(whole) // 2])
    result = extract(half)
    assert result.status is Status.CORRUPT
    assert result.error is not None and "truncated" in result.error
    assert "\n" not in result.error


def test_a_failing_page_is_a_warning_and_the_other_pages_are_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = write_pdf(tmp_path / "three.pdf", _furnished_pages(3))
    real_page_content = pdf_module._page_content

    def flaky(page: Any) -> object:
        if page.page_number == 2:
            raise ValueError("damaged content stream")
        return real_page_content(page)

    monkeypatch.setattr(pdf_module, "_page_content", flaky)
    result = extract(pdf)
    assert result.status is Status.OK
    assert result.document is not None
    assert result.document.warnings == [
        "page 2: could not be read (ValueError: damaged content stream)"]
    assert [b.page for b in result.document.blocks] == [1, 3]


def test_every_page_failing_is_corrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(page: Any) -> object:
        raise ValueError("damaged content stream")

    monkeypatch.setattr(pdf_module, "_page_content", broken)
    result = extract(write_pdf(tmp_path / "bad.pdf", _furnished_pages(2)))
    assert result.status is Status.CORRUPT
    assert result.error == "page 2: could not be read (ValueError: damaged content stream)"


def test_a_bug_in_the_layout_code_is_an_error_not_a_bad_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(content: object, number: int) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(pdf_module, "_layout_page", buggy)
    result = extract(write_pdf(tmp_path / "fine.pdf", _furnished_pages(2)))
    assert result.status is Status.ERROR
    assert result.error == "IndexError: list index out of range"


def test_a_page_turned_in_a_viewer_is_read_the_way_its_text_was_written(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [[Text(72, 72, "Schedule 2", bold=True),
                                                Text(72, 100, "The data fields shared.")]])
    writer = PdfWriter(clone_from=plain)
    for page in writer.pages:
        page.rotate(90)
    turned = tmp_path / "turned.pdf"
    writer.write(turned)
    assert [(b.kind, b.text) for b in _blocks(turned)] == [
        ("heading", "Schedule 2"), ("paragraph", "The data fields shared.")]


def test_an_unmapped_glyph_before_a_list_entry_is_a_bullet() -> None:
    from extractors.labels import normalise_bullet
    assert normalise_bullet("(cid:127) London Borough of Hackney") == "• London Borough of Hackney"
    assert normalise_bullet("See (cid:127) here") == "See (cid:127) here"


def test_an_unmapped_bullet_starts_a_new_entry_even_after_a_full_line() -> None:
    from extractors.pdf_layout import Line, Word, split_blocks

    def line(text: str, top: float, x1: float) -> Line:
        return Line([Word(text, 72.0, top, x1, top + 10.0, 10.0, False)])

    lines = [line("(cid:127) Thurrock Council, Civic Offices, New Road, Grays", 100.0, 520.0),
             line("(cid:127) Medway Council, Gun Wharf, Dock Road, Chatham", 112.0, 520.0),
             line("(cid:127) Kent County Council, Sessions House, Maidstone", 124.0, 400.0)]
    groups = split_blocks(lines, 0.2)
    assert [len(g) for g in groups] == [1, 1, 1]


def test_a_value_in_a_row_without_its_divider_is_the_rows_next_cell(tmp_path: Path) -> None:
    # The SCC layout: the first row's divider runs the whole height of the label column's
    # box, but the value column of the rows below has no left rule of its own.
    rules = _grid(72, 100, [100, 200], rows=3)
    rules = [r for r in rules if not (r.x0 == r.x1 == 172)]
    rules.append(Rule(172, 100, 172, 120))  # the divider only in the first row
    rules.append(Rule(172, 120, 172, 160))  # … and beside the labels' own column
    rules = [r for r in rules if not (r.x0 == r.x1 == 372)] + [Rule(372, 100, 372, 120)]
    pdf = write_pdf(tmp_path / "s.pdf", [[
        *rules, Text(76, 104, "Protocol control"),
        Text(76, 124, "Owner"), Text(176, 124, "Southend-on-Sea City Council"),
        Text(76, 144, "Review due"), Text(176, 144, "September 2024"),
    ]])
    cells = {(b.row, b.col): b.text for b in _blocks(pdf) if b.kind == "table_cell"}
    assert "Southend-on-Sea City Council" in cells.values()
    assert "September 2024" in cells.values()


def test_a_table_of_horizontal_rules_with_one_column_line_is_read_whole(tmp_path: Path) -> None:
    # No frame: rules across the page, and a line parting the label column from the values.
    rows = [("Document owner", "Norfolk County Council"), ("Version", "2.0"),
            ("Review due", "March 2026")]
    marks: list[Text | Rule] = [Rule(60, 200, 540, 200)]
    for i, (label, value) in enumerate(rows):
        top = 200 + 20 * i
        marks += [Text(64, top + 5, label), Text(190, top + 5, value),
                  Rule(60, top + 20, 540, top + 20)]
    marks.append(Rule(180, 200, 180, 260))
    document = _read(write_pdf(tmp_path / "rules.pdf", [[*_paragraph(100), *marks]])).document
    assert document is not None
    cells = [[c.text for c in row] for row in document.tables()[0]]
    assert cells == [list(row) for row in rows]
