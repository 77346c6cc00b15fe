"""Change-sets: what a write changed, combined and queried the way views use them."""

from __future__ import annotations

from crm_desktop.services.changes import ChangeRecorder, ChangeSet


def test_an_empty_change_set() -> None:
    empty = ChangeSet()
    assert empty.empty
    assert empty.entities == frozenset()
    assert not empty.touches("contact")


def test_the_recorder_keeps_a_created_row_out_of_updated() -> None:
    recorder = ChangeRecorder()
    recorder.create("contact", "c1")
    recorder.update("contact", "c1")
    recorder.update_many("contact_method", ["m1", "m2"])
    recorder.delete("tagging", "t1")
    changes = recorder.freeze()
    assert changes.created == {("contact", "c1")}
    assert changes.updated == {("contact_method", "m1"), ("contact_method", "m2")}
    assert changes.deleted == {("tagging", "t1")}
    assert not changes.empty
    assert changes.entities == {"contact", "contact_method", "tagging"}
    assert changes.ids("contact_method") == {"m1", "m2"}
    assert changes.touches("tagging") and not changes.touches("deal")


def test_union_of_two_change_sets() -> None:
    first = ChangeSet(created=frozenset({("deal", "d1")}), updated=frozenset({("deal", "d2")}))
    second = ChangeSet(
        updated=frozenset({("deal", "d1"), ("activity", "a1")}), deleted=frozenset({("deal_line", "l1")})
    )
    both = first | second
    assert both.created == {("deal", "d1")}
    assert both.updated == {("deal", "d2"), ("activity", "a1")}  # d1 stays "created"
    assert both.deleted == {("deal_line", "l1")}
    assert both.ids("deal") == {"d1", "d2"}


def test_change_sets_are_values() -> None:
    a = ChangeSet(created=frozenset({("contact", "c1")}))
    b = ChangeSet(created=frozenset({("contact", "c1")}))
    assert a == b
    assert hash(a) == hash(b)
