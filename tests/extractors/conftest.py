"""Shared fixtures: the DOCX/PDF/DOC twins (made once per session) and the realdocs folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from extractors import legacy

from .docx_builder import build_twin_docx
from .support import REALDOCS, libreoffice


@pytest.fixture(scope="session")
def realdocs() -> Path:
    if not REALDOCS.is_dir():
        pytest.skip(f"realdocs folder not present: {REALDOCS}")
    return REALDOCS


@pytest.fixture(scope="session")
def twin_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_twin_docx(tmp_path_factory.mktemp("twins") / "protocol.docx")


@pytest.fixture(scope="session")
def twins(twin_docx: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The twin document as DOCX, and as PDF and DOC converted by LibreOffice (once)."""
    soffice = libreoffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    outdir = twin_docx.parent
    profile = tmp_path_factory.mktemp("lo-profile").as_uri()
    for fmt in ("pdf", "doc"):
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", fmt, "--outdir", str(outdir), str(twin_docx)],
            check=True, capture_output=True, timeout=180,
        )
    files = {"docx": twin_docx, "pdf": outdir / "protocol.pdf", "doc": outdir / "protocol.doc"}
    missing = [str(p) for p in files.values() if not p.is_file()]
    assert not missing, f"LibreOffice did not write {missing}"
    return files


@pytest.fixture
def no_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend this machine has neither LibreOffice nor antiword."""
    monkeypatch.setattr(legacy, "find_converter", lambda: None)
    monkeypatch.setattr(legacy, "find_antiword", lambda: None)
