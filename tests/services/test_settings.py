"""SettingsService: business settings with checked values, stored key by key."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from tests.services.helpers import unchanged


def test_values_from_the_fixture_and_defaults(crm: Crm) -> None:
    settings = crm.settings.get()
    assert (settings.base_currency, settings.default_region) == ("SAR", "SA")
    assert settings.currency_rates == {"USD": "3.75", "EUR": "4.1"}
    assert settings.sla_hours == {"urgent": 4, "high": 24, "normal": 72, "low": 168}
    assert settings.calendar == "gregorian"


def test_update_names_the_changed_keys_and_keeps_the_others(crm: Crm) -> None:
    outcome = crm.settings.update(business_name="Noor Trading", calendar="hijri")
    assert outcome.changes.updated == {("setting", "business_name"), ("setting", "calendar")}
    assert not outcome.changes.created and not outcome.changes.deleted
    settings = crm.settings.get()
    assert (settings.business_name, settings.calendar, settings.base_currency) == (
        "Noor Trading",
        "hijri",
        "SAR",
    )


def test_codes_are_normalised(crm: Crm) -> None:
    settings = crm.settings.update(base_currency=" try ", default_region="tr").value
    assert (settings.base_currency, settings.default_region) == ("TRY", "TR")
    assert crm.settings.get().base_currency == "TRY"


def test_sla_hours_are_merged_with_the_defaults(crm: Crm) -> None:
    crm.settings.update(sla_hours={"urgent": 2})
    assert crm.settings.get().sla_hours == {"urgent": 2, "high": 24, "normal": 72, "low": 168}


def test_rate_to_base(crm: Crm) -> None:
    settings = crm.settings.get()
    assert settings.rate_to_base("SAR") == 1
    assert settings.rate_to_base("USD") == Decimal("3.75")
    with pytest.raises(ValidationError) as error:
        settings.rate_to_base("GBP")
    assert set(error.value.errors) == {"currency"}
    assert "GBP" in error.value.errors["currency"]


@pytest.mark.parametrize(
    ("values", "field", "word"),
    [
        ({"base_currency": "RIYAL"}, "base_currency", "RIYAL"),
        ({"base_currency": ""}, "base_currency", "currency"),
        ({"default_region": "SAU"}, "default_region", "region"),
        ({"default_region": "1A"}, "default_region", "region"),
        ({"default_region": "XX"}, "default_region", "region"),
        ({"calendar": "julian"}, "calendar", "calendar"),
        ({"sla_hours": {"critical": 1}}, "sla_hours", "critical"),
        ({"sla_hours": {"urgent": 0}}, "sla_hours", "positive"),
        ({"currency_rates": {"DOLLAR": "3.75"}}, "currency_rates", "DOLLAR"),
        ({"currency_rates": {"GBP": "abc"}}, "currency_rates.GBP", "abc"),
        ({"currency_rates": {"GBP": "-1"}}, "currency_rates.GBP", "positive"),
        ({"quote_validity_days": "soon"}, "quote_validity_days", "integer"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(
    crm: Crm, values: dict[str, Any], field: str, word: str
) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.settings.update(business_name="Should not be saved", **values)
    assert set(error.value.errors) == {field}
    assert word in error.value.errors[field]


def test_unknown_key_is_refused(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.settings.update(business_name="X", colour_scheme="dark")
    assert set(error.value.errors) == {"colour_scheme"}
    assert "colour_scheme" in error.value.errors["colour_scheme"]


def test_settings_survive_reopening(crm: Crm, db_path: Path) -> None:
    crm.settings.update(business_name="Kaya Ltd.", currency_rates={"TRY": "0.11"})
    reopened = Crm.open(db_path)
    try:
        settings = reopened.settings.get()
        assert settings.business_name == "Kaya Ltd."
        assert settings.currency_rates == {"TRY": "0.11"}
    finally:
        reopened.close()
