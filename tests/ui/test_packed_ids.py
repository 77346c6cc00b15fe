from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.ids import new_id
from crm_desktop.ui.packed_ids import PackedIds


@given(st.lists(st.uuids().map(str), unique=True, max_size=60))
def test_behaves_like_the_list_it_packs(ids: list[str]) -> None:
    packed = PackedIds(ids)
    assert len(packed) == len(ids)
    assert list(packed) == ids
    assert packed[-1:] == ids[-1:]
    for position, record_id in enumerate(ids):
        assert packed[position] == record_id
        assert packed.index(record_id) == position


def test_a_match_across_two_ids_is_not_found() -> None:
    first, second = new_id(), new_id()
    packed = PackedIds([first, second])
    straddling = (first + second)[18:54]
    with pytest.raises(ValueError):
        packed.index(straddling)
    with pytest.raises(IndexError):
        packed[2]


def test_ids_of_another_length_are_kept_as_a_list() -> None:
    packed = PackedIds(["settings", "a"])
    assert list(packed) == ["settings", "a"]
    assert packed.index("a") == 1
