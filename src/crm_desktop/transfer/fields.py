"""What can be imported into each kind of record, and which column of a file is which field.

A column's header is folded (case, accents, Arabic and Persian letter forms, Turkish
dotted and dotless i: :func:`crm_desktop.domain.folding.fold`), stripped of digits and
punctuation, and looked up among the names people give that field in English,
Arabic, Persian and Turkish, and the headers Google Contacts and Outlook export.
Columns a guess cannot place stay unmapped: the user maps them or leaves them out.
"""

from __future__ import annotations

import dataclasses
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
    match_keys: tuple[str, ...]  # the first is the default
    # match key -> the fields a file needs (one of them) to match by it
    key_fields: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # header names of this entity's fields where they differ from other entities' (a
    # product's "name" is no company's)
    synonyms: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # headers of values the import works out itself (a line's total): left out, never
    # taken for a field whose name they end with ("Total price" is no unit price)
    computed: tuple[str, ...] = ()


# How products, deals and sales files name their columns (spreadsheets, shop and accounting
# programs, other CRMs' exports), where a name means something else than for contacts.
_CURRENCY = (
    "currency",
    "currency code",
    "curr",
    "ccy",
    "العملة",
    "عملة",
    "ارز",
    "واحد پول",
    "para birimi",
    "döviz",
)
_CUSTOMER = (
    "customer", "client", "customer name", "client name", "account", "account name", "buyer",
    "العميل", "اسم العميل", "الزبون", "المشتري",
    "مشتری", "نام مشتری", "طرف حساب", "خریدار",
    "müşteri", "müşteri adı", "cari", "cari adı", "alıcı",
)  # fmt: skip
_CONTACT = (
    "contact", "contact name", "contact person", "person", "person name",
    "جهة الاتصال", "اسم جهة الاتصال", "الشخص المسؤول", "المسؤول",
    "مخاطب", "نام مخاطب", "شخص", "رابط",
    "kişi", "ilgili kişi", "kişi adı", "yetkili",
)  # fmt: skip
_CONTACT_EMAIL = (
    "email", "e mail", "email address", "contact email", "person email", "customer email", "client email",
    "البريد الإلكتروني", "البريد", "بريد العميل", "الإيميل",
    "ایمیل", "پست الکترونیک", "ایمیل مشتری",
    "e posta", "eposta", "müşteri e posta",
)  # fmt: skip
_UNIT_PRICE = (
    "price", "unit price", "sale price", "selling price", "sales price", "retail price", "list price",
    "price each", "rate",
    "السعر", "سعر الوحدة", "سعر البيع", "سعر المفرد",
    "قیمت", "قیمت واحد", "قیمت فروش", "فی", "بها",
    "fiyat", "birim fiyat", "birim fiyatı", "satış fiyatı", "liste fiyatı",
)  # fmt: skip
_UNIT_COST = (
    "cost", "unit cost", "cost price", "purchase price", "buy price", "buying price",
    "التكلفة", "تكلفة الوحدة", "سعر التكلفة", "سعر الشراء",
    "بهای تمام شده", "قیمت خرید", "هزینه", "قیمت تمام شده",
    "maliyet", "birim maliyet", "alış fiyatı", "maliyet fiyatı",
)  # fmt: skip
_PRODUCT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "sku": (
        "sku", "code", "product code", "item code", "item no", "item number", "article number", "art no",
        "part number", "reference", "ref", "barcode",
        "رمز المنتج", "كود المنتج", "الكود", "الرمز", "رقم الصنف", "كود الصنف", "الباركود",
        "کد کالا", "کد محصول", "کد", "شناسه کالا", "بارکد",
        "stok kodu", "ürün kodu", "kod", "barkod", "malzeme kodu",
    ),
    "name": (
        "name", "product", "product name", "item", "item name", "title", "article", "service",
        "الاسم", "المنتج", "اسم المنتج", "الصنف", "اسم الصنف", "السلعة", "الخدمة",
        "نام", "محصول", "نام محصول", "کالا", "نام کالا", "خدمت",
        "ürün", "ürün adı", "mal", "malzeme", "stok adı", "hizmet", "ad", "adı",
    ),
    "description": (
        "description", "details", "long description",
        "الوصف", "التفاصيل", "شرح", "توضیحات", "açıklama", "detay",
    ),
    "unit_price": _UNIT_PRICE,
    "unit_cost": _UNIT_COST,
    "tax_pct": (
        "tax", "tax rate", "tax percent", "vat", "vat rate", "gst", "sales tax",
        "الضريبة", "نسبة الضريبة", "ضريبة القيمة المضافة",
        "مالیات", "نرخ مالیات", "ارزش افزوده", "مالیات بر ارزش افزوده",
        "kdv", "kdv oranı", "vergi", "vergi oranı",
    ),
    "currency": _CURRENCY,
    "active": (
        "active", "is active", "enabled", "available", "status",
        "نشط", "فعال", "الحالة", "وضعیت", "aktif", "durum",
    ),
}  # fmt: skip
_DEAL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "deal", "deal name", "deal title", "name", "opportunity", "opportunity name", "subject",
        "الصفقة", "اسم الصفقة", "عنوان الصفقة", "الفرصة", "اسم الفرصة",
        "معامله", "نام معامله", "عنوان معامله", "عنوان", "فرصت",
        "fırsat", "fırsat adı", "anlaşma", "başlık", "satış fırsatı",
    ),
    "customer": _CUSTOMER,
    "contact": _CONTACT,
    "contact_email": _CONTACT_EMAIL,
    "pipeline": (
        "pipeline", "sales pipeline", "funnel",
        "مسار المبيعات", "خط المبيعات", "قمع المبيعات",
        "قيف فروش", "خط فروش", "satış hunisi", "süreç", "huni",
    ),
    "stage": (
        "stage", "deal stage", "status", "phase",
        "المرحلة", "مرحلة الصفقة", "الحالة",
        "مرحله", "وضعیت", "aşama", "durum", "safha",
    ),
    "amount": (
        "amount", "value", "deal value", "deal amount", "total", "worth", "expected revenue",
        "المبلغ", "القيمة", "قيمة الصفقة",
        "مبلغ", "ارزش", "مبلغ معامله",
        "tutar", "değer", "fırsat tutarı",
    ),
    "currency": _CURRENCY,
    "expected_close": (
        "expected close", "expected close date", "close date", "closing date", "expected closing",
        "تاريخ الإغلاق", "تاريخ الإغلاق المتوقع",
        "تاریخ بسته شدن", "تاریخ پایان", "kapanış tarihi", "beklenen kapanış",
    ),
    "probability": (
        "probability", "win probability", "chance", "likelihood",
        "الاحتمال", "احتمال الفوز", "احتمال", "olasılık", "ihtimal",
    ),
    "lost_reason": (
        "lost reason", "reason lost", "loss reason",
        "سبب الخسارة", "دلیل از دست رفتن", "kayıp nedeni", "kaybetme nedeni",
    ),
}  # fmt: skip
_SALE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": (
        "number", "invoice", "invoice no", "invoice number", "invoice id", "order", "order no",
        "order number", "order id", "receipt", "receipt no", "sale", "sale no", "sale number",
        "document no", "bill no",
        "رقم الفاتورة", "الفاتورة", "رقم الطلب", "رقم الإيصال", "رقم البيع",
        "شماره فاکتور", "فاکتور", "شماره سفارش", "شماره فروش",
        "fatura no", "fatura numarası", "fatura", "sipariş no", "fiş no", "belge no",
    ),
    "sold_on": (
        "date", "invoice date", "order date", "sale date", "sold on", "sold",
        "التاريخ", "تاريخ الفاتورة", "تاريخ البيع", "تاريخ الطلب",
        "تاریخ", "تاریخ فاکتور", "تاریخ فروش",
        "tarih", "fatura tarihi", "satış tarihi", "sipariş tarihi",
    ),
    "customer": _CUSTOMER,
    "contact": _CONTACT,
    "contact_email": _CONTACT_EMAIL,
    "currency": _CURRENCY,
    "sku": _PRODUCT_SYNONYMS["sku"],
    "product": (
        "product", "product name", "item", "item name", "article", "service",
        "المنتج", "اسم المنتج", "الصنف", "اسم الصنف", "السلعة",
        "محصول", "نام محصول", "کالا", "نام کالا", "شرح کالا",
        "ürün", "ürün adı", "mal", "malzeme", "stok adı", "hizmet",
    ),
    "description": (
        "description", "line description", "item description", "details",
        "الوصف", "البيان", "التفاصيل", "شرح", "توضیحات", "açıklama",
    ),
    "quantity": (
        "quantity", "qty", "qnty", "units", "pcs", "pieces",
        "الكمية", "العدد", "تعداد", "مقدار", "miktar", "adet",
    ),
    "unit_price": _UNIT_PRICE,
    "discount_pct": (
        "discount", "disc", "discount rate", "discount percent",
        "الخصم", "نسبة الخصم", "تخفیف", "درصد تخفیف",
        "iskonto", "indirim", "iskonto oranı", "indirim oranı",
    ),
    "unit_cost": _UNIT_COST,
}  # fmt: skip
_SALE_COMPUTED = (
    "total", "line total", "total price", "amount", "net amount", "net", "subtotal", "sub total",
    "grand total", "invoice total", "tax", "vat", "tax amount", "vat amount", "total incl vat",
    "المجموع", "الإجمالي", "الاجمالي", "المبلغ", "قيمة الضريبة",
    "جمع", "جمع کل", "مبلغ", "مبلغ کل", "مالیات",
    "toplam", "tutar", "ara toplam", "genel toplam", "kdv tutarı", "kdv",
)  # fmt: skip


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
        {
            "email": frozenset({"email"}),
            "phone": frozenset({"phone"}),
            "name": frozenset({"display_name", "given_name", "family_name"}),
            "external_id": frozenset({"external_id"}),
        },
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
        {
            "email": frozenset({"email"}),
            "phone": frozenset({"phone"}),
            "name": frozenset({"name"}),
            "external_id": frozenset({"external_id"}),
        },
    ),
    "products": Entity(
        "products",
        ("sku", "name", "description", "unit_price", "unit_cost", "tax_pct", "currency", "active"),
        ("sku", "name"),
        {"sku": frozenset({"sku"}), "name": frozenset({"name"})},
        _PRODUCT_SYNONYMS,
    ),
    "deals": Entity(
        "deals",
        (
            "title",
            "customer",
            "contact",
            "contact_email",
            "company",
            "pipeline",
            "stage",
            "amount",
            "currency",
            "expected_close",
            "probability",
            "lost_reason",
            "notes",
            "tags",
        ),
        ("title",),
        {"title": frozenset({"title"})},
        _DEAL_SYNONYMS,
    ),
    "sales": Entity(
        "sales",
        (
            "number",
            "sold_on",
            "customer",
            "contact",
            "contact_email",
            "company",
            "currency",
            "sku",
            "product",
            "description",
            "quantity",
            "unit_price",
            "discount_pct",
            "unit_cost",
            "notes",
        ),
        ("number",),
        {"number": frozenset({"number"})},
        _SALE_SYNONYMS,
        _SALE_COMPUTED,
    ),
}
# fields a spreadsheet cell cannot hold (an Excel cell takes 32,767 characters): imported, and
# exported to vCard only
NOT_TABULAR = frozenset({"photo"})


