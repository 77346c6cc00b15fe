"""What can be imported into each kind of record, and which column of a file is which field.

A column's header is folded (case, accents, Arabic and Persian letter forms, Turkish
dotted and dotless i: :func:`crm_desktop.domain.folding.fold`), stripped of digits and
punctuation, and looked up among the names people give that field in English,
Arabic, Persian and Turkish, and the headers Google Contacts and Outlook export.
Columns a guess cannot place stay unmapped: the user maps them or leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crm_desktop.domain.folding import fold
from crm_desktop.i18n import _

CUSTOM = "custom:"  # a mapped custom field: "custom:<key>"
MULTI_FIELDS = frozenset({"email", "phone", "tags"})  # several columns may feed them


@dataclass(frozen=True)
class Entity:
    name: str
    fields: tuple[str, ...]
    match_keys: tuple[str, ...]


ENTITIES: dict[str, Entity] = {
    "contacts": Entity(
        "contacts",
        (
            "given_name",
            "family_name",
            "display_name",
            "company",
            "job_title",
            "email",
            "phone",
            "address_line",
            "city",
            "region",
            "postal_code",
            "country",
            "birthday",
            "language",
            "source",
            "notes",
            "tags",
            "external_id",
            "photo",
        ),
        ("email", "phone", "name", "external_id"),
    ),
    "companies": Entity(
        "companies",
        (
            "name",
            "industry",
            "website",
            "tax_id",
            "email",
            "phone",
            "address_line",
            "city",
            "region",
            "postal_code",
            "country",
            "notes",
            "tags",
            "external_id",
        ),
        ("email", "phone", "name", "external_id"),
    ),
}
# fields a spreadsheet cell cannot hold (an Excel cell takes 32,767 characters): imported, and
# exported to vCard only
NOT_TABULAR = frozenset({"photo"})


def field_label(field: str) -> str:
    """The field's name for people (the mapping step, reasons)."""
    labels = {
        "given_name": _("First name"),
        "family_name": _("Last name"),
        "display_name": _("Full name"),
        "name": _("Name"),
        "company": _("Company"),
        "job_title": _("Job title"),
        "email": _("Email"),
        "emails": _("Email"),
        "phone": _("Phone"),
        "phones": _("Phone"),
        "address_line": _("Address"),
        "city": _("City"),
        "region": _("Region"),
        "postal_code": _("Postal code"),
        "country": _("Country"),
        "birthday": _("Birthday"),
        "language": _("Language"),
        "source": _("Source"),
        "notes": _("Notes"),
        "tags": _("Tags"),
        "industry": _("Industry"),
        "website": _("Website"),
        "tax_id": _("Tax number"),
        "external_id": _("External ID"),
        "photo": _("Photo"),
    }
    if field.startswith(CUSTOM):
        return field.removeprefix(CUSTOM)
    return labels.get(field, field)


