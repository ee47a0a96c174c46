"""Words for PDF pages that have no text layer (scans), by OCR with tesseract.

Each page is rendered by pypdfium2 and read by the ``tesseract`` command (Debian's
``tesseract-ocr``); its TSV output gives every word with its box, which becomes the same
:class:`~extractors.pdf_layout.Word` a text layer gives, in PDF points. The page then goes
through the same layout and field extraction as any other page: OCR adds words, not rules.

Without tesseract on the machine nothing is read and the PDF stays ``no_text`` with the
reason. OCR is slow (seconds a page), so it stops at a time budget and says which pages it
left unread.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import signal
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from .pdf_layout import Word

log = logging.getLogger(__name__)

DPI = 200  # enough for 9-point type; 300 reads no better on office scans and costs more
MIN_CONFIDENCE = 20.0  # tesseract's word confidence (0-100) below which a "word" is noise
#: Share of a per-file time limit OCR may spend; the rest is for layout and parsing.
BUDGET_SHARE = 0.7
PATH_PREFIX = "ocr/"  # blocks read by OCR have structural paths ``ocr/page/3/line/7``


def tesseract() -> str | None:
    return shutil.which("tesseract")


def version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True,
                             timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return "tesseract"
    first = (out.stdout or out.stderr).splitlines()
    return first[0].strip() if first else "tesseract"


@dataclass(slots=True)
class OcrPage:
    number: int  # 1-based
    width: float  # points
    height: float
    words: list[Word]


class OcrUnavailable(RuntimeError):
    """tesseract is missing or failed on this machine (not a fault of the document)."""


def read_pages(path: Path, numbers: list[int], seconds: float) -> tuple[list[OcrPage], list[str]]:
    """OCR the given 1-based pages of the PDF at ``path`` within ``seconds``.

    Returns the pages read and warnings (pages skipped for the time budget, pages tesseract
    could not read). Raises :class:`OcrUnavailable` when tesseract is not installed."""
    binary = tesseract()
    if binary is None:
        raise OcrUnavailable("tesseract is not installed (Debian package tesseract-ocr)")
    deadline = time.monotonic() + seconds
    pages: list[OcrPage] = []
    warnings: list[str] = []
    document = pdfium.PdfDocument(path)
    try:
        for position, number in enumerate(numbers):
            left = deadline - time.monotonic()
            if left <= 0:
                rest = numbers[position:]
                warnings.append(f"OCR stopped at the time budget: pages {_span(rest)} not read")
                break
            try:
                pages.append(_read_page(binary, document, number, left))
            except subprocess.TimeoutExpired:
                warnings.append(f"OCR stopped at the time budget: pages "
                                f"{_span(numbers[position:])} not read")
                break
            except _PageFailed as exc:
                warnings.append(f"page {number}: OCR failed ({exc})")
    finally:
        document.close()
    return pages, warnings


class _PageFailed(RuntimeError):
    pass


def _read_page(binary: str, document: pdfium.PdfDocument, number: int,
               timeout: float) -> OcrPage:
    page = document[number - 1]
    try:
        width, height = page.get_size()
        image = page.render(scale=DPI / 72).to_pil().convert("L")
    finally:
        page.close()
    png = io.BytesIO()
    image.save(png, "PNG")
    code, out, err = _run([binary, "stdin", "stdout", "-l", "eng", "--psm", "3", "tsv"],
                          png.getvalue(), timeout)
    if code != 0:
        raise _PageFailed(err.strip().splitlines()[-1] if err.strip() else f"exit {code}")
    return OcrPage(number, float(width), float(height), parse_tsv(out, 72 / DPI))


def parse_tsv(tsv: str, scale: float) -> list[Word]:
    """tesseract's TSV to words in points.

    A word's size is its line's height. Heights of body lines vary with their letters
    (descenders, capitals) and a scan's skew, so a line within a quarter of the page's
    median line height takes the median: body lines agree, and a heading in larger type
    still stands out."""
    line_height: dict[tuple[str, ...], float] = {}
    rows: list[tuple[tuple[str, ...], str, float, float, float, float]] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, key = cells[0], tuple(cells[1:5])
        left, top, width, height = (float(c) for c in cells[6:10])
        if level == "4":
            line_height[key] = height
        elif level == "5" and cells[11].strip() and float(cells[10]) >= MIN_CONFIDENCE:
            rows.append((key, cells[11].strip(), left, top, width, height))
    if not rows:
        return []
    typical = statistics.median(line_height.values())
    words = []
    for key, text, left, top, width, height in rows:
        line = line_height.get(key, height)
        size = typical if abs(line - typical) <= 0.25 * typical else line
        words.append(Word(text, left * scale, top * scale, (left + width) * scale,
                          (top + height) * scale, round(size * scale * 0.8, 1), False))
    return words


def _run(command: list[str], stdin: bytes, timeout: float) -> tuple[int, str, str]:
    """Run tesseract single-threaded in its own process group (killed whole on timeout)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # the workers already use both cores
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env, start_new_session=True) as process:
        try:
            out, err = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    return process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def _span(numbers: list[int]) -> str:
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"
