"""A database with a row in every table an archive holds, for the whole-database archive tests.

Demo data (small) gives the bulk; hand-made records add what the demo has not:
Arabic, Persian and Turkish text, a contact and a company in the bin, custom fields
of contacts and deals, quantities and rates with decimals, a merge of two contacts
and an import (whose undo history is data too).
"""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from sqlmodel import SQLModel

import crm_desktop.domain.models  # noqa: F401  (every table on SQLModel.metadata)
from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.services import demo
from crm_desktop.services.archive import DERIVED_TABLES, HISTORY_TABLES
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.imports import ImportOptions
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import SaleInput, SaleLineInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import Table

DEMO_CONTACTS = 40


class StepClock:
    """Times after the demo's "now", each a little later than the last."""

    def __init__(self) -> None:
        self.now = demo.REFERENCE_TIME + timedelta(hours=1)

    def __call__(self) -> datetime:
        self.now += timedelta(microseconds=1500)
        return self.now


def build_source(path: Path, *, contacts: int = DEMO_CONTACTS) -> Path:
    """Make the database at ``path`` (it must not exist yet)."""
    Crm.open(path).close()  # the shared default pipeline, as every new database has it
    demo.generate(path, contacts=contacts, seed=11)
    with Crm.open(path, clock=StepClock(), timezone=UTC) as crm:
        _edge_cases(crm)
    return path


def _edge_cases(crm: Crm) -> None:
    crm.settings.update(business_name="متجر الأمل", currency_rates={"IRR": "0.0000238", "SAR": "0.2667"})
    crm.custom_fields.create(
        CustomFieldInput(
            entity="contact", key="national_id", label="رقم الهوية", field_type=CustomFieldType.TEXT
        )
    )
    crm.custom_fields.create(
        CustomFieldInput(entity="deal", key="vat_ok", label="KDV", field_type=CustomFieldType.BOOL)
    )
    company = crm.companies.create(CompanyInput(name="شرکت آریا", city="تهران", country="IR")).value
    arabic = crm.contacts.create(
        ContactInput(
            given_name="محمد",
            family_name="العتيبي",
            emails=["m.otaibi@example.sa"],
            phones=["+966 50 123 4567"],
            tags=["عميل مميز", "VIP"],
            custom={"national_id": "1098765432"},
            notes="يفضل الاتصال بعد العصر\nسطر ثان",
            birthday=date(1990, 2, 28),
        )
    ).value
    persian = crm.contacts.create(
        ContactInput(
            given_name="زهرا", family_name="کریمی", company_id=company.id, phones=["+98 912 345 6789"]
        )
    ).value
    crm.contacts.create(ContactInput(given_name="Işıl", family_name="Çağlar", city="İzmir", do_not_call=True))
    binned = crm.contacts.create(
        ContactInput(display_name="Deleted Person", emails=["gone@example.com"])
    ).value
    crm.contacts.delete(binned.id)
    gone = crm.companies.create(CompanyInput(name="Closed Ltd.")).value
    crm.companies.delete(gone.id)
    twin = crm.contacts.create(
        ContactInput(given_name="محمد", family_name="العتيبى", phones=["0501234567"])
    ).value
    crm.merging.merge(arabic.id, twin.id, {"family_name": "keep", "display_name": "keep"})
    product = crm.products.list().items[0]
    crm.deals.create(
        DealInput(
            title="صفقة الأجهزة",
            contact_id=arabic.id,
            currency="IRR",
            custom={"vat_ok": True},
            lines=[SaleLineInput(product_id=product.id, quantity="2.5", unit_price="1250000")],
        )
    )
    crm.sales.create(
        SaleInput(
            contact_id=persian.id,
            sold_on=date(2026, 11, 20),
            currency="SAR",
            lines=[SaleLineInput(description="قماش", quantity="0.125", unit_price="80")],
        )
    )
    headers = ["First Name", "Last Name", "E-mail Address", "Categories"]
    rows = iter(
        [["Ayşe", "Yılmaz", "ayse@example.com.tr", "Toptan"], ["Reza", "Ahmadi", "reza@example.ir", ""]]
    )
    options = ImportOptions("contacts", guess_mapping(headers, "contacts"), match="email", mode="upsert")
    crm.imports.run(Table("csv", headers, rows), options, file_name="yeni müşteriler.csv")
    crm.import_mappings.save("contacts", "دفتر العناوين", headers, options.mapping)
    picture = io.BytesIO()
    Image.new("RGB", (6, 6), (20, 120, 200)).save(picture, "PNG")
    crm.contact_photos.set(persian.id, picture.getvalue())


def archived_table_names() -> list[str]:
    return [t.name for t in SQLModel.metadata.sorted_tables if t.name not in DERIVED_TABLES] + list(
        HISTORY_TABLES
    )


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of every archived table, and the search index's texts, sorted."""
    connection = sqlite3.connect(path)
    try:
        found = {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in archived_table_names()
        }
        found["search_docs"] = sorted(connection.execute("SELECT entity, ref_id, body FROM search_docs"))
        return found
    finally:
        connection.close()


def stored(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()