# Header names per field, as people write them (folded and squeezed by _key before use).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_name": (
        "first name",
        "given name",
        "firstname",
        "forename",
        "first",
        "الاسم الأول",
        "الاسم الاول",
        "نام",
        "نام کوچک",
        "ad",
        "adı",
        "isim",
    ),
    "family_name": (
        "last name",
        "family name",
        "surname",
        "lastname",
        "last",
        "اسم العائلة",
        "العائلة",
        "الكنية",
        "اللقب",
        "نام خانوادگی",
        "soyad",
        "soyadı",
        "soyisim",
    ),
    "display_name": (
        "full name",
        "display name",
        "contact name",
        "contact",
        "name",
        "الاسم",
        "الاسم الكامل",
        "اسم جهة الاتصال",
        "نام کامل",
        "نام و نام خانوادگی",
        "ad soyad",
        "adı soyadı",
        "tam ad",
        "isim soyisim",
        "kişi",
    ),
    "name": (
        "name",
        "company",
        "company name",
        "organization",
        "organisation",
        "account name",
        "الاسم",
        "الشركة",
        "اسم الشركة",
        "المؤسسة",
        "نام",
        "شرکت",
        "نام شرکت",
        "şirket",
        "firma",
        "şirket adı",
        "firma adı",
        "unvan",
    ),
    "company": (
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "employer",
        "account",
        "الشركة",
        "اسم الشركة",
        "المؤسسة",
        "جهة العمل",
        "شرکت",
        "نام شرکت",
        "سازمان",
        "şirket",
        "firma",
        "kurum",
    ),
    "job_title": (
        "job title",
        "title",
        "position",
        "role",
        "organization title",
        "المسمى الوظيفي",
        "الوظيفة",
        "المنصب",
        "سمت",
        "عنوان شغلی",
        "شغل",
        "görev",
        "ünvan",
        "pozisyon",
    ),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "email value",
        "e mail value",
        "البريد الإلكتروني",
        "البريد",
        "الإيميل",
        "ايميل",
        "ایمیل",
        "پست الکترونیک",
        "رایانامه",
        "e posta",
        "eposta",
        "e posta adresi",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "business phone",
        "home phone",
        "primary phone",
        "other phone",
        "phone value",
        "phone number",
        "whatsapp",
        "الهاتف",
        "الجوال",
        "رقم الجوال",
        "رقم الهاتف",
        "الموبايل",
        "هاتف",
        "جوال",
        "تلفن",
        "موبایل",
        "تلفن همراه",
        "شماره تماس",
        "شماره تلفن",
        "telefon",
        "cep telefonu",
        "cep",
        "gsm",
        "iş telefonu",
        "ev telefonu",
    ),
    "address_line": (
        "address",
        "street",
        "street address",
        "business street",
        "home street",
        "address street",
        "address line",
        "العنوان",
        "الشارع",
        "نشانی",
        "آدرس",
        "خیابان",
        "adres",
        "sokak",
        "cadde",
    ),
    "city": (
        "city",
        "town",
        "business city",
        "home city",
        "address city",
        "المدينة",
        "شهر",
        "şehir",
        "il",
    ),
    "region": (
        "region",
        "state",
        "province",
        "county",
        "business state",
        "home state",
        "address region",
        "المنطقة",
        "المحافظة",
        "استان",
        "bölge",
        "ilçe",
    ),
    "postal_code": (
        "postal code",
        "zip",
        "zip code",
        "postcode",
        "business postal code",
        "home postal code",
        "address postal code",
        "الرمز البريدي",
        "كود پستی",
        "کد پستی",
        "posta kodu",
    ),
    "country": (
        "country",
        "country region",
        "business country region",
        "home country region",
        "address country",
        "الدولة",
        "البلد",
        "کشور",
        "ülke",
    ),
    "birthday": (
        "birthday",
        "date of birth",
        "birth date",
        "dob",
        "تاريخ الميلاد",
        "تاریخ تولد",
        "doğum tarihi",
    ),
    "language": ("language", "اللغة", "زبان", "dil"),
    "source": ("source", "lead source", "المصدر", "منبع", "kaynak"),
    "notes": (
        "notes",
        "note",
        "comments",
        "description",
        "ملاحظات",
        "ملاحظة",
        "یادداشت",
        "توضیحات",
        "notlar",
        "not",
    ),
    "tags": (
        "tags",
        "tag",
        "categories",
        "labels",
        "group membership",
        "groups",
        "الوسوم",
        "التصنيفات",
        "وسوم",
        "برچسب ها",
        "برچسب‌ها",
        "etiketler",
        "etiket",
        "kategoriler",
    ),
    "industry": ("industry", "sector", "القطاع", "المجال", "صنعت", "sektör"),
    "website": (
        "website",
        "web site",
        "web page",
        "url",
        "الموقع",
        "الموقع الإلكتروني",
        "وبسایت",
        "web sitesi",
    ),
    "tax_id": (
        "tax id",
        "tax number",
        "vat",
        "vat number",
        "الرقم الضريبي",
        "شناسه ملی",
        "کد اقتصادی",
        "vergi no",
        "vergi numarası",
    ),
    # the id a record had in the system a file comes from (never "company id": in a file of
    # contacts that is the company's)
    "external_id": (
        "external id",
        "id",
        "customer id",
        "customer number",
        "customer no",
        "customer code",
        "client id",
        "client number",
        "contact id",
        "record id",
        "code",
        "رقم العميل",
        "معرف العميل",
        "كود العميل",
        "رمز العميل",
        "المعرف",
        "المعرف الخارجي",
        "الرقم التعريفي",
        "شناسه",
        "شناسه خارجی",
        "شناسه مشتری",
        "کد مشتری",
        "شماره مشتری",
        "kod",
        "müşteri kodu",
        "müşteri no",
        "müşteri numarası",
        "cari kod",
        "cari kodu",
        "harici kimlik",
    ),
    "photo": (
        "photo",
        "picture",
        "image",
        "avatar",
        "الصورة",
        "صورة",
        "عکس",
        "تصویر",
        "fotoğraf",
        "resim",
    ),
}
# a header naming the kind of a value next to it ("E-mail 1 - Type", "Phone 1 - Label"): no data
_NOT_DATA = re.compile(r"\b(type|label|kind)\b\s*$")


