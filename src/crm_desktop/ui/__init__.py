"""The Qt desktop program. Calls services; never opens a database session itself."""
