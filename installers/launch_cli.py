"""The frozen ``crm`` command's first module (PyInstaller runs this file as ``__main__``)."""

import sys

from crm_desktop.cli import main

sys.exit(main())
