"""Domain: table classes, enums, value rules and errors. Imports nothing of ours but itself."""
