"""The merge rule: the same result in any order, replays change nothing, unseen losers are conflicts."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.sync.ops import DELETED, FieldOp, FieldState, delete_stands, merge


def stamp(ms: int, device: str = "a", counter: int = 0) -> str:
    return f"{ms:012x}-{counter:04x}-{device}"


def op(ms: int, value: object, base: str = "", device: str = "a", field: str = "city") -> FieldOp:
    return FieldOp(f"op-{ms}-{device}", "contacts", "row-1", field, value, stamp(ms, device), base)  # type: ignore[arg-type]


def replay(ops: list[FieldOp]) -> tuple[FieldState | None, list[FieldState]]:
    state: FieldState | None = None
    conflicts: list[FieldState] = []
    for item in ops:
        outcome = merge(state, item)
        state = outcome.state
        if outcome.conflict is not None:
            conflicts.append(outcome.conflict)
    return state, conflicts


def test_the_newer_write_wins_and_a_write_that_saw_the_older_is_no_conflict() -> None:
    first = op(1, "Riyadh")
    second = op(2, "Jeddah", base=first.stamp, device="b")
    for order in ([first, second], [second, first]):
        state, conflicts = replay(order)
        assert state is not None and state.value == "Jeddah"
        assert conflicts == []


def test_concurrent_writes_keep_the_loser_as_a_conflict_in_either_order() -> None:
    mine = op(1, "Riyadh", device="a")
    theirs = op(2, "Jeddah", device="b")  # did not see mine
    for order in ([mine, theirs], [theirs, mine]):
        state, conflicts = replay(order)
        assert state is not None and state.value == "Jeddah"
        assert [c.value for c in conflicts] == ["Riyadh"]


def test_a_replayed_op_changes_nothing() -> None:
    write = op(5, "Ankara")
    state, _ = replay([write])
    outcome = merge(state, write)
    assert outcome.state == state and not outcome.applied and outcome.conflict is None


def test_ties_in_milliseconds_are_broken_by_device() -> None:
    a = FieldOp("x", "contacts", "r", "city", "A", stamp(7, "a"))
    b = FieldOp("y", "contacts", "r", "city", "B", stamp(7, "b"))
    assert replay([a, b])[0] == replay([b, a])[0]


values = st.sampled_from(["Riyadh", "Jeddah", "Tehran", "İzmir", None])


@given(
    st.lists(
        st.tuples(st.integers(1, 40), st.sampled_from("abc"), values),
        min_size=1,
        max_size=7,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_every_order_gives_the_same_value(writes: list[tuple[int, str, str | None]]) -> None:
    ops = [op(ms, value, device=device) for ms, device, value in writes]
    results = {replay(list(order))[0] for order in itertools.islice(itertools.permutations(ops), 50)}
    assert len(results) == 1


def test_an_edit_the_deleter_had_not_seen_wins_over_the_delete() -> None:
    row = {
        "city": FieldState("Riyadh", stamp(1)),
        DELETED: FieldState("2026-12-01", stamp(3, "b"), base=stamp(1)),
    }
    assert delete_stands(row)
    row["city"] = FieldState("Jeddah", stamp(2, "c"))  # written before the delete, unseen by it
    assert not delete_stands(row)
    row[DELETED] = FieldState(None, stamp(4))  # restored
    assert not delete_stands(row)
