"""Emails and phone numbers: validation and the normal forms we store and search."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumberFormat, phonenumberutil
from phonenumbers.phonemetadata import NumberFormat, PhoneMetadata

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import digits
from crm_desktop.i18n import _

# A local part made of plain ASCII words joined by single dots: what nearly every address
# has, and what email-validator accepts and keeps as it is
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
_LOCAL_MAX, _ADDRESS_MAX = 64, 254  # RFC 5321's limits, as email-validator applies them


def normalize_email(text: str, field: str = "email") -> str:
    """The address with its domain lower-cased, or a ValidationError naming ``field``.

    email-validator decides. Its full check costs about a third of a millisecond, most of it
    spent on the domain, so an address of a plain local part has only its domain checked,
    once per domain (an import of a hundred thousand addresses has a few hundred domains);
    anything else goes through the full check. A test holds both ways to the same answers.
    """
    candidate = (text or "").strip()
    local, at, domain = candidate.rpartition("@")
    if at and len(local) <= _LOCAL_MAX and len(candidate) <= _ADDRESS_MAX and _PLAIN_LOCAL.match(local):
        normal_domain = _checked_domain(domain)
        if normal_domain is not None:
            return f"{local}@{normal_domain}"
    return _validated(candidate, field)


def _validated(candidate: str, field: str) -> str:
    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(
            {field: _("“{email}” is not an email address.").format(email=candidate)}
        ) from None
    return str(result.normalized)


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> str | None:
    """A plain ASCII domain as email-validator normalises it (lower-cased), or None for the full
    check: when it refuses the domain (the full check says why), and when the domain is or
    becomes internationalised, since the address's length limit then counts other forms."""
    if not domain.isascii():
        return None
    try:
        normal = str(validate_email("x@" + domain, check_deliverability=False).domain)
    except EmailNotValidError:
        return None
    return normal if normal == domain.lower() else None


