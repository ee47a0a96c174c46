"""Legacy Word ``.doc``, OpenDocument ``.odt`` and RTF: converted, then read as DOCX.

LibreOffice converts the file to DOCX in a private temporary directory, with its own user
profile so that parallel conversions do not fight over the profile lock, and the DOCX
extractor reads the result (the document keeps its real format, and the extractor name says
``libreoffice+python-docx``). Without LibreOffice, a ``.doc`` can still be read as plain text
by ``antiword``. The tool lookups are module functions (:func:`find_converter`,
:func:`find_antiword`) so a test can pretend a machine has neither.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

from .containers import check_package
from .limits import Limits
from .model import Document, Extraction, Status, TransientError
from .ole import OleError, OleFile, summary_page_count
from .text import blocks_from_lines
from .word import EXTRACTOR as DOCX_EXTRACTOR
from .word import extract_docx

log = logging.getLogger(__name__)

#: Seconds LibreOffice may take to convert one file.
CONVERSION_TIMEOUT = 180
ANTIWORD_TIMEOUT = 60

NEEDS_TOOLS = ("legacy Word .doc needs LibreOffice or antiword: "
               "apt-get install libreoffice-writer-nogui (or antiword)")
_NEEDS_LIBREOFFICE = "{name} needs LibreOffice: apt-get install libreoffice-writer-nogui"
_NAMES = {"doc": "legacy Word .doc", "odt": "OpenDocument .odt", "rtf": "RTF"}
_ODT_PAGES = re.compile(rb'page-count="(\d+)"')


def find_converter() -> str | None:
    """The LibreOffice command (``soffice`` or ``libreoffice``), or ``None``."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def find_antiword() -> str | None:
    return shutil.which("antiword")


def extract_legacy(path: Path, fmt: str, limits: Limits | None = None) -> Extraction:
    """Read a ``doc``, ``odt`` or ``rtf`` file with whichever tool this machine has.

    An ``odt`` package is checked against ``limits`` (by default :meth:`Limits.from_env`)
    before LibreOffice sees it, since we cannot bound what LibreOffice unpacks.
    """
    limits = limits or Limits.from_env()
    if fmt == "odt":
        refused = _refuse_package(path, limits)
        if refused is not None:
            return refused
    soffice = find_converter()
    antiword = find_antiword() if fmt == "doc" else None
    if soffice is not None:
        result = convert_and_read(path, fmt, soffice, limits)
        if result.status is Status.OK or antiword is None or result.status is Status.ENCRYPTED:
            return result
        log.info("LibreOffice failed on %s (%s); trying antiword", path.name, result.error)
        fallback = read_with_antiword(path, antiword)
        return fallback if fallback.status is Status.OK else result
    if antiword is not None:
        return read_with_antiword(path, antiword)
    message = NEEDS_TOOLS if fmt == "doc" else _NEEDS_LIBREOFFICE.format(name=_NAMES.get(fmt, fmt))
    return Extraction.failed(Status.UNSUPPORTED, message, fmt)


def _refuse_package(path: Path, limits: Limits) -> Extraction | None:
    """The failed extraction of an OpenDocument package over the limits, or ``None``."""
    try:
        with zipfile.ZipFile(path) as archive:
            refusal = check_package(archive, limits)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, ValueError) as exc:
        return Extraction.failed(Status.CORRUPT, f"not a readable OpenDocument file: {exc}",
                                 "odt")
    if refusal is None:
        return None
    return Extraction.failed(refusal.status, refusal.error, "odt")


