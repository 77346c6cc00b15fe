"""CRM Desktop: an offline-first desktop CRM for small businesses."""

# The one place the version is written: pyproject.toml reads it from here
# ([tool.setuptools.dynamic]), and a frozen bundle, which has no package metadata, has it too.
__version__ = "0.1.0"

APP_NAME = "CRM Desktop"
APP_SLUG = "crm-desktop"
