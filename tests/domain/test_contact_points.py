"""Emails and phones: the normal forms we store, and the tokens a stored phone is found by."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from crm_desktop.domain import contact_points
from crm_desktop.domain.contact_points import (
    format_phone,
    normalize_email,
    normalize_phone,
    phone_search_tokens,
)
from crm_desktop.domain.errors import ValidationError

REGIONS = ("SA", "IR", "TR", "US")
TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# ---------------------------------------------------------------- email


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ahmed@example.com", "ahmed@example.com"),
        ("Ahmed@Example.COM", "Ahmed@example.com"),
        ("  ali@kaya.com.tr \t", "ali@kaya.com.tr"),
        ("x@bücher.DE", "x@bücher.de"),
        ("first.last+crm@sub.example.sa", "first.last+crm@sub.example.sa"),
    ],
)
def test_normalize_email(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


def test_normalize_email_is_idempotent() -> None:
    once = normalize_email(" Ahmed@Example.COM ")
    assert normalize_email(once) == once


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "not-an-email",
        "a@@b.com",
        "ali@",
        "@example.com",
        "ali@x",
        "a b@x.com",
        "Ali <ali@x.com>",
        "ali.@x.com",
    ],
)
def test_normalize_email_rejects_non_addresses(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email(typed, field="work_email")
    assert set(caught.value.errors) == {"work_email"}


def test_normalize_email_handles_none_like_empty() -> None:
    with pytest.raises(ValidationError):
        normalize_email(None)  # type: ignore[arg-type]


_LOCAL_CHARS = "aZ09.+-_!#'`{|}~ \"(),:;<>[\\]éü٣"
_LABELS = ("example", "EXAMPLE", "x", "bücher", "xn--mgbh0fb", "a-b", "-ab", "ab-", "a_b", "123", "c")
_TOPS = ("com", "COM", "sa", "test", "local", "invalid", "onion", "arpa", "localhost", "123", "c", "museum")


@st.composite
def addresses(draw: st.DrawFn) -> str:
    local = draw(st.text(alphabet=_LOCAL_CHARS, min_size=0, max_size=70))
    labels = draw(st.lists(st.sampled_from(_LABELS), min_size=0, max_size=3))
    top = draw(st.sampled_from(_TOPS))
    long_label = draw(st.sampled_from(("", "d" * 63 + ".", "e" * 64 + ".", ("f" * 60 + ".") * 4)))
    at = draw(st.sampled_from(("@", "@", "@@", "")))
    return local + at + long_label + ".".join([*labels, top])


def _full_check(address: str) -> str | Exception:
    try:
        return contact_points._validated(address.strip(), "email")
    except ValidationError as error:
        return error


@settings(max_examples=600, deadline=None)
@given(addresses())
def test_normalize_email_quick_path_answers_as_the_full_check(address: str) -> None:
    """The plain-address path (the local part checked here, the domain once) gives the full
    check's normal form and refuses what it refuses."""
    expected = _full_check(address)
    try:
        got: str | Exception = normalize_email(address)
    except ValidationError as error:
        got = error
    if isinstance(expected, Exception):
        assert isinstance(got, ValidationError), (address, got)
    else:
        assert got == expected, address


@pytest.mark.parametrize(
    "address",
    [
        "a" * 64 + "@example.com",
        "a" * 65 + "@example.com",
        "abcdefg@" + ".".join(["d" * 60] * 4) + ".com",  # a valid domain, too long an address
        "ab@" + ".".join(["d" * 60] * 4) + ".com",
        # 250 characters, but 257 in the IDNA ASCII form of its domain: too long
        "a" * 57 + "@" + ".".join(["d" * 60] * 3) + ".bücher.de",
    ],
)
def test_normalize_email_quick_path_keeps_the_length_limits(address: str) -> None:
    expected = _full_check(address)
    if isinstance(expected, Exception):
        with pytest.raises(ValidationError):
            normalize_email(address)
    else:
        assert normalize_email(address) == expected


