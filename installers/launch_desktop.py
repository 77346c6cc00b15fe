"""The frozen ``crm-desktop`` program's first module (PyInstaller runs this file as ``__main__``).

A script of its own, not ``crm_desktop/__main__.py``: PyInstaller puts a script's folder
on the search path while it analyses, and the package's own folder there would make its
modules importable under a second, top-level name.
"""

import sys

from crm_desktop.app import main

sys.exit(main())
