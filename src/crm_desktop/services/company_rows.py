"""What the company list shows of each company: primary phone and email, owner name, in one query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_
from sqlmodel import col, select

from crm_desktop.domain.models import Company, ContactMethod, User
from crm_desktop.services.context import ServiceContext

CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    industry: str
    city: str
    country: str
    primary_phone: str
    primary_email: str
    owner_id: str | None
    owner_name: str
    updated_at: datetime


def _columns(*columns: Any) -> Any:
    """A select of several columns (sqlmodel's ``select`` is typed for four at most)."""
    return select(*columns)


def company_rows(ctx: ServiceContext, company_ids: Sequence[str]) -> list[CompanyRow]:
    """The rows of these companies in the order given (missing ids left out)."""
    ids = list(company_ids)
    if not ids:
        return []
    methods = ContactMethod.__table__  # type: ignore[attr-defined]
    email = methods.alias("email")
    phone = methods.alias("phone")
    found: dict[str, CompanyRow] = {}
    with ctx.db.read() as session:
        for start in range(0, len(ids), CHUNK):
            statement = (
                _columns(
                    Company.id,
                    Company.name,
                    Company.industry,
                    Company.city,
                    Company.country,
                    phone.c.value,
                    email.c.value,
                    Company.owner_id,
                    User.name,
                    Company.updated_at,
                )
                .select_from(Company)
                .outerjoin(User, col(User.id) == col(Company.owner_id))
                .outerjoin(
                    email,
                    and_(
                        email.c.company_id == Company.id,
                        email.c.kind == "email",
                        email.c.is_primary,
                        email.c.deleted_at.is_(None),
                    ),
                )
                .outerjoin(
                    phone,
                    and_(
                        phone.c.company_id == Company.id,
                        phone.c.kind == "phone",
                        phone.c.is_primary,
                        phone.c.deleted_at.is_(None),
                    ),
                )
                .where(col(Company.id).in_(ids[start : start + CHUNK]))
            )
            for row in session.exec(statement):
                found[row[0]] = CompanyRow(
                    id=row[0],
                    name=row[1],
                    industry=row[2],
                    city=row[3],
                    country=row[4],
                    primary_phone=row[5] or "",
                    primary_email=row[6] or "",
                    owner_id=row[7],
                    owner_name=row[8] or "",
                    updated_at=row[9],
                )
    return [found[i] for i in ids if i in found]
