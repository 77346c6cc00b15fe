"""The record kinds the ``crm`` command manages, as data: options, list columns and extra detail.

One generic set of commands (``add``, ``list``, ``show``, ``update``, ``delete``,
``restore`` in :mod:`crm_desktop.cli.records`) reads these tables, so a new
field is one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any, Literal, cast

from crm_desktop.cli.common import record_dict
from crm_desktop.domain.enums import (
    ActivityKind,
    CaseStatus,
    Channel,
    Direction,
    Lifecycle,
    Priority,
    UserRole,
)
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.cases import CaseService
from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import KnowledgeService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.pipeline import DealService
from crm_desktop.services.records import ListQuery, RecordService
from crm_desktop.services.sales import ProductService, SaleService
from crm_desktop.services.tasks import TaskService

Kind = Literal["text", "id", "int", "decimal", "date", "datetime", "enum", "bool", "list", "pairs", "lines"]
Row = dict[str, Any]
# (crm, records, their dictionaries, full detail?) -> adds keys to the dictionaries
Enricher = Callable[[Crm, Sequence[Any], list[Row], bool], None]
# (crm, input values, id of the record being updated or None) -> resolves names to ids in place
Preparer = Callable[[Crm, dict[str, Any], str | None], None]


@dataclass(frozen=True)
class Option:
    """One command-line option of ``add``/``update`` and the input field it sets."""

    flag: str
    key: str
    help: str
    kind: Kind = "text"
    enum: type[StrEnum] | None = None
    time_of_day: time = time(9, 0)  # datetime options: what a bare date means
    metavar: str | None = None

    @property
    def dest(self) -> str:
        return "field_" + self.key


@dataclass(frozen=True)
class EntitySpec:
    name: str  # the command: crm NAME add ...
    label: str  # in messages: "Created {label} ..."
    help: str
    service_class: type[RecordService[Any, Any]]
    service_attr: str  # attribute of Crm
    title_field: str
    options: tuple[Option, ...]
    columns: tuple[tuple[str, str], ...]  # list table: (key, header)
    enrich: Enricher | None = None
    prepare: Preparer | None = None
    resolve_filters: Preparer | None = None  # names to ids in ``--filter`` values
    filter_aliases: dict[str, str] = field(default_factory=dict)

    def service(self, crm: Crm) -> RecordService[Any, Any]:
        service: RecordService[Any, Any] = getattr(crm, self.service_attr)
        return service

    def option_names(self) -> dict[str, str]:
        """Input field -> option flag, for error messages."""
        return {option.key: option.flag for option in self.options}

    def filter_names(self) -> dict[str, str]:
        """What ``--filter`` accepts besides column names: option names (``company`` -> ``company_id``)."""
        names = {o.flag.lstrip("-").replace("-", "_"): o.key for o in self.options}
        names.update(self.filter_aliases)
        return names


# --- shared option groups --------------------------------------------------------------


def _address() -> tuple[Option, ...]:
    return (
        Option("--address", "address_line", _("street and number")),
        Option("--city", "city", _("city")),
        Option("--region", "region", _("region or province")),
        Option("--postal-code", "postal_code", _("postal code")),
        Option("--country", "country", _("country, two letters (SA, IR, TR, US)")),
    )


def _contact_points() -> tuple[Option, ...]:
    return (
        Option(
            "--email",
            "emails",
            _("email address (repeat for several; the first is primary)"),
            "list",
            metavar="EMAIL",
        ),
        Option(
            "--phone",
            "phones",
            _("phone number (repeat for several; the first is primary)"),
            "list",
            metavar="PHONE",
        ),
    )


def _tags_custom_notes() -> tuple[Option, ...]:
    return (
        Option(
            "--tag",
            "tags",
            _("tag (repeat for several; on update the list replaces the old tags)"),
            "list",
            metavar="TAG",
        ),
        Option("--custom", "custom", _("custom field value (repeatable)"), "pairs", metavar="KEY=VALUE"),
        Option("--note", "notes", _("notes")),
    )


def _links(*keys: str) -> tuple[Option, ...]:
    known = {
        "contact_id": Option("--contact", "contact_id", _("id of the contact"), "id", metavar="ID"),
        "company_id": Option("--company", "company_id", _("id of the company"), "id", metavar="ID"),
        "deal_id": Option("--deal", "deal_id", _("id of the deal"), "id", metavar="ID"),
        "case_id": Option("--case", "case_id", _("id of the case"), "id", metavar="ID"),
        "owner_id": Option("--owner", "owner_id", _("id of the user who owns it"), "id", metavar="ID"),
        "assignee_id": Option(
            "--assignee", "assignee_id", _("id of the user working on it"), "id", metavar="ID"
        ),
        "product_id": Option("--product", "product_id", _("id of the product"), "id", metavar="ID"),
    }
    return tuple(known[key] for key in keys)


def _lines_option() -> Option:
    return Option(
        "--line",
        "lines",
        _(
            "a line: product=ID_OR_SKU qty=N price=P cost=C discount=PCT description=TEXT "
            "(repeat for several lines; on update they replace the old lines)"
        ),
        "lines",
        metavar="KEY=VALUE",
    )


# --- detail added to lists and to show ----------------------------------------------------


def _method_dicts(methods: Sequence[Any], kind: str) -> list[Row]:
    return [
        {"label": m.label, "value": m.value, "normalized": m.normalized, "primary": m.is_primary}
        for m in methods
        if m.kind == kind
    ]


def _enrich_contacts(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    found = {row.id: row for row in crm.contacts.rows([r.id for r in records])}
    for record, data in zip(records, rows, strict=True):
        row = found.get(record.id)
        data["company_name"] = row.company_name if row else ""
        data["primary_email"] = row.primary_email if row else ""
        data["primary_phone"] = row.primary_phone if row else ""
        data["owner_name"] = row.owner_name if row else ""
        if full:
            methods = crm.contacts.methods(record.id)
            data["emails"] = _method_dicts(methods, "email")
            data["phones"] = _method_dicts(methods, "phone")
            data["tags"] = crm.contacts.tags(record.id)


def _enrich_companies(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    if not full:
        return
    for record, data in zip(records, rows, strict=True):
        methods = crm.companies.methods(record.id)
        data["emails"] = _method_dicts(methods, "email")
        data["phones"] = _method_dicts(methods, "phone")
        data["tags"] = crm.companies.tags(record.id)


def _names(crm: Crm, attr: str, ids: Sequence[str | None], title: str) -> dict[str, str]:
    service: RecordService[Any, Any] = getattr(crm, attr)
    wanted = sorted({i for i in ids if i})
    # cast: RecordService.fetch is annotated ``list[M]`` inside a class with a ``list`` method,
    # which mypy reads as that method
    found = cast("Sequence[Any]", service.fetch(wanted))
    return {r.id: getattr(r, title) for r in found}


def _line_dicts(lines: Sequence[Any], currency: str, base: str) -> list[Row]:
    dropped = {"deleted_at", "created_at", "updated_at"}
    return [
        {k: v for k, v in record_dict(line, base, currency).items() if k not in dropped} for line in lines
    ]


def _enrich_deals(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    stage_rows = cast("Sequence[Any]", crm.stages.fetch(sorted({r.stage_id for r in records})))
    stages = {s.id: s for s in stage_rows}
    pipelines = _names(crm, "pipelines", [r.pipeline_id for r in records], "name")
    contacts = _names(crm, "contacts", [r.contact_id for r in records], "display_name")
    companies = _names(crm, "companies", [r.company_id for r in records], "name")
    base = crm.settings.get().base_currency
    for record, data in zip(records, rows, strict=True):
        stage = stages.get(record.stage_id)
        data["stage_name"] = stage.name if stage else ""
        data["state"] = stage.kind if stage else None
        data["pipeline_name"] = pipelines.get(record.pipeline_id, "")
        data["contact_name"] = contacts.get(record.contact_id or "", "")
        data["company_name"] = companies.get(record.company_id or "", "")
        if full:
            data["lines"] = _line_dicts(crm.deals.lines(record.id), record.currency, base)
            data["tags"] = crm.tags.names_for([record.id])[record.id]


def _enrich_sales(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    contacts = _names(crm, "contacts", [r.contact_id for r in records], "display_name")
    companies = _names(crm, "companies", [r.company_id for r in records], "name")
    base = crm.settings.get().base_currency
    for record, data in zip(records, rows, strict=True):
        data["customer"] = contacts.get(record.contact_id or "") or companies.get(record.company_id or "", "")
        if full:
            data["lines"] = _line_dicts(crm.sales.lines(record.id), record.currency, base)


def _enrich_cases(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    contacts = _names(crm, "contacts", [r.contact_id for r in records], "display_name")
    for record, data in zip(records, rows, strict=True):
        data["contact_name"] = contacts.get(record.contact_id or "", "")


def _enrich_tasks(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    for record, data in zip(records, rows, strict=True):
        data["done"] = record.done_at is not None


def _enrich_articles(crm: Crm, records: Sequence[Any], rows: list[Row], full: bool) -> None:
    if full:
        tags = crm.tags.names_for([r.id for r in records])
        for record, data in zip(records, rows, strict=True):
            data["tags"] = tags[record.id]


# --- names to ids -------------------------------------------------------------------------


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def resolve_pipeline(crm: Crm, value: str) -> str:
    """A pipeline id, given its id or its name."""
    try:
        return str(crm.pipelines.get(value).id)
    except NotFoundError:
        pass
    pipelines = crm.pipelines.list(ListQuery(limit=1000)).items
    matches = [p for p in pipelines if _folded(p.name) == _folded(value)]
    if len(matches) == 1:
        return str(matches[0].id)
    raise ValidationError(
        {
            "pipeline_id": _("There is no pipeline “{value}”. Pipelines: {names}.").format(
                value=value, names=", ".join(p.name for p in pipelines)
            )
        }
    )


def resolve_stage(crm: Crm, value: str, pipeline_id: str | None) -> str:
    """A stage id, given its id, or its name within ``pipeline_id`` (default: the first pipeline)."""
    try:
        stage = crm.stages.get(value)
        return str(stage.id)
    except NotFoundError:
        pass
    pipeline_id = pipeline_id or crm.pipelines.default().id
    stages = crm.pipelines.stages(pipeline_id)
    matches = [s for s in stages if _folded(s.name) == _folded(value)]
    if len(matches) == 1:
        return str(matches[0].id)
    pipeline = crm.pipelines.get(pipeline_id)
    raise ValidationError(
        {
            "stage_id": _(
                "There is no stage “{value}” in the pipeline {pipeline}. Its stages: {names}."
            ).format(value=value, pipeline=pipeline.name, names=", ".join(s.name for s in stages))
        }
    )


def _resolve_products(crm: Crm, values: dict[str, Any]) -> None:
    """Lines may name their product by SKU instead of id."""
    errors: dict[str, str] = {}
    for index, line in enumerate(values.get("lines") or []):
        product = line.get("product_id")
        if not product:
            continue
        try:
            crm.products.get(product)
        except NotFoundError:
            found = crm.products.by_sku(product)
            if found is None:
                errors[f"lines.{index + 1}"] = _("There is no product with the id or SKU “{value}”.").format(
                    value=product
                )
            else:
                line["product_id"] = found.id
    if errors:
        raise ValidationError(errors)


def _prepare_deal(crm: Crm, values: dict[str, Any], record_id: str | None) -> None:
    if values.get("pipeline_id"):
        values["pipeline_id"] = resolve_pipeline(crm, values["pipeline_id"])
    if values.get("stage_id"):
        pipeline_id = values.get("pipeline_id")
        if not pipeline_id and record_id:
            pipeline_id = crm.deals.get(record_id).pipeline_id
        values["stage_id"] = resolve_stage(crm, values["stage_id"], pipeline_id)
    _resolve_products(crm, values)


def _deal_filters(crm: Crm, filters: dict[str, Any], record_id: str | None) -> None:
    """``--filter stage=Won`` and ``--filter pipeline=Sales`` name stages and pipelines too."""
    pipeline = filters.get("pipeline_id")
    if isinstance(pipeline, str):
        filters["pipeline_id"] = pipeline = resolve_pipeline(crm, pipeline)
    elif isinstance(pipeline, list):
        filters["pipeline_id"] = [resolve_pipeline(crm, p) for p in pipeline if isinstance(p, str)]
    stage = filters.get("stage_id")
    in_pipeline = pipeline if isinstance(pipeline, str) else None
    if isinstance(stage, str):
        filters["stage_id"] = resolve_stage(crm, stage, in_pipeline)
    elif isinstance(stage, list):
        filters["stage_id"] = [resolve_stage(crm, s, in_pipeline) for s in stage if isinstance(s, str)]


def _prepare_sale(crm: Crm, values: dict[str, Any], record_id: str | None) -> None:
    _resolve_products(crm, values)


# --- the table -------------------------------------------------------------------------------


def _enum_option(flag: str, key: str, help_text: str, enum: type[StrEnum]) -> Option:
    return Option(flag, key, help_text, "enum", enum=enum)


def entity_specs() -> tuple[EntitySpec, ...]:
    """Every record kind with its options (built on call, so help texts follow the language)."""
    return (
        EntitySpec(
            name="contact",
            label=_("contact"),
            help=_("people: customers, leads, prospects"),
            service_class=ContactService,
            service_attr="contacts",
            title_field="display_name",
            options=(
                Option("--given", "given_name", _("given (first) name")),
                Option("--family", "family_name", _("family (last) name")),
                Option("--name", "display_name", _("name as shown (default: given and family name)")),
                *_contact_points(),
                *_links("company_id"),
                Option("--title", "job_title", _("job title or role at the company")),
                _enum_option("--lifecycle", "lifecycle", _("lifecycle stage"), Lifecycle),
                Option("--source", "source", _("where the contact came from")),
                Option("--external-id", "external_id", _("its id in the system it was imported from")),
                *_links("owner_id"),
                *_address(),
                Option("--birthday", "birthday", _("birthday, YYYY-MM-DD"), "date", metavar="DATE"),
                Option("--language", "language", _("language tag (ar, fa, tr, en)")),
                _enum_option("--channel", "preferred_channel", _("preferred channel"), Channel),
                Option("--do-not-call", "do_not_call", _("yes or no"), "bool", metavar="YES/NO"),
                Option("--do-not-email", "do_not_email", _("yes or no"), "bool", metavar="YES/NO"),
                Option("--do-not-sms", "do_not_sms", _("yes or no"), "bool", metavar="YES/NO"),
                Option("--marketing-consent", "marketing_consent", _("yes or no"), "bool", metavar="YES/NO"),
                *_tags_custom_notes(),
            ),
            columns=(
                ("id", _("ID")),
                ("display_name", _("Name")),
                ("company_name", _("Company")),
                ("primary_email", _("Email")),
                ("primary_phone", _("Phone")),
                ("city", _("City")),
                ("lifecycle", _("Lifecycle")),
            ),
            enrich=_enrich_contacts,
        ),
        EntitySpec(
            name="company",
            label=_("company"),
            help=_("companies (accounts)"),
            service_class=CompanyService,
            service_attr="companies",
            title_field="name",
            options=(
                Option("--name", "name", _("company name")),
                Option("--industry", "industry", _("industry")),
                Option("--website", "website", _("website")),
                Option("--tax-id", "tax_id", _("tax or VAT number")),
                Option("--external-id", "external_id", _("its id in the system it was imported from")),
                *_contact_points(),
                *_links("owner_id"),
                *_address(),
                *_tags_custom_notes(),
            ),
            columns=(
                ("id", _("ID")),
                ("name", _("Name")),
                ("industry", _("Industry")),
                ("city", _("City")),
                ("country", _("Country")),
            ),
            enrich=_enrich_companies,
        ),
        EntitySpec(
            name="deal",
            label=_("deal"),
            help=_("deals in the sales pipeline"),
            service_class=DealService,
            service_attr="deals",
            title_field="title",
            options=(
                Option("--title", "title", _("title")),
                Option("--amount", "amount", _("amount in major units (12.50)"), "decimal"),
                Option("--currency", "currency", _("currency code (default: the base currency)")),
                Option("--rate", "rate_to_base", _("exchange rate to the base currency"), "decimal"),
                Option("--pipeline", "pipeline_id", _("pipeline id or name"), metavar="PIPELINE"),
                Option("--stage", "stage_id", _("stage id or name"), metavar="STAGE"),
                *_links("contact_id", "company_id", "owner_id"),
                Option(
                    "--close", "expected_close", _("expected close date, YYYY-MM-DD"), "date", metavar="DATE"
                ),
                Option("--probability", "probability_override", _("win probability in percent"), "int"),
                Option("--lost-reason", "lost_reason", _("why the deal was lost")),
                _lines_option(),
                *_tags_custom_notes(),
            ),
            columns=(
                ("id", _("ID")),
                ("title", _("Title")),
                ("stage_name", _("Stage")),
                ("amount_text", _("Amount")),
                ("expected_close", _("Close")),
                ("contact_name", _("Contact")),
                ("company_name", _("Company")),
            ),
            enrich=_enrich_deals,
            prepare=_prepare_deal,
            resolve_filters=_deal_filters,
            filter_aliases={"stage": "stage_id", "pipeline": "pipeline_id"},
        ),
        EntitySpec(
            name="case",
            label=_("case"),
            help=_("support cases (complaints, requests)"),
            service_class=CaseService,
            service_attr="cases",
            title_field="subject",
            options=(
                Option("--subject", "subject", _("subject")),
                Option("--description", "description", _("description")),
                _enum_option("--priority", "priority", _("priority"), Priority),
                _enum_option("--status", "status", _("status"), CaseStatus),
                _enum_option("--channel", "channel", _("how the customer reached us"), Channel),
                *_links("contact_id", "company_id", "product_id", "assignee_id"),
                Option("--resolution", "resolution", _("how the case was resolved")),
            ),
            columns=(
                ("id", _("ID")),
                ("subject", _("Subject")),
                ("priority", _("Priority")),
                ("status", _("Status")),
                ("sla_due_at", _("SLA due")),
                ("escalation_level", _("Level")),
                ("contact_name", _("Contact")),
            ),
            enrich=_enrich_cases,
        ),
        EntitySpec(
            name="task",
            label=_("task"),
            help=_("tasks and follow-ups"),
            service_class=TaskService,
            service_attr="tasks",
            title_field="title",
            options=(
                Option("--title", "title", _("title")),
                Option("--note", "notes", _("notes")),
                Option(
                    "--due",
                    "due_at",
                    _("due date (and time); a date alone means the end of that day"),
                    "datetime",
                    time_of_day=time(23, 59),
                    metavar="WHEN",
                ),
                Option(
                    "--remind",
                    "remind_at",
                    _("reminder date and time; a date alone means 09:00"),
                    "datetime",
                    metavar="WHEN",
                ),
                _enum_option("--priority", "priority", _("priority"), Priority),
                *_links("assignee_id", "contact_id", "company_id", "deal_id", "case_id"),
            ),
            columns=(
                ("id", _("ID")),
                ("title", _("Title")),
                ("due_at", _("Due")),
                ("priority", _("Priority")),
                ("done", _("Done")),
            ),
            enrich=_enrich_tasks,
        ),
        EntitySpec(
            name="product",
            label=_("product"),
            help=_("products and services you sell"),
            service_class=ProductService,
            service_attr="products",
            title_field="name",
            options=(
                Option("--sku", "sku", _("product code (unique)")),
                Option("--name", "name", _("name")),
                Option("--description", "description", _("description")),
                Option("--price", "unit_price", _("unit price in major units"), "decimal"),
                Option("--currency", "currency", _("currency code (default: the base currency)")),
                Option("--cost", "unit_cost", _("unit cost in major units"), "decimal"),
                Option("--tax", "tax_pct", _("tax rate in percent"), "decimal"),
                Option("--active", "active", _("yes or no"), "bool", metavar="YES/NO"),
            ),
            columns=(
                ("id", _("ID")),
                ("sku", _("SKU")),
                ("name", _("Name")),
                ("unit_price_text", _("Price")),
                ("active", _("Active")),
            ),
        ),
        EntitySpec(
            name="sale",
            label=_("sale"),
            help=_("sales (orders) with their lines"),
            service_class=SaleService,
            service_attr="sales",
            title_field="number",
            options=(
                Option("--number", "number", _("order number (default: made up)")),
                *_links("contact_id", "company_id", "deal_id", "owner_id"),
                Option(
                    "--date",
                    "sold_on",
                    _("date of the sale, YYYY-MM-DD (default: today)"),
                    "date",
                    metavar="DATE",
                ),
                Option("--currency", "currency", _("currency code (default: the base currency)")),
                Option("--rate", "rate_to_base", _("exchange rate to the base currency"), "decimal"),
                _lines_option(),
                Option("--note", "notes", _("notes")),
            ),
            columns=(
                ("id", _("ID")),
                ("number", _("Number")),
                ("sold_on", _("Date")),
                ("customer", _("Customer")),
                ("total_text", _("Total")),
            ),
            enrich=_enrich_sales,
            prepare=_prepare_sale,
        ),
        EntitySpec(
            name="activity",
            label=_("activity"),
            help=_("calls, meetings, emails, notes, visits, SMS"),
            service_class=ActivityService,
            service_attr="activities",
            title_field="subject",
            options=(
                _enum_option("--kind", "kind", _("what happened"), ActivityKind),
                _enum_option("--direction", "direction", _("inbound or outbound"), Direction),
                Option("--subject", "subject", _("subject")),
                Option("--body", "body", _("text")),
                Option("--outcome", "outcome", _("outcome")),
                Option(
                    "--when", "occurred_at", _("when it happened (default: now)"), "datetime", metavar="WHEN"
                ),
                Option("--duration", "duration_minutes", _("duration in minutes"), "int"),
                *_links("contact_id", "company_id", "deal_id", "case_id", "owner_id"),
            ),
            columns=(
                ("id", _("ID")),
                ("occurred_at", _("When")),
                ("kind", _("Kind")),
                ("subject", _("Subject")),
            ),
        ),
        EntitySpec(
            name="article",
            label=_("article"),
            help=_("knowledge base articles"),
            service_class=KnowledgeService,
            service_attr="knowledge",
            title_field="title",
            options=(
                Option("--title", "title", _("title")),
                Option("--body", "body", _("text")),
                Option("--category", "category", _("category")),
                Option("--published", "published", _("yes or no"), "bool", metavar="YES/NO"),
                Option("--tag", "tags", _("tag (repeat for several)"), "list", metavar="TAG"),
            ),
            columns=(
                ("id", _("ID")),
                ("title", _("Title")),
                ("category", _("Category")),
                ("published", _("Published")),
            ),
            enrich=_enrich_articles,
        ),
        EntitySpec(
            name="user",
            label=_("user"),
            help=_("people of the business who own records (sellers, support)"),
            service_class=UserService,
            service_attr="users",
            title_field="name",
            options=(
                Option("--name", "name", _("name")),
                Option("--email", "email", _("email address")),
                _enum_option("--role", "role", _("role"), UserRole),
                Option("--active", "active", _("yes or no"), "bool", metavar="YES/NO"),
            ),
            columns=(
                ("id", _("ID")),
                ("name", _("Name")),
                ("email", _("Email")),
                ("role", _("Role")),
                ("active", _("Active")),
            ),
        ),
    )
