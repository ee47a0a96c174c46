"""Just enough of the OLE2 compound file format to tell legacy Office files apart.

Legacy Word (``.doc``) and Excel files, and password-protected OOXML files, are all OLE2
containers: a small FAT file system inside one file. Their stream names say what they are
(``WordDocument``, ``Workbook``, ``EncryptedPackage``), the Word FIB says whether the text is
encrypted, and the summary-information stream holds Word's own page count. This module reads
the directory and single streams, nothing more.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_END_OF_CHAIN = 0xFFFFFFFE
_MAX_REGULAR = 0xFFFFFFFA  # sector numbers above this are markers, not sectors
_STREAM = 2
_ROOT = 5
_PID_PAGECOUNT = 14
_VT_I4 = 3


class OleError(ValueError):
    """The compound file is damaged or truncated."""


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    kind: int
    start: int
    size: int


class OleFile:
    """A compound file held in memory (legacy Office files are small)."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(MAGIC):
            raise OleError("not an OLE2 compound file")
        self._data = data
        shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if not 7 <= shift <= 16 or not 2 <= mini_shift < shift:
            raise OleError("bad sector size in the OLE2 header")
        self._sector = 1 << shift
        self._mini_sector = 1 << mini_shift
        (self._mini_cutoff,) = struct.unpack_from("<I", data, 0x38)
        self._fat = self._read_fat()
        first_dir, = struct.unpack_from("<I", data, 0x30)
        self._entries = self._read_directory(first_dir)
        self._minifat: list[int] | None = None

    @classmethod
    def open(cls, path: Path) -> OleFile:
        return cls(path.read_bytes())

    def stream_names(self) -> set[str]:
        return {e.name for e in self._entries if e.kind == _STREAM}

    def read_stream(self, name: str) -> bytes:
        entry = next((e for e in self._entries if e.kind == _STREAM and e.name == name), None)
        if entry is None:
            raise KeyError(name)
        if entry.size < self._mini_cutoff:
            return self._read_mini(entry.start, entry.size)
        return self._read_chain(entry.start, self._fat, self._sector_bytes)[: entry.size]

    def _sector_bytes(self, n: int) -> bytes:
        offset = (n + 1) * self._sector
        if offset + self._sector > len(self._data):
            raise OleError(f"sector {n} lies beyond the end of the file (truncated?)")
        return self._data[offset : offset + self._sector]

    def _read_fat(self) -> list[int]:
        n_fat, = struct.unpack_from("<I", self._data, 0x2C)
        difat_start, n_difat = struct.unpack_from("<II", self._data, 0x44)
        header_difat = struct.unpack_from("<109I", self._data, 0x4C)
        fat_sectors = [s for s in header_difat if s <= _MAX_REGULAR]
        next_difat = difat_start
        for _ in range(n_difat):
            if next_difat > _MAX_REGULAR:
                break
            words = struct.unpack(f"<{self._sector // 4}I", self._sector_bytes(next_difat))
            fat_sectors.extend(s for s in words[:-1] if s <= _MAX_REGULAR)
            next_difat = words[-1]
        fat: list[int] = []
        for sector in fat_sectors[:n_fat]:
            fat.extend(struct.unpack(f"<{self._sector // 4}I", self._sector_bytes(sector)))
        return fat

    def _read_chain(self, start: int, fat: list[int], read: Callable[[int], bytes]) -> bytes:
        chunks: list[bytes] = []
        sector, seen = start, 0
        while sector != _END_OF_CHAIN and sector <= _MAX_REGULAR:
            if sector >= len(fat) or seen > len(fat):
                raise OleError("broken sector chain (truncated or damaged file)")
            chunks.append(read(sector))
            sector, seen = fat[sector], seen + 1
        return b"".join(chunks)

    def _read_directory(self, first: int) -> list[_Entry]:
        raw = self._read_chain(first, self._fat, self._sector_bytes)
        entries = []
        for offset in range(0, len(raw) - 127, 128):
            name_len, kind = struct.unpack_from("<HB", raw, offset + 0x40)
            start, size = struct.unpack_from("<IQ", raw, offset + 0x74)
            name_bytes = raw[offset : offset + max(0, min(name_len, 64) - 2)]
            name = name_bytes.decode("utf-16-le", "replace")
            entries.append(_Entry(name, kind, start, size & 0xFFFFFFFF))
        if not entries or entries[0].kind != _ROOT:
            raise OleError("no root entry in the OLE2 directory")
        return entries

    def _read_mini(self, start: int, size: int) -> bytes:
        root = self._entries[0]
        mini_stream = self._read_chain(root.start, self._fat, self._sector_bytes)
        if self._minifat is None:
            first, count = struct.unpack_from("<II", self._data, 0x3C)
            raw = self._read_chain(first, self._fat, self._sector_bytes) if count else b""
            self._minifat = list(struct.unpack(f"<{len(raw) // 4}I", raw))

        def mini_sector(n: int) -> bytes:
            return mini_stream[n * self._mini_sector : (n + 1) * self._mini_sector]

        return self._read_chain(start, self._minifat, mini_sector)[:size]


def word_is_encrypted(ole: OleFile) -> bool:
    """The FIB's ``fEncrypted`` flag: the Word text is password-protected (or obfuscated)."""
    fib = ole.read_stream("WordDocument")[:12]
    if len(fib) < 12:
        raise OleError("WordDocument stream too short for a FIB")
    flags, = struct.unpack_from("<H", fib, 0x0A)
    return bool(flags & 0x0100)


def summary_page_count(ole: OleFile) -> int | None:
    """The page count Word saved in the summary-information property set, if any."""
    try:
        data = ole.read_stream("\x05SummaryInformation")
        section, = struct.unpack_from("<I", data, 44)
        count, = struct.unpack_from("<I", data, section + 4)
        for i in range(min(count, 64)):
            pid, offset = struct.unpack_from("<II", data, section + 8 + 8 * i)
            if pid == _PID_PAGECOUNT:
                vtype, value = struct.unpack_from("<Ii", data, section + offset)
                return value if vtype == _VT_I4 and value > 0 else None
    except (KeyError, OleError, struct.error):
        return None
    return None
