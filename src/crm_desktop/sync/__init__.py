"""Offline sync: field operations stamped with hybrid logical clocks, pushed and pulled through a server."""
