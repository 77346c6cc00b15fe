"""Background work: one writer thread for the database, readers beside it, progress and cancel."""
