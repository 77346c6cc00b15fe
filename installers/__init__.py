"""Building the frozen program and its installers (``python installers/build.py``)."""
