"""Headers of products, deals and sales files in English, Arabic, Persian and Turkish."""

from __future__ import annotations

import pytest

from crm_desktop.transfer.fields import check_mapping, guess_mapping


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["SKU", "Product Name", "Description", "Unit price", "Cost", "VAT %", "Currency", "Active"],
            ["sku", "name", "description", "unit_price", "unit_cost", "tax_pct", "currency", "active"],
        ),
        (
            ["رمز المنتج", "اسم المنتج", "الوصف", "السعر", "التكلفة", "الضريبة", "العملة", "نشط"],
            ["sku", "name", "description", "unit_price", "unit_cost", "tax_pct", "currency", "active"],
        ),
        (
            ["کد کالا", "نام کالا", "توضیحات", "قیمت فروش", "قیمت خرید", "مالیات"],
            ["sku", "name", "description", "unit_price", "unit_cost", "tax_pct"],
        ),
        (
            ["Stok Kodu", "Ürün Adı", "Açıklama", "Satış Fiyatı", "Alış Fiyatı", "KDV Oranı", "Para Birimi"],
            ["sku", "name", "description", "unit_price", "unit_cost", "tax_pct", "currency"],
        ),
        (["Company", "Name"], [None, "name"]),  # a product's name is no company's
    ],
)
def test_product_headers(headers: list[str], expected: list[str | None]) -> None:
    assert guess_mapping(headers, "products") == expected


def test_deal_headers_as_other_crms_export_them() -> None:
    headers = ["Deal Name", "Organization", "Contact Person", "Email", "Pipeline", "Stage", "Value",
               "Currency", "Expected Close Date", "Probability", "Lost Reason", "Notes", "Tags"]  # fmt: skip
    assert guess_mapping(headers, "deals") == [
        "title", "company", "contact", "contact_email", "pipeline", "stage", "amount",
        "currency", "expected_close", "probability", "lost_reason", "notes", "tags",
    ]  # fmt: skip
    arabic = ["اسم الصفقة", "العميل", "المرحلة", "القيمة", "تاريخ الإغلاق المتوقع"]
    assert guess_mapping(arabic, "deals") == ["title", "customer", "stage", "amount", "expected_close"]
    turkish = ["Fırsat Adı", "Müşteri", "Aşama", "Tutar", "Olasılık"]
    assert guess_mapping(turkish, "deals") == ["title", "customer", "stage", "amount", "probability"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Invoice No", "Date", "Customer", "Customer Email", "SKU", "Item", "Description", "Qty",
             "Unit Price", "Discount %", "Line Total", "Total price", "VAT", "Notes"],
            ["number", "sold_on", "customer", "contact_email", "sku", "product", "description", "quantity",
             "unit_price", "discount_pct", None, None, None, "notes"],
        ),
        (
            ["رقم الفاتورة", "التاريخ", "العميل", "الصنف", "الكمية", "سعر الوحدة", "الخصم", "الإجمالي"],
            ["number", "sold_on", "customer", "product", "quantity", "unit_price", "discount_pct", None],
        ),
        (
            ["شماره فاکتور", "تاریخ", "مشتری", "کد کالا", "تعداد", "فی", "تخفیف", "مبلغ کل"],
            ["number", "sold_on", "customer", "sku", "quantity", "unit_price", "discount_pct", None],
        ),
        (
            ["Fatura No", "Tarih", "Müşteri", "Stok Kodu", "Miktar", "Birim Fiyat", "İskonto", "Tutar"],
            ["number", "sold_on", "customer", "sku", "quantity", "unit_price", "discount_pct", None],
        ),
    ],
)  # fmt: skip
def test_sale_line_headers_and_the_totals_left_out(headers: list[str], expected: list[str | None]) -> None:
    assert guess_mapping(headers, "sales") == expected


def test_fields_of_another_entity_are_unknown() -> None:
    assert check_mapping(["sku", "quantity", "email"], "products") == ["email", "quantity"]
    assert check_mapping(["number", "sku", "quantity"], "sales") == []