# ---------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        # Saudi Arabia
        ("050 123 4567", "SA", "+966501234567"),
        ("0501234567", "SA", "+966501234567"),
        ("050-123-4567", "SA", "+966501234567"),
        ("(050) 123-4567", "SA", "+966501234567"),
        ("+966 50 123 4567", "SA", "+966501234567"),
        ("00966 50 123 4567", "SA", "+966501234567"),
        ("٠٥٠١٢٣٤٥٦٧", "SA", "+966501234567"),
        ("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "SA", "+966501234567"),
        ("011 234 5678", "SA", "+966112345678"),
        # Iran
        ("0912 345 6789", "IR", "+989123456789"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),
        ("0098 912 345 6789", "IR", "+989123456789"),
        ("021-2345-6789", "IR", "+982123456789"),
        # Turkey
        ("0532 123 45 67", "TR", "+905321234567"),
        ("(0212) 345 67 89", "TR", "+902123456789"),
        ("0090 532 123 45 67", "TR", "+905321234567"),
        ("+90 (532) 123-45-67", "TR", "+905321234567"),
        # United States
        ("(201) 555-0123", "US", "+12015550123"),
        ("201.555.0123", "US", "+12015550123"),
        ("1-201-555-0123", "US", "+12015550123"),
        ("011 966 50 123 4567", "US", "+966501234567"),
        # a country code wins over the default region
        ("+1 201 555 0123", "SA", "+12015550123"),
        ("+966501234567", "US", "+966501234567"),
        ("+90 532 123 45 67", "IR", "+905321234567"),
        # region given in lower case
        ("050 123 4567", "sa", "+966501234567"),
    ],
)
def test_normalize_phone_to_e164(typed: str, region: str, e164: str) -> None:
    assert normalize_phone(typed, region) == e164


def test_normalize_phone_without_region_needs_country_code() -> None:
    assert normalize_phone("+966 50 123 4567", "") == "+966501234567"
    with pytest.raises(ValidationError):
        normalize_phone("050 123 4567", "")


@pytest.mark.parametrize(
    "typed", ["", "   ", "abc", "phone me", "12", "050 12", "+966 50 123 4567 8901 2345"]
)
def test_normalize_phone_rejects_non_numbers(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed, "SA", field="mobile")
    assert set(caught.value.errors) == {"mobile"}


def test_format_phone_as_people_write_it() -> None:
    assert format_phone("+966501234567") == "+966 50 123 4567"
    assert format_phone("+12015550123") == "+1 201-555-0123"
    assert format_phone("not a number") == "not a number"


@pytest.mark.parametrize(
    ("e164", "tokens"),
    [
        ("+966501234567", ["966501234567", "501234567", "0501234567"]),
        ("+989123456789", ["989123456789", "9123456789", "09123456789"]),
        ("+905321234567", ["905321234567", "5321234567", "05321234567"]),
        ("+12015550123", ["12015550123", "2015550123"]),
    ],
)
def test_phone_search_tokens(e164: str, tokens: list[str]) -> None:
    assert phone_search_tokens(e164) == tokens


def test_phone_search_tokens_have_no_empty_or_repeated_token() -> None:
    for e164 in ("+966501234567", "+12015550123", "garbage", ""):
        tokens = phone_search_tokens(e164)
        assert all(tokens), (e164, tokens)
        assert len(tokens) == len(set(tokens))


# ---------------------------------------------------------------- properties

# Leading digits kept from phonenumbers' example numbers so generated numbers
# stay in a real numbering range; the rest are random digits.
_KEEP = {"SA": 2, "IR": 2, "TR": 3, "US": 4}
_NATIONAL_PREFIX = {"SA": "0", "IR": "0", "TR": "0", "US": "1"}
_IDD = {"SA": "00", "IR": "00", "TR": "00", "US": "011"}


