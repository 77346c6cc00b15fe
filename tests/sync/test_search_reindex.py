"""The search index after sync: the same texts the services write, and the services' lists of
indexed columns (``search_fields``, which decide what sync indexes again) complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from crm_desktop.services.crm import Crm
from crm_desktop.services.demo import generate
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.sync import outbox
from crm_desktop.sync.apply import apply
from crm_desktop.sync.search import crm_reindexer

from .conftest import new_client, query

# bookkeeping every record has; the index does not show them
_NOT_SHOWN = {"id", "created_at", "updated_at", "deleted_at", "sort_key"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    generate(path, contacts=40, seed=3)
    crm = Crm.open(path)
    yield crm
    crm.close()


def _services(crm: Crm) -> list[Any]:
    return [crm.contacts, crm.companies, crm.deals, crm.cases, crm.knowledge]


def _other_value(column: str, value: Any, ids: dict[str, list[str]]) -> Any:
    if column in ids:  # a reference: another record of that kind
        return next(i for i in ids[column] if i != value)
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 7
    if isinstance(value, str):
        return value + " changed zq"
    return None if value is not None else "zq"


def test_search_fields_name_every_column_a_search_text_shows(demo: Crm) -> None:
    """Changing a column outside a service's ``search_fields`` never changes the record's text,
    and changing one inside does (for some record): the lists are neither short nor padded."""
    with Session(demo.db.engine) as session:
        ids = {
            "company_id": list(session.exec(select(demo.companies.model.id).limit(2))),
            "contact_id": list(session.exec(select(demo.contacts.model.id).limit(2))),
        }
    for service in _services(demo):
        with Session(demo.db.engine) as session, session.no_autoflush:
            records = list(session.exec(select(service.model).limit(25)))
            assert records, service.model.__name__
            moves: set[str] = set()
            for record in records:
                before = service._search_text(session, record)
                for column in service.model.__table__.columns.keys():  # noqa: SIM118 (names)
                    if column in _NOT_SHOWN:
                        continue
                    old = getattr(record, column)
                    setattr(record, column, _other_value(column, old, ids))
                    changed = service._search_text(session, record) != before
                    setattr(record, column, old)
                    if changed:
                        moves.add(column)
                        assert column in service.search_fields, (service.model.__name__, column)
            session.rollback()
        assert moves == set(service.search_fields), service.model.__name__


def _index(crm: Crm) -> list[tuple[Any, ...]]:
    return query(crm, "SELECT entity, ref_id, body FROM search_docs ORDER BY ref_id")


def _send(source: Crm, target: Crm) -> None:
    outbox.enqueue_existing(source.db)
    outbox.seal(source.db)
    apply(target.db, outbox.pending(source.db), reindex=crm_reindexer(target))


def test_a_synced_copy_has_the_search_texts_the_services_wrote(
    demo: Crm, template_db: Path, tmp_path: Path
) -> None:
    with new_client(template_db, tmp_path / "copy.sqlite3") as copy:
        _send(demo, copy)
        assert _index(copy) == _index(demo)

        # a company renamed: its contacts' and deals' texts show the new name; a phone added:
        # the contact is found by it; a contact renamed: its deals and cases follow
        with Session(demo.db.engine) as session:
            company_id = session.exec(select(demo.companies.model.id)).first()
            contact_id, other_id = session.exec(select(demo.contacts.model.id).limit(2)).all()
        assert company_id is not None
        demo.companies.update(company_id, CompanyInput(name="Zumurrud Trading"))
        demo.contacts.update(
            contact_id,
            ContactInput(given_name="Qasim", family_name="Zahrani", phones=["+966 50 765 4321"]),
        )
        demo.contacts.delete(other_id)
        _send(demo, copy)
        assert _index(copy) == _index(demo)
        assert copy.search.everything("zumurrud")
        assert [row.id for row in copy.search.contacts("0507654321")] == [contact_id]
