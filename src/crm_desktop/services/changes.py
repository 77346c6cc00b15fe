"""Change-sets: what a write changed, so open views refresh only what concerns them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

# tables whose entity name is not the table name without its plural "s"
_ENTITY_OF_TABLE = {
    "companies": "company",
    "activities": "activity",
    "knowledge_articles": "article",
    "custom_field_definitions": "custom_field",
}


def entity_of_table(table: str) -> str:
    """The entity name change-sets use for a table's records ("companies" -> "company")."""
    return _ENTITY_OF_TABLE.get(table, table.removesuffix("s"))


@dataclass(frozen=True)
class ChangeSet:
    """Ids created, updated and deleted, per entity name (``"contact"``, ``"deal"``...)."""

    created: frozenset[tuple[str, str]] = frozenset()
    updated: frozenset[tuple[str, str]] = frozenset()
    deleted: frozenset[tuple[str, str]] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.deleted)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(entity for entity, _ in self.created | self.updated | self.deleted)

    def ids(self, entity: str) -> frozenset[str]:
        return frozenset(i for e, i in self.created | self.updated | self.deleted if e == entity)

    def touches(self, entity: str) -> bool:
        return entity in self.entities

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            self.created | other.created,
            (self.updated | other.updated) - (self.created | other.created),
            self.deleted | other.deleted,
        )


@dataclass
class ChangeRecorder:
    """Collects changes during one transaction; :meth:`freeze` gives the ChangeSet."""

    created: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    deleted: set[tuple[str, str]] = field(default_factory=set)

    def create(self, entity: str, record_id: str) -> None:
        self.created.add((entity, record_id))

    def update(self, entity: str, record_id: str) -> None:
        key = (entity, record_id)
        if key not in self.created:
            self.updated.add(key)

    def update_many(self, entity: str, record_ids: Iterable[str]) -> None:
        for record_id in record_ids:
            self.update(entity, record_id)

    def delete(self, entity: str, record_id: str) -> None:
        self.deleted.add((entity, record_id))

    def freeze(self) -> ChangeSet:
        return ChangeSet(
            frozenset(self.created), frozenset(self.updated - self.created), frozenset(self.deleted)
        )


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a write: its value (usually the saved record) and what changed."""

    value: T
    changes: ChangeSet
