"""Keeping left-to-right runs intact inside right-to-left views.

In an RTL table a phone ``+966 50 123 4567`` would show as ``123 50 966+``;
wrapping such values in Unicode isolates (LRI … PDI) keeps their order.
"""

from __future__ import annotations

LRI = "\u2066"
PDI = "\u2069"


def ltr(text: str) -> str:
    """``text`` isolated as a left-to-right run (phones, emails, codes, amounts, Latin names)."""
    return f"{LRI}{text}{PDI}" if text else text


def auto(text: str) -> str:
    """``text`` isolated with its own first-strong direction (U+2068 FSI … PDI)."""
    return f"\u2068{text}{PDI}" if text else text


def paragraph(text: str, right_to_left: bool) -> str:
    """``text`` laid out in the window's direction, whatever its first part is.

    Qt takes a line's direction from its first strong letter, even one inside an
    isolate, so "Satın Alma Müdürü · سرنخ · …" would run left to right in a Persian
    window. A leading mark (RLM or LRM) settles it.
    """
    return ("\u200f" if right_to_left else "\u200e") + text if text else text
