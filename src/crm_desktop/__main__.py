"""``python -m crm_desktop`` starts the desktop program."""

import sys

from crm_desktop.app import main

sys.exit(main())
