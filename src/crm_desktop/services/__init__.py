"""Services: the use cases of the CRM. No Qt here; every write returns a change-set."""

from crm_desktop.services.changes import ChangeSet, Outcome

__all__ = ["ChangeSet", "Outcome"]
