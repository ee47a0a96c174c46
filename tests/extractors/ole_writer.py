"""A minimal OLE2 compound-file writer, for legacy Office inputs the tests need to fake.

Only what :mod:`extractors.ole` reads: one FAT sector, one directory sector, streams stored
in regular sectors (each padded to at least 4096 bytes so no mini stream is needed).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_FREE, _END, _FAT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def word_fib(encrypted: bool = False) -> bytes:
    """The start of a WordDocument stream: a FIB header, optionally flagged encrypted."""
    flags = 0x0100 if encrypted else 0
    return struct.pack("<HHHHHH", 0xA5EC, 0x00C1, 0, 0x0409, 0, flags)


def _entry(name: str, kind: int, start: int, size: int, child: int = _NONE,
           right: int = _NONE) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NONE, right, child) + b"\x00" * 16 + b"\x00" * 4
            + b"\x00" * 16 + struct.pack("<IIII", start, size, 0, 0)[:12])


def write_ole(path: Path, streams: dict[str, bytes]) -> Path:
    """Write ``streams`` (at most three) into a compound file at ``path``."""
    assert len(streams) <= 3
    data_sectors: list[bytes] = []
    fat = [_FAT, _END]
    entries = [b""]
    names = list(streams)
    for i, name in enumerate(names):
        payload = streams[name].ljust(4096, b"\x00")
        count = -(-len(payload) // _SECTOR)
        start = 2 + len(data_sectors)
        for k in range(count):
            data_sectors.append(payload[k * _SECTOR:(k + 1) * _SECTOR].ljust(_SECTOR, b"\x00"))
            fat.append(_END if k == count - 1 else start + k + 1)
        right = i + 2 if i + 1 < len(names) else _NONE
        entries.append(_entry(name, 2, start, len(payload), right=right))
    entries[0] = _entry("Root Entry", 5, _END, 0, child=1 if names else _NONE)
    directory = b"".join(entries).ljust(_SECTOR, b"\x00")
    fat_sector = struct.pack(f"<{len(fat)}I", *fat).ljust(_SECTOR, b"\xff")
    header = bytearray(MAGIC + b"\x00" * 16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<I", 0) + struct.pack("<108I", *([_FREE] * 108))
    path.write_bytes(bytes(header) + fat_sector + directory + b"".join(data_sectors))
    return path
