"""The users a report names: a filter's user checked, ids turned into names, names in order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.models import User
from crm_desktop.i18n import _
from crm_desktop.services.crm import Crm


def user_of(crm: Crm, user_id: str) -> User:
    """The user ``user_id`` names, CrmError when there is none.

    A user moved to the bin still counts: the deals, sales and activities they had stay
    theirs, and a report on a past period may well be about them.
    """
    found = crm.users.fetch([user_id])
    if not found:
        raise CrmError(_("No user with id {id} exists.").format(id=user_id))
    return found[0]


def user_filter(crm: Crm, filters: Mapping[str, str], name: str) -> User | None:
    """The user the filter ``name`` (``owner``, ``assignee``) gives by id; None when not given."""
    user_id = filters.get(name, "").strip()
    return user_of(crm, user_id) if user_id else None


def user_names(crm: Crm, user_ids: Iterable[str | None], nobody: str) -> dict[str | None, str]:
    """Each id's user name, ``nobody`` for None; an id no user has any more gets a placeholder."""
    wanted = sorted({user_id for user_id in user_ids if user_id})
    names: dict[str | None, str] = {user.id: user.name for user in crm.users.fetch(wanted)}
    for user_id in wanted:
        names.setdefault(user_id, _("Unknown user"))
    names[None] = nobody
    return names


def by_name(names: Mapping[str | None, str], ids: Iterable[str | None]) -> list[str | None]:
    """``ids`` in the order of their names, nobody (None) last."""
    return sorted(ids, key=lambda user_id: (user_id is None, fold(names[user_id]), user_id or ""))
