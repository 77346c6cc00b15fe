"""Record ids: UUIDv7 strings made on the device that creates the row.

Time-ordered ids keep B-tree inserts local (fast bulk loads) and never collide
between devices that sync later.
"""

from __future__ import annotations

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
