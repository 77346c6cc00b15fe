"""``python -m crm_desktop.cli``: the same as the ``crm`` command."""

from crm_desktop.cli import main

raise SystemExit(main())
