"""Documents built in code, for testing parsing without an extractor in the way."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.model import Block, Document, StyleCues
from pipeline.nlp import build_nlp
from pipeline.registry import Registry


class DocBuilder:
    def __init__(self) -> None:
        self.doc = Document(format="docx")
        self._tables = 0

    def _add(self, kind: str, text: str, **kw: object) -> DocBuilder:
        index = len(self.doc.blocks)
        self.doc.blocks.append(Block(index, kind, text, text, f"body/p/{index}", **kw))  # type: ignore[arg-type]
        return self

    def heading(self, text: str, level: int = 1) -> DocBuilder:
        return self._add("heading", text, cues=StyleCues(style_name=f"Heading {level}",
                                                         outline_level=level - 1))

    def bold(self, text: str) -> DocBuilder:
        return self._add("paragraph", text, cues=StyleCues(bold=True))

    def para(self, text: str) -> DocBuilder:
        return self._add("paragraph", text)

    def item(self, text: str) -> DocBuilder:
        return self._add("list_item", text, cues=StyleCues(numbering="•"))

    def table(self, rows: list[list[str]]) -> DocBuilder:
        t = self._tables
        self._tables += 1
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                index = len(self.doc.blocks)
                self.doc.blocks.append(Block(index, "table_cell", text, text,
                                             f"body/table/{t}/row/{r}/cell/{c}",
                                             table=t, row=r, col=c))
        return self

    def header(self, text: str) -> DocBuilder:
        self.doc.furniture.append(Block(len(self.doc.furniture), "paragraph", text, text,
                                        "header/1/p/0", region="header"))
        return self


@pytest.fixture
def build() -> type[DocBuilder]:
    return DocBuilder


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="session")
def nlp(registry: Registry) -> Language:
    return build_nlp(registry)
