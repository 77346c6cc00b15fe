"""Importing products and deals from a table (sales, with their lines: ``sale_imports``).

Products are matched by ``sku`` (their code, whatever its case) or by ``name``. A row
gives the code, name, description, price, cost, tax rate, currency and whether the
product is still sold; a product's price and cost are in one currency, so a row that
changes a product's currency gives its price (and its cost, when it has one) in the new
one.

Deals are matched by ``title``: the title and the customer together, since two
customers' deals are often called alike ("Website", "Annual order"). The customer is the
company when the row names one, else the contact (see ``import_customers`` for how a
row's customer is found or made); a row without a customer matches a deal without one.
Pipeline and stage are given by name: a blank pipeline is the first one (as in the
pipeline view), a blank stage on a new deal is the pipeline's first open stage, and a
name that is none of them rejects the row with the names there are. A deal moved to a
lost stage needs its lost reason in the row. Amount, currency, expected close date,
probability (a percentage: it overrides the stage's), lost reason, notes, tags and the
deals' custom fields fill in the rest.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from crm_desktop.domain.enums import CustomFieldType, StageKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.models import Company, Contact, CustomFieldDefinition, Deal, Pipeline, Product, Stage
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.custom_fields import definitions, filter_value
from crm_desktop.services.import_customers import Customers
from crm_desktop.services.import_judging import CUSTOMER_FIELDS, BatchLog, Plan, RecordJudge, RowCells
from crm_desktop.services.import_shapes import DealShape, ProductShape
from crm_desktop.services.imports import ImportOptions
from crm_desktop.services.pipeline import stages_of
from crm_desktop.transfer.fields import CUSTOM
from crm_desktop.transfer.values import CellError, read_flag


def judge_for(
    ctx: ServiceContext,
    session: Session,
    options: ImportOptions,
    recorder: ChangeRecorder,
    log: BatchLog | None,
) -> RecordJudge:
    """The judge of an import of products, deals or sales."""
    from crm_desktop.services.sale_imports import SaleJudge

    judges = {"products": ProductJudge, "deals": DealJudge, "sales": SaleJudge}
    return judges[options.entity](ctx, session, options, recorder, log)


class ProductJudge(RecordJudge):
    in_currency = ("unit_price", "unit_cost")

    def __init__(
        self,
        ctx: ServiceContext,
        session: Session,
        options: ImportOptions,
        recorder: ChangeRecorder,
        log: BatchLog | None,
    ) -> None:
        super().__init__(ProductShape(ctx), ctx, session, options, recorder, log)
        for product_id, sku, name, currency in session.exec(
            select(Product.id, Product.sku, Product.name, Product.currency)
            .where(col(Product.deleted_at).is_(None))
            .order_by(col(Product.created_at))
        ):
            self.currency_of[product_id] = currency
            for key in self.keys_of({"sku": sku, "name": name}):
                self.by_key.setdefault(key, product_id)

    def keys_of(self, shape: Any) -> list[str]:
        key = fold(str(shape.get(self.options.match) or "")).strip()
        return [key] if key else []

    def plan(self, cells: RowCells) -> Plan:
        values = cells.values
        keys = self.keys_of(values)
        matched = self.by_key.get(keys[0]) if keys else None
        errors: dict[str, str] = {}
        wanted: dict[str, Any] = {
            name: values[name] for name in ("sku", "name", "description") if values.get(name)
        }
        if matched:  # found by it, so written alike but for case and letter forms: left as saved
            wanted.pop(self.options.match, None)
        fallback = self.currency_for(matched)
        prices = [(name, values[name]) for name in ("unit_price", "unit_cost") if values.get(name)]
        named, _currency, amounts = self.amounts(values.get("currency", ""), prices, fallback, errors)
        if named:
            wanted["currency"] = named
        wanted.update(amounts)
        if values.get("tax_pct"):
            wanted["tax_pct"] = self.percent("tax_pct", values["tax_pct"], errors)
        if values.get("active"):
            try:
                wanted["active"] = read_flag(values["active"])
            except CellError as error:
                errors["active"] = str(error)
        if errors:
            raise ValidationError(errors)
        return Plan(keys[0] if keys else "", matched, wanted)

    def check_patch(self, current: Any, patch: Any) -> None:
        if "currency" not in patch:
            return
        missing = [
            name for name in ("unit_price", "unit_cost") if name not in patch and money_is_set(current[name])
        ]
        if missing:
            raise ValidationError(
                {
                    name: _("give it in {currency} too: the product's currency changes").format(
                        currency=patch["currency"]
                    )
                    for name in missing
                }
            )


class DealJudge(RecordJudge):
    in_currency = ("amount",)

    def __init__(
        self,
        ctx: ServiceContext,
        session: Session,
        options: ImportOptions,
        recorder: ChangeRecorder,
        log: BatchLog | None,
    ) -> None:
        super().__init__(DealShape(ctx), ctx, session, options, recorder, log)
        self.customers = Customers(ctx, session, recorder)
        self.pipelines = list(
            session.exec(
                select(Pipeline)
                .where(col(Pipeline.deleted_at).is_(None))
                .order_by(col(Pipeline.position), col(Pipeline.id))
            )
        )
        self.stages = {pipeline.id: stages_of(session, pipeline.id) for pipeline in self.pipelines}
        self.definitions: dict[str, CustomFieldDefinition] = {
            definition.key: definition for definition in definitions(session, "deal")
        }
        for deal_id, title, contact_id, company_id in session.exec(
            select(Deal.id, Deal.title, Deal.contact_id, Deal.company_id)
            .where(col(Deal.deleted_at).is_(None))
            .order_by(col(Deal.created_at))
        ):
            for key in self.keys_of({"title": title, "contact_id": contact_id, "company_id": company_id}):
                self.by_key.setdefault(key, deal_id)

    def keys_of(self, shape: Any) -> list[str]:
        """The title with the company, and with the contact (a row naming either finds the deal)."""
        title = fold(str(shape.get("title") or "")).strip()
        if not title:
            return []
        keys = [
            f"{title}\x1f{kind}:{shape[name]}"
            for kind, name in (("co", "company_id"), ("ct", "contact_id"))
            if shape.get(name)
        ]
        return keys or [f"{title}\x1f"]

    def plan(self, cells: RowCells) -> Plan:
        values = cells.values
        errors: dict[str, str] = {}
        customer, wanted = self.customer_of(values, errors)
        key, matched = "", None
        if values.get("title") and (customer is None or customer.known):
            keys = self.keys_of({"title": values["title"], **wanted})
            key = keys[0]
            matched = next((self.by_key[k] for k in keys if k in self.by_key), None)
        elif values.get("title"):  # a customer still to be made has no deals yet
            key = "\x1f".join(
                fold(part)
                for part in (
                    values["title"],
                    "new",
                    *(str(values.get(name, "")) for name in CUSTOMER_FIELDS),
                )
            )
        deal = self.session.get(Deal, matched) if matched else None
        for name in ("title", "lost_reason", "notes"):
            if values.get(name):
                wanted[name] = values[name]
        if matched:  # found by its title, so written alike but for case and letter forms: left as saved
            wanted.pop("title", None)
        self._stage(values, deal, wanted, errors)
        fallback = deal.currency if deal is not None else self.base_currency
        amount = [("amount", values["amount"])] if values.get("amount") else []
        named, _currency, amounts = self.amounts(values.get("currency", ""), amount, fallback, errors)
        if named:
            wanted["currency"] = named
        wanted.update(amounts)
        if values.get("expected_close"):
            wanted["expected_close"] = self.day("expected_close", values["expected_close"], errors)
        if values.get("probability"):
            wanted["probability_override"] = self.whole_percent("probability", values["probability"], errors)
        if cells.tags:
            wanted["tags"] = cells.tags
        for custom_key, raw in cells.custom.items():
            wanted[CUSTOM + custom_key] = self._custom(custom_key, raw, errors)
        if errors:
            raise ValidationError(errors)
        return Plan(key, matched, wanted, customer)

    def _stage(
        self, values: dict[str, str], deal: Deal | None, wanted: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """The pipeline and stage a row names (see the module), into ``wanted``."""
        if not self.pipelines:
            errors["pipeline"] = _("There is no pipeline yet.")
            return
        pipeline: Pipeline | None = None
        if values.get("pipeline"):
            pipeline = next((p for p in self.pipelines if fold(p.name) == fold(values["pipeline"])), None)
            if pipeline is None:
                errors["pipeline"] = _("there is no pipeline “{name}” (the pipelines: {names})").format(
                    name=values["pipeline"], names=", ".join(p.name for p in self.pipelines)
                )
                return
        pipeline_id = pipeline.id if pipeline else deal.pipeline_id if deal else self.pipelines[0].id
        stages = self.stages.get(pipeline_id, [])
        stage: Stage | None = None
        if values.get("stage"):
            stage = next((s for s in stages if fold(s.name) == fold(values["stage"])), None)
            if stage is None:
                name = next((p.name for p in self.pipelines if p.id == pipeline_id), "")
                errors["stage"] = _(
                    "there is no stage “{stage}” in {pipeline} (its stages: {stages})"
                ).format(stage=values["stage"], pipeline=name, stages=", ".join(s.name for s in stages))
                return
        elif deal is None or deal.pipeline_id != pipeline_id:
            stage = next((s for s in stages if s.kind == StageKind.OPEN), stages[0] if stages else None)
        if deal is None or pipeline is not None:
            wanted["pipeline_id"] = pipeline_id
        if stage is not None:
            wanted["stage_id"] = stage.id

    def _custom(self, key: str, raw: str, errors: dict[str, str]) -> Any:
        """A custom field's cell in the form the field stores it (dates as people write them)."""
        definition = self.definitions.get(key)
        if definition is None:
            errors[CUSTOM + key] = _("There is no custom field “{key}”.").format(key=key)
            return None
        if definition.field_type == CustomFieldType.DATE:
            return self.day(CUSTOM + key, raw, errors)
        try:
            return filter_value(definition, raw)
        except ValidationError as error:
            errors[CUSTOM + key] = next(iter(error.errors.values()))
            return None

    def check_patch(self, current: Any, patch: Any) -> None:
        if "currency" in patch and "amount" not in patch and money_is_set(current["amount"]):
            raise ValidationError(
                {
                    "amount": _("give it in {currency} too: the deal's currency changes").format(
                        currency=patch["currency"]
                    )
                }
            )

    def shown(self, name: str, value: Any) -> Any:
        models: dict[str, Any] = {
            "contact_id": Contact,
            "company_id": Company,
            "pipeline_id": Pipeline,
            "stage_id": Stage,
        }
        if value and name in models:
            record = self.session.get(models[name], value)
            if record is not None:
                return record.display_name if name == "contact_id" else record.name
        return value


def money_is_set(amount: str) -> bool:
    """Whether an amount in shape text is other than zero."""
    return any(digit not in "0.-" for digit in amount)