def _key(header: str) -> str:
    """A header folded and squeezed: "E-mail 2 Address" and "email address" meet."""
    folded = fold(header)
    return re.sub(r"[\W\d_]+", "", folded)


def _index(entity: Entity) -> dict[str, str]:
    index: dict[str, str] = {}
    for field in entity.fields:  # in the entity's order: an earlier field keeps a shared name
        for name in _SYNONYMS.get(field, ()):
            index.setdefault(_key(name), field)
        index.setdefault(_key(field), field)
        index.setdefault(_key(field_label(field)), field)
    return index


def guess_mapping(
    headers: Sequence[str], entity: str, custom_fields: Mapping[str, str] | None = None
) -> list[str | None]:
    """The field of each column (None: left out). ``custom_fields``: key -> label of the
    entity's custom fields, matched by key or label."""
    known = ENTITIES[entity]
    index = _index(known)
    for key, label in (custom_fields or {}).items():
        index.setdefault(_key(CUSTOM + key), CUSTOM + key)  # as an export names the column
        index.setdefault(_key(key), CUSTOM + key)
        index.setdefault(_key(label), CUSTOM + key)
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        if _NOT_DATA.search(fold(header)):
            mapping.append(None)
            continue
        squeezed = _key(header)
        field = index.get(squeezed) or _by_suffix(squeezed, index)
        if field is None or (field in taken and field not in MULTI_FIELDS):
            mapping.append(None)
            continue
        taken.add(field)
        mapping.append(field)
    return mapping


def _by_suffix(squeezed: str, index: Mapping[str, str]) -> str | None:
    """Exports prefix fields with their group ("Address 1 - City", "Business Postal Code",
    "Organization 1 - Name"): the longest known name the header ends with."""
    if not squeezed:
        return None
    for name in sorted(index, key=len, reverse=True):
        if len(name) >= 5 and squeezed.endswith(name) and squeezed != name:
            return index[name]
    return None


def check_mapping(mapping: Iterable[str | None], entity: str, custom_keys: Iterable[str] = ()) -> list[str]:
    """What is wrong with a mapping given by a user: unknown fields."""
    allowed = set(ENTITIES[entity].fields) | {CUSTOM + key for key in custom_keys}
    return sorted({field for field in mapping if field is not None and field not in allowed})


@cache
def _country_names() -> dict[str, str]:
    """Folded country names in English, Arabic, Persian and Turkish -> ISO code (Babel's CLDR)."""
    import phonenumbers
    from babel import Locale

    # short names people write that CLDR does not list
    names: dict[str, str] = {
        fold(alias): code
        for alias, code in (
            ("Turkey", "TR"),
            ("KSA", "SA"),
            ("السعودية", "SA"),
            ("UAE", "AE"),
            ("الإمارات", "AE"),
            ("USA", "US"),
            ("UK", "GB"),
        )
    }
    for language in ("en", "ar", "fa", "tr"):
        for code, name in Locale.parse(language).territories.items():
            if code in phonenumbers.SUPPORTED_REGIONS:
                names.setdefault(fold(name), code)
    return names


def country_code(text: str) -> str:
    """A country as a file writes it ("Saudi Arabia", "السعودية", "Türkiye", "tr") as its ISO
    code; the text itself when it is none of them (the services then say what is wrong)."""
    cleaned = text.strip()
    if len(cleaned) == 2:
        return cleaned.upper()
    return _country_names().get(fold(cleaned), cleaned)
