"""A long list of record ids kept in little memory.

A million ids as Python strings cost about 85 MB; UUIDs are all 36 characters,
so they are kept end to end in one string (36 MB) and cut out on demand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import cast, overload

ID_LENGTH = 36


class PackedIds(Sequence[str]):
    def __init__(self, ids: list[str]) -> None:
        if all(len(i) == ID_LENGTH for i in ids):
            self._packed: str | None = "".join(ids)
            self._list: list[str] | None = None
            self._count = len(ids)
        else:  # ids of another shape (never for UUIDv7 records): keep the plain list
            self._packed = None
            self._list = list(ids)
            self._count = len(ids)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if self._list is not None:
            return self._list[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        assert self._packed is not None
        start = index * ID_LENGTH
        return self._packed[start : start + ID_LENGTH]

    def __iter__(self) -> Iterator[str]:
        for index in range(self._count):
            yield self[index]

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        if self._list is not None:
            return self._list.index(cast(str, value), start, self._count if stop is None else stop)
        if not isinstance(value, str) or len(value) != ID_LENGTH or self._packed is None:
            raise ValueError(value)
        position = self._packed.find(value, start * ID_LENGTH)
        while position != -1:
            if position % ID_LENGTH == 0:  # a match straddling two ids is not one
                found = position // ID_LENGTH
                if stop is not None and found >= stop:
                    break
                return found
            position = self._packed.find(value, position + 1)
        raise ValueError(value)
