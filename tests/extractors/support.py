"""Where the real documents live, and which external tools this machine has."""

from __future__ import annotations

import shutil
from pathlib import Path

from extractors import legacy

#: Real agreements kept beside the repository (never copied into it).
REALDOCS = (Path(__file__).resolve().parents[2] / "../shared/realdocs").resolve()


def libreoffice() -> str | None:
    return legacy.find_converter()


def has_antiword() -> bool:
    return shutil.which("antiword") is not None
