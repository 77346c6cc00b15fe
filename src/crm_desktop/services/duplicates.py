"""Finding contacts that are probably the same person.

Comparing every contact with every other is out of reach for a big file (100,000
contacts make five billion pairs), so candidates come from *blocks*: contacts that
share an email address, a phone number (both stored normalised: lower-case, E.164),
or a name key (the first three letters of the first and of the last word of the name,
after folding case, accents, Arabic and Persian letter forms and Turkish dotted and
dotless i). Only pairs inside a block are scored, the names with rapidfuzz.

A pair's score adds up its reasons: the same email is nearly certain, the same phone
likely (families share a landline), a similar name alone a hint, which the same
company strengthens. Pairs below ``min_score`` are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from sqlalchemy import func
from sqlmodel import Session, col, select

from crm_desktop.domain.contact_points import normalize_email, normalize_phone
from crm_desktop.domain.enums import ContactMethodKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.models import Contact, ContactMethod
from crm_desktop.i18n import _
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.settings import read_settings

SAME_EMAIL = "same_email"
SAME_PHONE = "same_phone"
SIMILAR_NAME = "similar_name"
SAME_COMPANY = "same_company"
_WEIGHTS = {SAME_EMAIL: 0.9, SAME_PHONE: 0.7, SIMILAR_NAME: 0.5, SAME_COMPANY: 0.2}
NAME_SIMILARITY = 88  # rapidfuzz token_sort_ratio from which two names count as similar
MAX_BLOCK = 500  # a name key shared by more contacts is too common to say anything
DEFAULT_MIN_SCORE = 0.7


@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    folded: str
    company_id: str | None


@dataclass
class DuplicatePair:
    a: str
    b: str
    a_name: str
    b_name: str
    score: float = 0.0
    reasons: set[str] = field(default_factory=set)
    name_similarity: int = 0

    def describe(self) -> str:
        texts = {
            SAME_EMAIL: _("same email"),
            SAME_PHONE: _("same phone"),
            SIMILAR_NAME: _("similar names ({percent}%)").format(percent=self.name_similarity),
            SAME_COMPANY: _("same company"),
        }
        # the separator is translated: Arabic and Persian write "، "
        return _(", ").join(texts[reason] for reason in sorted(self.reasons))


class DuplicateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def scan(self, min_score: float = DEFAULT_MIN_SCORE) -> list[DuplicatePair]:
        """Likely duplicate contacts, most certain first."""
        with self.ctx.db.read() as session:
            people = _people(session)
            by_method = _method_blocks(session)
        pairs: dict[tuple[str, str], DuplicatePair] = {}

        def reason(a: str, b: str, why: str, similarity: int = 0) -> None:
            if a == b or a not in people or b not in people:
                return
            key = (a, b) if a < b else (b, a)
            pair = pairs.get(key)
            if pair is None:
                pair = pairs[key] = DuplicatePair(key[0], key[1], people[key[0]].name, people[key[1]].name)
            pair.reasons.add(why)
            pair.name_similarity = max(pair.name_similarity, similarity)

        for (kind, _value), owners in by_method.items():
            why = SAME_EMAIL if kind == ContactMethodKind.EMAIL else SAME_PHONE
            for a, b in combinations(sorted(set(owners)), 2):
                reason(a, b, why)
        for block in _name_blocks(people.values()):
            for first, second in combinations(block, 2):
                similarity = round(fuzz.token_sort_ratio(first.folded, second.folded))
                if similarity >= NAME_SIMILARITY:
                    reason(first.id, second.id, SIMILAR_NAME, similarity)
        found = []
        for (a, b), pair in pairs.items():
            same_name = people[a].folded and people[a].folded == people[b].folded
            if pair.reasons & {SAME_EMAIL, SAME_PHONE} and same_name:
                pair.reasons.add(SIMILAR_NAME)
                pair.name_similarity = 100
            if people[a].company_id and people[a].company_id == people[b].company_id:
                pair.reasons.add(SAME_COMPANY)
            pair.score = round(min(1.0, sum(_WEIGHTS[r] for r in pair.reasons)), 2)
            if pair.score >= min_score:
                found.append(pair)
        return sorted(found, key=lambda p: (-p.score, p.a_name, p.b_name, p.a, p.b))

    def like(
        self, name: str, emails: Sequence[str] = (), phones: Sequence[str] = (), *, exclude: str | None = None
    ) -> list[DuplicatePair]:
        """Saved contacts a new one with this name, emails and phones probably duplicates (for a
        warning before saving it); most certain first. Emails and phones are taken as typed."""
        folded = fold(name)
        words = folded.split()
        with self.ctx.db.read() as session:
            region = read_settings(session).default_region
            wanted: list[tuple[str, str]] = []
            for email in emails:
                with suppress(ValidationError):
                    wanted.append((ContactMethodKind.EMAIL, normalize_email(email).lower()))
            for phone in phones:
                with suppress(ValidationError):
                    wanted.append((ContactMethodKind.PHONE, normalize_phone(phone, region)))
            reasons: dict[str, set[str]] = defaultdict(set)
            for kind, value in wanted:
                column = (
                    func.lower(ContactMethod.normalized)
                    if kind == ContactMethodKind.EMAIL
                    else ContactMethod.normalized
                )
                for contact_id in session.exec(
                    select(ContactMethod.contact_id).where(
                        col(ContactMethod.kind) == kind,
                        column == value,
                        col(ContactMethod.contact_id).is_not(None),
                        col(ContactMethod.deleted_at).is_(None),
                    )
                ):
                    reasons[str(contact_id)].add(
                        SAME_EMAIL if kind == ContactMethodKind.EMAIL else SAME_PHONE
                    )
            similarity: dict[str, int] = {}
            if words:  # the name's block: contacts whose sort key starts like its first word
                for contact_id, sort_key in session.exec(
                    select(Contact.id, Contact.sort_key)
                    .where(col(Contact.sort_key).startswith(words[0][:3]), col(Contact.deleted_at).is_(None))
                    .limit(MAX_BLOCK * 4)
                ):
                    score = round(fuzz.token_sort_ratio(folded, sort_key))
                    if score >= NAME_SIMILARITY:
                        reasons[str(contact_id)].add(SIMILAR_NAME)
                        similarity[str(contact_id)] = score
            reasons.pop(exclude or "", None)
            names = dict(
                session.exec(
                    select(Contact.id, Contact.display_name).where(
                        col(Contact.id).in_(list(reasons)), col(Contact.deleted_at).is_(None)
                    )
                ).all()
            )
        found = [
            DuplicatePair(
                contact_id,
                "",
                names[contact_id],
                name,
                round(min(1.0, sum(_WEIGHTS[r] for r in why)), 2),
                why,
                similarity.get(contact_id, 0),
            )
            for contact_id, why in reasons.items()
            if contact_id in names
        ]
        return sorted(found, key=lambda p: (-p.score, p.a_name, p.a))

    @staticmethod
    def groups(pairs: Iterable[DuplicatePair]) -> list[list[str]]:
        """The pairs joined into groups of contacts (A like B, B like C: one group of three)."""
        parent: dict[str, str] = {}

        def root(item: str) -> str:
            while parent.setdefault(item, item) != item:
                parent[item] = parent[parent[item]]
                item = parent[item]
            return item

        for pair in pairs:
            parent[root(pair.a)] = root(pair.b)
        grouped: dict[str, list[str]] = defaultdict(list)
        for item in parent:
            grouped[root(item)].append(item)
        return sorted(
            (sorted(members) for members in grouped.values() if len(members) > 1), key=lambda g: g[0]
        )


def _people(session: Session) -> dict[str, _Person]:
    rows = session.exec(
        select(Contact.id, Contact.display_name, Contact.company_id).where(col(Contact.deleted_at).is_(None))
    )
    return {row[0]: _Person(row[0], row[1], fold(row[1]), row[2]) for row in rows}


def _method_blocks(session: Session) -> dict[tuple[str, str], list[str]]:
    """Contacts per normalised email and phone, only where two or more share one."""
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    rows = session.exec(
        select(ContactMethod.kind, ContactMethod.normalized, ContactMethod.contact_id).where(
            col(ContactMethod.contact_id).is_not(None), col(ContactMethod.deleted_at).is_(None)
        )
    )
    for kind, normalized, contact_id in rows:
        if normalized and contact_id:
            # an address's local part may be case-sensitive in law, never in practice
            blocks[(kind, normalized.lower())].append(contact_id)
    # one number shared by hundreds (a switchboard, a placeholder) says nothing of who is who,
    # and would make pairs by the hundred thousand
    return {key: owners for key, owners in blocks.items() if 1 < len(set(owners)) <= MAX_BLOCK}


def _name_blocks(people: Iterable[_Person]) -> list[list[_Person]]:
    blocks: dict[str, list[_Person]] = defaultdict(list)
    for person in people:
        words = person.folded.split()
        if not words:
            continue
        blocks[f"{words[0][:3]}\x1f{words[-1][:3]}"].append(person)
    return [block for block in blocks.values() if 1 < len(block) <= MAX_BLOCK]
