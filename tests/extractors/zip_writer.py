"""A minimal ZIP writer for containers ``zipfile`` will not write: bombs and forged sizes.

Each member is written as given, with the size and CRC its central directory should declare,
so a test can declare a size smaller than what the member really unpacks to. A bomb member
(:meth:`Member.repeated`) deflates one chunk once and repeats its blocks, so a gibibyte of
spaces is written in well under a second without ever being held in memory.
"""

from __future__ import annotations

import dataclasses
import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest date a ZIP can hold


@dataclass(frozen=True, slots=True)
class Member:
    """One member as written: ``data`` as stored in the file (deflated unless ``method`` is
    stored), ``size`` and ``crc`` as its directory declares them."""

    name: str
    data: bytes
    size: int
    crc: int
    method: int = zipfile.ZIP_DEFLATED

    @classmethod
    def deflated(cls, name: str, content: bytes) -> Member:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        data = compressor.compress(content) + compressor.flush()
        return cls(name, data, len(content), zlib.crc32(content))

    @classmethod
    def stored(cls, name: str, content: bytes) -> Member:
        return cls(name, content, len(content), zlib.crc32(content), zipfile.ZIP_STORED)

    @classmethod
    def repeated(cls, name: str, head: bytes, chunk: bytes, count: int,
                 tail: bytes) -> Member:
        """``head + chunk * count + tail``, deflated without being built.

        A full flush after ``head`` and after ``chunk`` ends each on a byte boundary with no
        reference to earlier data, so the chunk's deflate blocks can simply be repeated.
        """
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
        block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        end = compressor.compress(tail) + compressor.flush()
        crc = zlib.crc32(head)
        for _ in range(count):
            crc = zlib.crc32(chunk, crc)
        return cls(name, start + block * count + end,
                   len(head) + len(chunk) * count + len(tail), zlib.crc32(tail, crc))

    def renamed(self, name: str) -> Member:
        return dataclasses.replace(self, name=name)

    def declaring(self, size: int, crc: int | None = None) -> Member:
        """The same data under a forged size (and CRC, if given)."""
        return dataclasses.replace(self, size=size, crc=self.crc if crc is None else crc)


def members_of(path: Path) -> list[Member]:
    """The members of an existing ZIP (a python-docx package), re-deflated."""
    with zipfile.ZipFile(path) as archive:
        return [Member.deflated(info.filename, archive.read(info)) for info in archive.infolist()]


def write_zip(path: Path, members: Iterable[Member]) -> Path:
    """Write ``members`` in order, then their central directory."""
    directory = bytearray()
    count = 0
    with path.open("wb") as handle:
        for member in members:
            name = member.name.encode("utf-8")
            offset = handle.tell()
            handle.write(_LOCAL.pack(0x04034B50, 20, 0, member.method, 0, _DOS_DATE, member.crc,
                                     len(member.data), member.size, len(name), 0) + name)
            handle.write(member.data)
            directory += _CENTRAL.pack(0x02014B50, 20, 20, 0, member.method, 0, _DOS_DATE,
                                       member.crc, len(member.data), member.size, len(name),
                                       0, 0, 0, 0, 0, offset) + name
            count += 1
        start = handle.tell()
        handle.write(bytes(directory))
        handle.write(_END.pack(0x06054B50, 0, 0, count, count, len(directory), start, 0))
    return path
