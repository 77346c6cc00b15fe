"""Hybrid logical clock stamps: order, text form, remote stamps and clocks that lag or run ahead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.errors import CrmError
from crm_desktop.sync.hlc import MAX_COUNTER, ClockAheadError, HybridClock, Stamp, refuse_if_ahead

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DEVICE_A = "a" * 32
DEVICE_B = "b" * 32


class Clock:
    def __init__(self, moment: datetime = T0) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


stamps = st.builds(
    Stamp,
    st.integers(0, (1 << 48) - 1),
    st.integers(0, MAX_COUNTER),
    st.sampled_from([DEVICE_A, DEVICE_B, "0" * 32]),
)


@given(stamps, stamps)
def test_text_order_is_stamp_order(first: Stamp, second: Stamp) -> None:
    assert (first.text() < second.text()) == (first < second)
    assert Stamp.parse(first.text()) == first


@pytest.mark.parametrize("text", ["", "12-34", "zz-0000-dev", "00000000000a-0000-", "0a-0000-dev"])
def test_broken_stamps_are_refused(text: str) -> None:
    with pytest.raises(CrmError):
        Stamp.parse(text)


def test_writes_in_one_millisecond_and_a_clock_set_back_still_increase() -> None:
    clock = Clock()
    hlc = HybridClock(DEVICE_A, clock)
    first, second = hlc.now(), hlc.now()
    assert second > first and second.ms == first.ms
    clock.moment = T0 - timedelta(hours=3)  # the user sets the clock back
    third = hlc.now()
    assert third > second


def test_a_remote_stamp_moves_the_clock_past_it() -> None:
    clock_a, clock_b = Clock(T0), Clock(T0 - timedelta(hours=3))  # B's clock is three hours slow
    a, b = HybridClock(DEVICE_A, clock_a), HybridClock(DEVICE_B, clock_b)
    remote = a.now()
    b.observe(remote)
    assert b.now() > remote


def test_a_stamp_far_ahead_of_the_server_is_refused_with_a_clear_message() -> None:
    server = Clock()
    ahead = Stamp(int((T0 + timedelta(minutes=6)).timestamp() * 1000), 0, DEVICE_B)
    with pytest.raises(ClockAheadError, match="6 minutes ahead"):
        refuse_if_ahead(ahead, server)
    refuse_if_ahead(Stamp(int((T0 + timedelta(minutes=4)).timestamp() * 1000), 0, DEVICE_B), server)


def test_the_counter_borrows_the_next_millisecond_when_full() -> None:
    hlc = HybridClock(DEVICE_A, Clock(), Stamp(int(T0.timestamp() * 1000), MAX_COUNTER, DEVICE_A))
    after = hlc.now()
    assert after.counter == 0 and after.ms == int(T0.timestamp() * 1000) + 1
