"""The README documents the command line as it is (a test fails when an option is not)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from flows.cli import main
from tests.conftest import REPO


def test_every_ingest_option_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    help_text = CliRunner().invoke(main, ["ingest", "--help"]).output
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    assert options, help_text
    missing = sorted(o for o in options if o not in readme)
    assert not missing, f"undocumented options: {missing}"


def test_the_readme_shows_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^make run$", readme, re.M) and re.search(r"^make test$", readme, re.M)


def test_every_evaluate_option_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    help_text = CliRunner().invoke(main, ["evaluate", "--help"]).output
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    assert options and not sorted(o for o in options if o not in readme)


def test_every_relation_the_store_makes_is_in_the_contract(tmp_path: Path) -> None:
    from pipeline.store import Store
    contract = (REPO / "docs" / "CONTRACT.md").read_text(encoding="utf-8")
    with Store(tmp_path / "isp.duckdb") as store:
        views = {r[0] for r in store.con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    undocumented = sorted(v for v in views - {"current_ok", "as_of"}
                          if f"`{v}`" not in contract)
    assert not undocumented, undocumented
