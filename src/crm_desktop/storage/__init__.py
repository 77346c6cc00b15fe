"""Storage: engine and sessions, migrations, backups, search index. Imports only the domain."""
