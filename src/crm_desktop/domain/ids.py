"""Record ids: UUIDv7 strings made on the device that creates the row.

Time-ordered ids keep B-tree inserts local (fast bulk loads) and never collide
between devices that sync later.
"""

from __future__ import annotations

import hashlib

import uuid_utils


def new_id() -> str:
    return str(uuid_utils.uuid7())


def uuid7_from(unix_ms: int, random_bits: int) -> str:
    """A UUIDv7 built from given parts, for reproducible demo data.

    ``random_bits`` supplies the 74 random bits of the layout (extra bits are dropped).
    """
    rand_a = (random_bits >> 62) & 0xFFF
    rand_b = random_bits & ((1 << 62) - 1)
    value = ((unix_ms & ((1 << 48) - 1)) << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def natural_id(kind: str, *key: str) -> str:
    """The same id on every device for the same natural key (a tag's folded name, a tagging's
    tag and record, a custom field's record kind and key).

    Rows that a unique key allows only once, made on two devices while offline, then merge
    field by field when they sync instead of colliding on that key. The id has the UUIDv7
    layout with time 0, its other bits taken from a hash of ``kind`` and ``key``.
    """
    digest = hashlib.sha256("\x1f".join((kind, *key)).encode()).digest()
    return uuid7_from(0, int.from_bytes(digest[:10], "big"))
