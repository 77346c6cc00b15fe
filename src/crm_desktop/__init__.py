"""CRM Desktop: an offline-first desktop CRM for small businesses."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crm-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "CRM Desktop"
APP_SLUG = "crm-desktop"