def normalize_phone(text: str, region: str, field: str = "phone") -> str:
    """The number in E.164 (``+966501234567``), read in ``region`` when it has no country code."""
    candidate = (text or "").strip()
    try:
        number = phonenumbers.parse(candidate, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            {field: _("“{phone}” is not a phone number.").format(phone=candidate)}
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(
            {field: _("“{phone}” does not have the right number of digits.").format(phone=candidate)}
        )
    e164 = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    _remember(e164, number)
    return e164


# Numbers parsed lately, by E.164: a number is normalised, then shown and made search tokens
# of, and parsing is most of each step's cost (an import of 100,000 numbers parsed each thrice)
_PARSED: dict[str, phonenumbers.PhoneNumber] = {}
_PARSED_MAX = 4096


def _remember(e164: str, number: phonenumbers.PhoneNumber) -> None:
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    _PARSED[e164] = number


def _parsed(e164: str) -> phonenumbers.PhoneNumber:
    """``e164`` parsed (NumberParseException when it is no number)."""
    number = _PARSED.get(e164)
    if number is None:
        number = phonenumbers.parse(e164, None)
        _remember(e164, number)
    return number


def format_phone(e164: str) -> str:
    """A stored number as people write it: ``+966 50 123 4567``."""
    try:
        number = _parsed(e164)
    except phonenumbers.NumberParseException:
        return e164
    return _styled(number, PhoneNumberFormat.INTERNATIONAL)


def phone_search_tokens(e164: str) -> list[str]:
    """Digit strings under which a stored number is found, whatever way it is typed.

    ``+966501234567`` is found as ``966501234567``, ``501234567`` and ``0501234567``.
    """
    all_digits = digits(e164)
    tokens = [all_digits]
    try:
        number = _parsed(e164)
    except phonenumbers.NumberParseException:
        return [t for t in tokens if t]
    national = str(number.national_number)
    tokens.append(national)
    trunk = digits(_styled(number, PhoneNumberFormat.NATIONAL))
    tokens.append(trunk)
    return list(dict.fromkeys(t for t in tokens if t))


def _styled(number: phonenumbers.PhoneNumber, style: int) -> str:
    """``phonenumbers.format_number(number, style)`` for the international and national styles,
    with the choice of the country's format for the number remembered.

    That choice tries the country's formats one by one with regular expressions, and was half
    of what showing a number and making its search tokens cost (an import does both for every
    number). A format is chosen by the number's first digits (at most a few, see
    :class:`_Formats`) and its length, then confirmed against the whole number; the first two
    are what is remembered. A test holds this to ``format_number`` for every country's
    example numbers.
    """
    country = number.country_code
    formats = _formats_for(country, style) if number.national_number and not number.extension else None
    if formats is None:  # nothing to remember: the library's own way
        return str(phonenumbers.format_number(number, style))
    national = phonenumbers.national_significant_number(number)
    chosen = formats.choose(national)
    body = national if chosen is None else chosen[0].template.format(*chosen[1].groups(""))
    return f"+{country} {body}" if style == PhoneNumberFormat.INTERNATIONAL else body


@dataclass(frozen=True)
class _Format:
    leading: re.Pattern[str] | None  # the most detailed of its leading-digit patterns
    pattern: re.Pattern[str]
    # the replacement (the national prefix rule applied for the national style) as a format
    # string of the pattern's groups: "\\1 \\2" is "{0} {1}", filled in a tenth of the time
    # re.sub takes to expand it
    template: str


_GROUP_REFERENCE = re.compile(r"\\(\d)")


def _template(rule: str) -> str:
    """A replacement of ``re.sub`` (literal text and ``\\N``, all phonenumbers' rules use) as
    a format string of the match's groups."""
    literal = rule.replace("{", "{{").replace("}", "}}")
    return _GROUP_REFERENCE.sub(lambda found: "{" + str(int(found.group(1)) - 1) + "}", literal)


class _Formats:
    """A country's formats for one style, and for each (length, first digits) the formats whose
    leading digits fit, in their order: the whole number then picks the first it matches."""

    def __init__(self, formats: list[NumberFormat], style: int) -> None:
        self.formats: list[_Format] = []
        widths: list[int | None] = [0]
        for entry in formats:
            rule = entry.format or ""
            if style == PhoneNumberFormat.NATIONAL and entry.national_prefix_formatting_rule:
                rule = phonenumberutil._FIRST_GROUP_PATTERN.sub(  # what format_number does
                    entry.national_prefix_formatting_rule, rule, count=1
                )
            leading = entry.leading_digits_pattern[-1] if entry.leading_digits_pattern else None
            if leading is not None:
                widths.append(_widest(leading))
            self.formats.append(
                _Format(
                    re.compile(leading) if leading else None, re.compile(entry.pattern or ""), _template(rule)
                )
            )
        # how many first digits decide the leading-digit tests (None: the whole number)
        self.width = None if None in widths else max(w or 0 for w in widths)
        self.fitting: dict[tuple[int, str], list[_Format]] = {}

    def choose(self, national: str) -> tuple[_Format, re.Match[str]] | None:
        """The format for ``national`` and its pattern's match of it, or None."""
        key = (len(national), national if self.width is None else national[: self.width])
        fitting = self.fitting.get(key)
        if fitting is None:
            fitting = [f for f in self.formats if f.leading is None or f.leading.match(national)]
            if len(self.fitting) < 65536:
                self.fitting[key] = fitting
        for candidate in fitting:
            found = candidate.pattern.fullmatch(national)
            if found is not None:
                return candidate, found
        return None


def _widest(pattern: str) -> int | None:
    """How many characters ``pattern`` can take at most; None when unbounded or when it looks
    past what it takes (a lookaround or an anchor)."""
    if any(mark in pattern for mark in ("(?=", "(?!", "(?<", "$", "\\b", "\\Z")):
        return None
    widest = int(_RE_PARSER.parse(pattern).getwidth()[1])
    return None if widest >= int(_RE_PARSER.MAXREPEAT) else widest


# the standard library's own regular-expression parser, which knows a pattern's widths
_RE_PARSER: Any = importlib.import_module("re._parser")


@lru_cache(maxsize=1024)
def _formats_for(country: int, style: int) -> _Formats | None:
    region = phonenumbers.region_code_for_country_code(country)
    if region == phonenumbers.UNKNOWN_REGION:
        return None
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country, region.upper())
    if metadata is None:
        return None
    international = style == PhoneNumberFormat.INTERNATIONAL and len(metadata.intl_number_format) > 0
    return _Formats(list(metadata.intl_number_format if international else metadata.number_format), style)


def check_country(text: str, field: str = "country") -> str:
    """An ISO 3166 two-letter country code (``"sa"`` becomes ``"SA"``), or empty."""
    code = (text or "").strip().upper()
    if code and code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            {field: _("“{text}” is not a country code (two letters, like SA, IR, TR).").format(text=text)}
        )
    return code
