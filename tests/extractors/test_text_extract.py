"""Plain text and Markdown: blank-line paragraphs, headings, list items, pipe tables."""

from __future__ import annotations

from pathlib import Path

from extractors import Document, Status, extract

AGREEMENT_MD = """\
# Data Sharing Agreement

This agreement is made between the
partners named below.

## 1. Purpose
1.1. The partners share data to keep people safe.

* “Act” means the Data Protection Act 2018;
* “Data” means the data supplied
by the providers;
  * A. nested items keep their own label;

**It is now agreed** as follows:

**Definitions**

| Organisation | ICO number |
|---|:---:|
| Essex Police | Z4871612 |
| Barnardo\\'s \\| charity | Z5879381 |

Setext heading
--------------

```
# not a heading inside a fence
```
See [the ICO code](https://ico.org.uk/code) and \\[placeholders\\].
"""


def _read(path: Path) -> Document:
    result = extract(path)
    assert result.status is Status.OK, result.error
    assert result.document is not None
    return result.document


def test_markdown_headings_lists_paragraphs_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "agreement.md"
    path.write_text(AGREEMENT_MD, encoding="utf-8")
    document = _read(path)
    assert document.format == "md"
    rows = [(b.kind, b.path, b.text) for b in document.blocks if b.kind != "table_cell"]
    assert rows == [
        ("heading", "line/1", "Data Sharing Agreement"),
        ("paragraph", "line/3", "This agreement is made between the partners named below."),
        ("heading", "line/6", "1. Purpose"),
        ("list_item", "line/7", "1.1. The partners share data to keep people safe."),
        ("list_item", "line/9", "• “Act” means the Data Protection Act 2018;"),
        ("list_item", "line/10", "• “Data” means the data supplied by the providers;"),
        ("list_item", "line/12", "• A. nested items keep their own label;"),
        ("paragraph", "line/14", "It is now agreed as follows:"),
        ("heading", "line/16", "Definitions"),
        ("heading", "line/23", "Setext heading"),
        ("paragraph", "line/26", "# not a heading inside a fence"),
        ("paragraph", "line/29",
         "See the ICO code (https://ico.org.uk/code) and [placeholders]."),
    ]
    headings = [b for b in document.blocks if b.kind == "heading"]
    assert [b.cues.outline_level for b in headings] == [0, 1, None, 1]
    assert headings[2].cues.bold is True


def test_markdown_pipe_tables_become_cells_without_the_separator_row(tmp_path: Path) -> None:
    path = tmp_path / "agreement.md"
    path.write_text(AGREEMENT_MD, encoding="utf-8")
    tables = _read(path).tables()
    assert [[c.text for c in row] for row in tables[0]] == [
        ["Organisation", "ICO number"], ["Essex Police", "Z4871612"],
        ["Barnardo's | charity", "Z5879381"]]
    assert tables[0][1][0].path == "line/20/cell/0"


def test_plain_text_numbered_capitals_are_headings_and_clauses_are_list_items(
        tmp_path: Path) -> None:
    path = tmp_path / "protocol.txt"
    path.write_text("1. PURPOSE\n\n1.1 The partners share data.\nIt continues here.\n\n"
                    "• Essex Police\n• Essex County Council\n\n\n", encoding="utf-8")
    document = _read(path)
    assert [(b.kind, b.cues.numbering, b.text) for b in document.blocks] == [
        ("heading", "1.", "1. PURPOSE"),
        ("list_item", "1.1", "1.1 The partners share data. It continues here."),
        ("list_item", "•", "• Essex Police"),
        ("list_item", "•", "• Essex County Council"),
    ]
    assert document.blocks[1].raw_text == "1.1 The partners share data.\nIt continues here."


def test_text_with_only_white_space_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n")
    assert extract(path).status is Status.EMPTY
