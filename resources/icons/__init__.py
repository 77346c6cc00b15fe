"""Makes mypy name this folder's build.py apart from the other resources/*/build.py."""
