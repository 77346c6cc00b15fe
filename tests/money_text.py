"""Expected amount text in tests, as the installed Babel writes it.

CLDR changes spacing between releases (``SAR10.00`` then ``SAR 10.00``); the tests
check our layout around the amount, not Babel's data.
"""

from __future__ import annotations

from crm_desktop.domain.money import Money


def sar(amount: str) -> str:
    return Money.parse(amount, "SAR").format("en")