@st.composite
def national_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """(region, national significant number) for a mobile or fixed-line number of the region."""
    region = draw(st.sampled_from(REGIONS))
    kind = draw(st.sampled_from([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]))
    example = str(phonenumbers.example_number_for_type(region, kind).national_number)
    keep = _KEEP[region]
    tail = draw(st.text(alphabet="0123456789", min_size=len(example) - keep, max_size=len(example) - keep))
    return region, example[:keep] + tail


def _with_separators(text: str, separators: list[str]) -> str:
    out = []
    for index, char in enumerate(text):
        out.append(char)
        if index < len(text) - 1:
            out.append(separators[index % len(separators)])
    return "".join(out)


@settings(deadline=None)
@given(national_numbers(), st.sampled_from(REGIONS))
def test_normalize_phone_is_idempotent(number: tuple[str, str], other_region: str) -> None:
    region, nsn = number
    code = phonenumbers.country_code_for_region(region)
    e164 = normalize_phone(_NATIONAL_PREFIX[region] + nsn, region)
    assert e164 == f"+{code}{nsn}"
    assert normalize_phone(e164, region) == e164
    assert normalize_phone(e164, other_region) == e164


@settings(deadline=None)
@given(
    national_numbers(),
    st.lists(st.sampled_from(["", " ", "-", "  ", " - ", "."]), min_size=1, max_size=6),
    st.sampled_from(["national", "plus", "idd", "parentheses"]),
    st.sampled_from(["ascii", "arabic", "persian"]),
)
def test_formatting_variants_normalise_equal(
    number: tuple[str, str], separators: list[str], shape: str, script: str
) -> None:
    region, nsn = number
    code = str(phonenumbers.country_code_for_region(region))
    expected = f"+{code}{nsn}"
    if shape == "national":
        typed = _with_separators(_NATIONAL_PREFIX[region] + nsn, separators)
    elif shape == "plus":
        typed = "+" + _with_separators(code + nsn, separators)
    elif shape == "idd":
        typed = _IDD[region] + " " + _with_separators(code + nsn, separators)
    else:
        national = _NATIONAL_PREFIX[region] + nsn
        typed = f"({national[:3]}) " + _with_separators(national[3:], separators)
    if script == "arabic":
        typed = typed.translate(TO_ARABIC_INDIC)
    elif script == "persian":
        typed = typed.translate(TO_PERSIAN)
    assert normalize_phone(typed, region) == expected, typed


@settings(deadline=None)
@given(national_numbers())
def test_every_search_token_is_a_suffix_or_national_form(number: tuple[str, str]) -> None:
    region, nsn = number
    e164 = normalize_phone(_NATIONAL_PREFIX[region] + nsn, region)
    tokens = phone_search_tokens(e164)
    assert tokens[0] == e164[1:]
    assert nsn in tokens
    # what a user in the region dials (with the trunk 0) finds the number too
    if region != "US":
        assert "0" + nsn in tokens


def _example_numbers() -> list[phonenumbers.PhoneNumber]:
    """Every country's example number of every kind, and for each a few numbers of the same
    length with other digits (formats are chosen by first digits and length)."""
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in PhoneNumberType.values():
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                found.append(example)
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            found.append(example)
    variants = []
    for index, example in enumerate(found):
        national = str(example.national_number)
        for shift in (1, 3, 7):
            changed = "".join(str((int(d) + shift * (i + index)) % 10) for i, d in enumerate(national))
            variants.append(
                phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(changed))
            )
            head = national[:4] + changed[4:]
            variants.append(
                phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(head))
            )
    return found + variants


def test_phones_are_styled_as_phonenumbers_formats_them() -> None:
    """The remembered choice of format gives what format_number gives, for every country."""
    differ = []
    for number in _example_numbers():
        for style in (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL):
            expected = phonenumbers.format_number(number, style)
            for _twice in range(2):  # the second time from what was remembered
                if contact_points._styled(number, style) != expected:
                    differ.append((number, style, expected))
    assert len(_example_numbers()) > 2000
    assert differ == []