def convert_and_read(path: Path, fmt: str, soffice: str,
                     limits: Limits | None = None) -> Extraction:
    """Convert with LibreOffice to DOCX in a temporary directory and read that."""
    # Within the time limit per file, so that LibreOffice is stopped here (its process group
    # killed) before the worker running this is killed for the limit and orphans it.
    timeout = min(CONVERSION_TIMEOUT, 0.8 * (limits or Limits.from_env()).seconds)
    with tempfile.TemporaryDirectory(prefix="isp-convert-") as tmp:
        workdir = Path(tmp)
        source = workdir / f"source.{fmt}"
        shutil.copyfile(path, source)
        outdir = workdir / "out"
        command = [
            soffice, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless",
            "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(source),
        ]
        try:
            returncode, stdout, stderr = _run(command, timeout)
        except subprocess.TimeoutExpired as exc:
            raise TransientError(f"LibreOffice did not finish converting within "
                                 f"{timeout:g} s") from exc
        converted = outdir / "source.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            reason = _last_line(stderr + stdout) or f"exit code {returncode}, no output"
            return Extraction.failed(
                Status.CORRUPT, f"LibreOffice could not convert the {_NAMES.get(fmt, fmt)} "
                f"file (damaged?): {reason}", fmt)
        result = extract_docx(converted, limits)
    return _as_original(result, path, fmt, f"libreoffice+{DOCX_EXTRACTOR}")


def _run(command: list[str], timeout: float) -> tuple[int, str, str]:
    """Run a tool in its own process group (killed whole on timeout): code, stdout, stderr."""
    env = {**os.environ, "SAL_USE_VCLPLUGIN": "svp"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, env=env, start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    return (process.returncode, stdout.decode("utf-8", "replace"),
            stderr.decode("utf-8", "replace"))


def _last_line(output: str) -> str:
    lines = [ln.strip() for ln in output.splitlines()
             if ln.strip() and "javaldx" not in ln]  # LibreOffice's harmless Java warning
    return lines[-1] if lines else ""


def _as_original(result: Extraction, path: Path, fmt: str, extractor: str) -> Extraction:
    """Label a converted file's extraction with the original format and page count."""
    result.format = fmt
    pages = _original_pages(path, fmt)
    if result.document is not None:
        result.document.format = fmt
        result.document.extractor = extractor
        if pages is not None:
            result.document.pages = pages
        result.pages = result.document.pages
    if result.status is Status.CORRUPT and result.error:
        result.error = f"LibreOffice produced an unreadable DOCX: {result.error}"
    return result


def _original_pages(path: Path, fmt: str) -> int | None:
    """The page count the source saved: OLE summary (doc) or ``meta.xml`` (odt)."""
    try:
        if fmt == "doc":
            return summary_page_count(OleFile.open(path))
        if fmt == "odt":
            with zipfile.ZipFile(path) as archive:
                match = _ODT_PAGES.search(archive.read("meta.xml"))
            return int(match.group(1)) if match else None
    except (OleError, OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    return None


def read_with_antiword(path: Path, antiword: str) -> Extraction:
    """Plain text of a ``.doc`` from antiword: one line per paragraph, tables as ``|a|b|``."""
    try:
        returncode, output, errors = _run(
            [antiword, "-w", "0", "-m", "UTF-8.txt", str(path)], ANTIWORD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Extraction.failed(Status.ERROR, f"antiword did not finish within "
                                 f"{ANTIWORD_TIMEOUT} s", "doc")
    problem = _antiword_problem(returncode, errors)
    if problem is not None:
        return problem
    lines = [ln for ln in output.splitlines() if ln.strip() != "[pic]"]
    document = Document(format="doc", extractor="antiword",
                        pages=_original_pages(path, "doc"))
    for block in blocks_from_lines(lines, markdown=False):
        block.index = len(document.blocks)
        document.blocks.append(block)
    if not document.blocks:
        return Extraction(status=Status.EMPTY, document=document, format="doc",
                          pages=document.pages, error="the document has no text")
    return Extraction(status=Status.OK, document=document, format="doc", pages=document.pages)


def _antiword_problem(returncode: int, errors: str) -> Extraction | None:
    """What antiword's complaints on stderr mean for the document."""
    lowered = errors.lower()
    if "encrypted documents are not supported" in lowered:
        return Extraction.failed(Status.ENCRYPTED, "Word .doc is encrypted (password-protected); "
                                 "cannot read without the password", "doc")
    if "is not a word document" in lowered or "is damaged" in lowered or returncode != 0:
        reason = _last_line(errors) or f"exit code {returncode}"
        return Extraction.failed(Status.CORRUPT, f"antiword cannot read the file: {reason}",
                                 "doc")
    return None