def match_label(key: str) -> str:
    """A match key's name for people (options, messages)."""
    labels = {
        "email": _("Email"),
        "phone": _("Phone"),
        "name": _("Name"),
        "sku": _("SKU"),
        "title": _("Title and customer"),
        "number": _("Sale number"),
        "external_id": _("External ID"),
    }
    return labels.get(key, key)


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
        "sku": _("SKU"),
        "description": _("Description"),
        "unit_price": _("Unit price"),
        "unit_cost": _("Unit cost"),
        "tax_pct": _("Tax %"),
        "currency": _("Currency"),
        "active": _("Active"),
        "title": _("Title"),
        "customer": _("Customer"),
        "contact": _("Contact"),
        "contact_email": _("Contact email"),
        "contact_id": _("Contact"),
        "company_id": _("Company"),
        "pipeline": _("Pipeline"),
        "pipeline_id": _("Pipeline"),
        "stage": _("Stage"),
        "stage_id": _("Stage"),
        "amount": _("Amount"),
        "expected_close": _("Expected close"),
        "probability": _("Probability %"),
        "probability_override": _("Probability %"),
        "lost_reason": _("Lost reason"),
        "number": _("Sale number"),
        "sold_on": _("Date"),
        "product": _("Product"),
        "quantity": _("Quantity"),
        "discount_pct": _("Discount %"),
        "lines": _("Lines"),
        "total": _("Total"),
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
        for name in entity.synonyms.get(field, _SYNONYMS.get(field, ())):
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
    computed = {_key(name) for name in known.computed}
    candidates: list[str | None] = []
    for header in headers:
        squeezed = _key(header)
        if _NOT_DATA.search(fold(header)) or squeezed in computed:
            candidates.append(None)
            continue
        candidates.append(index.get(squeezed) or _by_suffix(squeezed, index))
    # a column named as the field itself ("external_id") takes it before one named like it
    # ("id", which other programs' exports use for their own ids); otherwise the first does
    mapping: list[str | None] = [None] * len(candidates)
    taken: set[str] = set()
    exact = [
        position
        for position, (header, field) in enumerate(zip(headers, candidates, strict=True))
        if field is not None and _key(header) in (_key(field), _key(field.removeprefix(CUSTOM)))
    ]
    others = [position for position in range(len(candidates)) if position not in exact]
    for position in exact + others:
        field = candidates[position]
        if field is None or (field in taken and field not in MULTI_FIELDS):
            continue
        taken.add(field)
        mapping[position] = field
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
