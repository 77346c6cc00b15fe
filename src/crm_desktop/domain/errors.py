"""The program's own errors: each carries a message a shop owner understands.

Services, storage and the command line raise these; the window and the ``crm``
command show ``str(error)`` as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from crm_desktop.i18n import _


class CrmError(Exception):
    """Base of every error a user can cause or meet."""


class ValidationError(CrmError):
    """One or more fields hold values we cannot accept; ``errors`` maps field -> message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        text = "; ".join(f"{field}: {message}" for field, message in self.errors.items())
        super().__init__(text)


def entity_name(entity: str) -> str:
    """A record kind ("contact", "custom_field") as the user reads it, in the user's language."""
    names = {
        "contact": _("contact"),
        "company": _("company"),
        "deal": _("deal"),
        "case": _("case"),
        "task": _("task"),
        "activity": _("activity"),
        "product": _("product"),
        "sale": _("sale"),
        "article": _("article"),
        "user": _("user"),
        "tag": _("tag"),
        "pipeline": _("pipeline"),
        "stage": _("stage"),
        "import": _("import"),
        "custom_field": _("custom field"),
    }
    return names.get(entity, entity)


class NotFoundError(CrmError):
    def __init__(self, entity: str, record_id: str) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(
            _("No {entity} with id {id} exists.").format(entity=entity_name(entity), id=record_id)
        )


class ConflictError(CrmError):
    """The request contradicts data already saved (a duplicate SKU, a stage of another pipeline)."""


class DatabaseError(CrmError):
    """The database file cannot be used as asked; nothing was changed."""

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(message)


class NotACrmDatabaseError(DatabaseError):
    pass


class DatabaseTooNewError(DatabaseError):
    pass


class DatabaseLockedError(DatabaseError):
    pass


class DatabaseReadOnlyError(DatabaseError):
    pass


class DatabaseCorruptError(DatabaseError):
    pass


class DiskFullError(DatabaseError):
    pass
