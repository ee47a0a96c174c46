"""The analysts' notebooks run top to bottom against a database the flow built (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_there_are_starting_points_for_each_question() -> None:
    assert {p.stem for p in NOTEBOOKS} >= {"finding_agreements", "review_calendar",
                                           "data_quality"}


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_runs_top_to_bottom(path: Path, sample: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("ISP_DB", str(sample))
    book = nbformat.read(path, as_version=4)
    NotebookClient(book, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    tables = [o for o in outputs if o.output_type == "execute_result"
              and "text/html" in o.get("data", {})]
    assert len(tables) >= 3  # each question answered with a table
    assert str(sample) in "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
