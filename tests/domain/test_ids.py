"""Record ids: UUIDv7 strings, time-ordered, and reproducible ones for demo data."""

from __future__ import annotations

import time
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.ids import new_id, uuid7_from

MS_48 = st.integers(min_value=0, max_value=2**48 - 1)
RANDOM_74 = st.integers(min_value=0, max_value=2**74 - 1)


def _unix_ms(value: str) -> int:
    return uuid.UUID(value).int >> 80


def _assert_uuid7_text(value: str) -> None:
    parsed = uuid.UUID(value)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert str(parsed) == value  # canonical lower-case, hyphenated, 36 characters
    assert len(value) == 36


def test_new_id_is_a_uuid7_string() -> None:
    value = new_id()
    assert isinstance(value, str)
    _assert_uuid7_text(value)


def test_new_id_carries_the_current_time() -> None:
    before = int(time.time() * 1000)
    value = new_id()
    after = int(time.time() * 1000)
    # the clock reading is encoded, not some other number (generous bounds: no timing assumed)
    assert before - 1000 <= _unix_ms(value) <= after + 1000


def test_new_ids_are_unique_and_sorted_by_creation() -> None:
    ids = [new_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert [_unix_ms(i) for i in ids] == sorted(_unix_ms(i) for i in ids)


def test_uuid7_from_known_value() -> None:
    assert uuid7_from(1_700_000_000_000, 12345) == "018bcfe5-6800-7000-8000-000000003039"
    assert uuid7_from(1_700_000_000_000, 2**74 - 1) == "018bcfe5-6800-7fff-bfff-ffffffffffff"


def test_uuid7_from_drops_extra_random_bits() -> None:
    assert uuid7_from(5, 2**74 + 7) == uuid7_from(5, 7)
    assert uuid7_from(5, 2**80) == uuid7_from(5, 0)


@settings(deadline=None)
@given(MS_48, RANDOM_74)
def test_uuid7_from_is_deterministic_valid_v7(unix_ms: int, random_bits: int) -> None:
    value = uuid7_from(unix_ms, random_bits)
    assert uuid7_from(unix_ms, random_bits) == value
    _assert_uuid7_text(value)
    as_int = uuid.UUID(value).int
    assert as_int >> 80 == unix_ms
    # all 74 random bits survive: 12 in rand_a, 62 in rand_b
    rand_a = (as_int >> 64) & 0xFFF
    rand_b = as_int & ((1 << 62) - 1)
    assert (rand_a << 62) | rand_b == random_bits


@settings(deadline=None)
@given(MS_48, MS_48, RANDOM_74, RANDOM_74)
def test_uuid7_from_sorts_by_time(ms_a: int, ms_b: int, bits_a: int, bits_b: int) -> None:
    a = uuid7_from(ms_a, bits_a)
    b = uuid7_from(ms_b, bits_b)
    if ms_a < ms_b:
        assert a < b
    elif ms_a > ms_b:
        assert a > b
    assert (a == b) == (ms_a == ms_b and bits_a == bits_b)
