"""The sales pipeline: pipelines with ordered stages, and deals moving through them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.enums import ActivityKind, StageKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import index_text
from crm_desktop.domain.ids import uuid7_from
from crm_desktop.domain.models import Activity, Company, Contact, Deal, DealLine, Pipeline, Stage
from crm_desktop.i18n import _
from crm_desktop.services.activities import check_links
from crm_desktop.services.changes import ChangeRecorder, Outcome
from crm_desktop.services.custom_fields import check_custom_values
from crm_desktop.services.money_fields import base_of, currency_and_rate, to_minor
from crm_desktop.services.records import RecordService
from crm_desktop.services.sales import SaleLineInput, build_lines
from crm_desktop.services.tags import set_tags


class PipelineInput(SQLModel):
    name: str = ""
    position: int = 0


class StageInput(SQLModel):
    pipeline_id: str = ""
    name: str = ""
    position: int = 0
    probability: int = 0
    kind: StageKind = StageKind.OPEN


# Every new database makes its first pipeline and stages under these same ids, so laptops
# that start on their own and later sync share one "Sales" pipeline instead of one each.
DEFAULT_PIPELINE_IDS = [uuid7_from(0, number) for number in range(1, 8)]


def default_stages() -> list[tuple[str, int, StageKind]]:
    return [
        (_("New"), 10, StageKind.OPEN),
        (_("Qualified"), 25, StageKind.OPEN),
        (_("Proposal"), 50, StageKind.OPEN),
        (_("Negotiation"), 75, StageKind.OPEN),
        (_("Won"), 100, StageKind.WON),
        (_("Lost"), 0, StageKind.LOST),
    ]


class PipelineService(RecordService[Pipeline, PipelineInput]):
    model = Pipeline
    entity = "pipeline"
    input_model = PipelineInput
    sort_columns = {"position": "position", "name": "name"}
    default_sort = "position"
    required_fields = {"name": "Name"}

    def create_with_stages(
        self,
        name: str,
        stages: list[tuple[str, int, StageKind]] | None = None,
        *,
        ids: list[str] | None = None,
    ) -> Outcome[Pipeline]:
        """A pipeline and its stages in one go (the usual six when none are given).

        ``ids``: the pipeline's id, then its stages' (the default pipeline's fixed ids).
        """
        given = iter(ids or [])
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            position = session.scalar(select(func.count()).select_from(Pipeline)) or 0
            pipeline = self.create_in(
                session, {"name": name, "position": position}, recorder, record_id=next(given, None)
            )
            stage_service = StageService(self.ctx)
            for index, (stage_name, probability, kind) in enumerate(stages or default_stages()):
                stage_service.create_in(
                    session,
                    {
                        "pipeline_id": pipeline.id,
                        "name": stage_name,
                        "position": index,
                        "probability": probability,
                        "kind": kind,
                    },
                    recorder,
                    record_id=next(given, None),
                )
        return Outcome(pipeline, recorder.freeze())

    def ensure_default(self) -> Outcome[Pipeline] | None:
        """Make the first pipeline of a new database; nothing if one exists (even in the bin)."""
        with self.ctx.db.read() as session:
            if session.exec(select(Pipeline.id)).first() is not None:
                return None
        return self.create_with_stages(_("Sales"), ids=DEFAULT_PIPELINE_IDS)

    def default(self) -> Pipeline:
        page = self.list()
        if not page.items:
            raise ValidationError({"pipeline_id": _("There is no pipeline yet.")})
        return page.items[0]

    def stages(self, pipeline_id: str) -> list[Stage]:
        with self.ctx.db.read() as session:
            return stages_of(session, pipeline_id)

    def _on_delete(self, session: Session, record: Pipeline, recorder: ChangeRecorder) -> None:
        live_deals = session.scalar(
            select(func.count())
            .select_from(Deal)
            .where(col(Deal.pipeline_id) == record.id, col(Deal.deleted_at).is_(None))
        )
        if live_deals:
            raise ValidationError(
                {"pipeline_id": _("Move or delete its {n} deals first.").format(n=live_deals)}
            )
        super()._on_delete(session, record, recorder)


def stages_of(session: Session, pipeline_id: str) -> list[Stage]:
    return list(
        session.scalars(
            select(Stage)
            .where(col(Stage.pipeline_id) == pipeline_id, col(Stage.deleted_at).is_(None))
            .order_by(col(Stage.position), col(Stage.id))
        )
    )


class StageService(RecordService[Stage, StageInput]):
    model = Stage
    entity = "stage"
    input_model = StageInput
    sort_columns = {"position": "position"}
    default_sort = "position"
    filter_columns = frozenset({"pipeline_id", "kind"})
    required_fields = {"name": "Name"}

    def _apply(
        self,
        session: Session,
        record: Stage,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        if creating or "pipeline_id" in values:
            pipeline = session.get(Pipeline, values.get("pipeline_id") or record.pipeline_id)
            if pipeline is None or pipeline.deleted_at is not None:
                raise ValidationError({"pipeline_id": _("There is no such pipeline.")})
        probability = values.get("probability", record.probability)
        if not 0 <= int(probability) <= 100:
            raise ValidationError({"probability": _("A probability is between 0 and 100.")})
        for name, value in values.items():
            setattr(record, name, value)

    def _on_delete(self, session: Session, record: Stage, recorder: ChangeRecorder) -> None:
        live_deals = session.scalar(
            select(func.count())
            .select_from(Deal)
            .where(col(Deal.stage_id) == record.id, col(Deal.deleted_at).is_(None))
        )
        if live_deals:
            raise ValidationError(
                {"stage_id": _("Move its {n} deals to another stage first.").format(n=live_deals)}
            )
        super()._on_delete(session, record, recorder)


class DealInput(SQLModel):
    title: str = ""
    contact_id: str | None = None
    company_id: str | None = None
    pipeline_id: str | None = None
    stage_id: str | None = None
    amount: Decimal | str | None = None  # major units; None with lines: the lines' total
    currency: str | None = None
    rate_to_base: Decimal | str | None = None
    expected_close: date | None = None
    probability_override: int | None = None
    owner_id: str | None = None
    lost_reason: str = ""
    notes: str = ""
    custom: dict[str, Any] = {}
    lines: list[SaleLineInput] | None = None
    tags: list[str] = []


@dataclass
class _DealPending:
    lines: list[dict[str, Any]] | None
    tags: list[str] | None
    moved_from: Stage | None
    moved_to: Stage | None


class DealService(RecordService[Deal, DealInput]):
    model = Deal
    entity = "deal"
    input_model = DealInput
    search_entity = "deal"
    search_fields = frozenset({"title", "notes", "contact_id", "company_id"})
    sort_columns = {
        "title": "title",
        "close": "expected_close",
        "amount": "base_amount_minor",
        "created": "created_at",
        "updated": "updated_at",
        "stage": "stage_id",
    }
    default_sort = "close"
    filter_columns = frozenset(
        {"pipeline_id", "stage_id", "contact_id", "company_id", "owner_id", "currency"}
    )
    required_fields = {"title": "Title"}

    def _apply(
        self,
        session: Session,
        record: Deal,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> _DealPending:
        check_links(session, {k: values.get(k) for k in ("contact_id", "company_id", "owner_id")})
        lines = values.pop("lines", None)
        tags = values.pop("tags", None)
        amount = values.pop("amount", None)
        currency = values.pop("currency", None)
        rate = values.pop("rate_to_base", None)
        if "custom" in values:
            values["custom"] = check_custom_values(
                session, "deal", values["custom"], partial_of=None if creating else dict(record.custom)
            )
        elif creating:
            record.custom = check_custom_values(session, "deal", {})
        old_stage = None if creating else session.get(Stage, record.stage_id)
        new_stage = self._resolve_stage(session, record, values, creating=creating)
        if creating or currency or rate is not None:
            code, checked_rate, _base = currency_and_rate(
                session, currency or (None if creating else record.currency), rate
            )
            record.currency, record.rate_to_base = code, checked_rate
        if values.get("probability_override") is not None and not 0 <= values["probability_override"] <= 100:
            raise ValidationError({"probability_override": _("A probability is between 0 and 100.")})
        for name, value in values.items():
            setattr(record, name, value)
        built = build_lines(session, lines, record.currency) if lines is not None else None
        if amount not in (None, ""):
            record.amount_minor = to_minor(amount, record.currency, "amount")
        elif built is not None:
            record.amount_minor = sum(line["line_total_minor"] for line in built)
        if record.amount_minor < 0:
            raise ValidationError({"amount": _("An amount cannot be negative.")})
        base = currency_and_rate(session, None, "1")[2]
        record.base_amount_minor = base_of(record.amount_minor, record.currency, record.rate_to_base, base)
        moved = new_stage is not None and (old_stage is None or old_stage.id != new_stage.id)
        if moved and new_stage is not None:
            self._enter_stage(record, new_stage)
        return _DealPending(
            built, tags, old_stage if moved else None, new_stage if moved and not creating else None
        )

    def _resolve_stage(
        self, session: Session, record: Deal, values: dict[str, Any], *, creating: bool
    ) -> Stage | None:
        pipeline_id = values.get("pipeline_id") or (None if creating else record.pipeline_id)
        stage_id = values.get("stage_id")
        if stage_id:
            stage = session.get(Stage, stage_id)
            if stage is None or stage.deleted_at is not None:
                raise ValidationError({"stage_id": _("There is no stage with id {id}.").format(id=stage_id)})
            if pipeline_id and stage.pipeline_id != pipeline_id:
                raise ValidationError({"stage_id": _("That stage belongs to another pipeline.")})
            values["pipeline_id"] = stage.pipeline_id
            return stage
        if not creating and "pipeline_id" not in values:
            return None
        if pipeline_id is None:
            pipeline = session.exec(
                select(Pipeline).where(col(Pipeline.deleted_at).is_(None)).order_by(col(Pipeline.position))
            ).first()
            if pipeline is None:
                raise ValidationError({"pipeline_id": _("There is no pipeline yet.")})
            pipeline_id = pipeline.id
        stages = stages_of(session, pipeline_id)
        if not stages:
            raise ValidationError({"pipeline_id": _("That pipeline has no stages (or does not exist).")})
        values["pipeline_id"] = pipeline_id
        values["stage_id"] = stages[0].id
        return stages[0]

    def _enter_stage(self, record: Deal, stage: Stage) -> None:
        now = self.ctx.clock()
        record.stage_changed_at = now
        if stage.kind == StageKind.OPEN:
            record.closed_at = None
            record.lost_reason = ""
        else:
            record.closed_at = now
        if stage.kind == StageKind.LOST and not record.lost_reason.strip():
            raise ValidationError({"lost_reason": _("Say why the deal was lost.")})

    def _after_write(self, session: Session, record: Deal, recorder: ChangeRecorder, pending: Any) -> None:
        now = self.ctx.clock()
        if isinstance(pending, _DealPending):
            if pending.lines is not None:
                for old in session.scalars(
                    select(DealLine).where(
                        col(DealLine.deal_id) == record.id, col(DealLine.deleted_at).is_(None)
                    )
                ):
                    old.deleted_at = now
                    old.updated_at = now
                    recorder.delete("deal_line", old.id)
                for values in pending.lines:
                    values = {k: v for k, v in values.items() if k in DealLine.model_fields}
                    line = DealLine(deal_id=record.id, created_at=now, updated_at=now, **values)
                    session.add(line)
                    recorder.create("deal_line", line.id)
            if pending.tags is not None:
                set_tags(session, "deal", record.id, pending.tags, recorder, now)
            if pending.moved_to is not None:
                self._log_move(session, record, pending.moved_from, pending.moved_to, recorder)
            session.flush()
        super()._after_write(session, record, recorder, pending)

    def _on_delete(self, session: Session, record: Deal, recorder: ChangeRecorder) -> None:
        """A deal's lines go to the bin with it (and come back with it)."""
        super()._on_delete(session, record, recorder)
        for line in session.scalars(
            select(DealLine).where(col(DealLine.deal_id) == record.id, col(DealLine.deleted_at).is_(None))
        ):
            line.deleted_at = record.deleted_at
            line.updated_at = self.ctx.clock()
            recorder.delete("deal_line", line.id)

    def _on_restore(self, session: Session, record: Deal, deleted_at: Any, recorder: ChangeRecorder) -> None:
        super()._on_restore(session, record, deleted_at, recorder)
        for line in session.scalars(
            select(DealLine).where(col(DealLine.deal_id) == record.id, col(DealLine.deleted_at) == deleted_at)
        ):
            line.deleted_at = None
            line.updated_at = self.ctx.clock()
            recorder.create("deal_line", line.id)

    def _log_move(
        self, session: Session, deal: Deal, old: Stage | None, new: Stage, recorder: ChangeRecorder
    ) -> None:
        subject = _("Stage: {old} → {new}").format(old=old.name if old else "—", new=new.name)
        body = deal.lost_reason if new.kind == StageKind.LOST else ""
        activity = Activity(
            kind=ActivityKind.STAGE_CHANGE,
            subject=subject,
            body=body,
            occurred_at=self.ctx.clock(),
            contact_id=deal.contact_id,
            company_id=deal.company_id,
            deal_id=deal.id,
            owner_id=deal.owner_id,
            created_at=self.ctx.clock(),
            updated_at=self.ctx.clock(),
        )
        session.add(activity)
        recorder.create("activity", activity.id)

    def move(self, deal_id: str, stage_id: str, *, lost_reason: str = "") -> Outcome[Deal]:
        """Move a deal to a stage (logged as an activity); a lost stage needs a reason."""
        values: dict[str, Any] = {"stage_id": stage_id}
        if lost_reason:
            values["lost_reason"] = lost_reason
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            deal = self.update_in(session, deal_id, values, recorder)
        return Outcome(deal, recorder.freeze())

    def _search_text(self, session: Session, record: Deal) -> str:
        parts = [record.title, record.notes[:500]]
        if record.contact_id and (contact := session.get(Contact, record.contact_id)):
            parts.append(contact.display_name)
        if record.company_id and (company := session.get(Company, record.company_id)):
            parts.append(company.name)
        return index_text(*parts)

    def _special_filter(self, name: str, value: Any) -> ColumnElement[bool] | None:
        """``state``: open, won or lost (by the kind of the deal's stage)."""
        if name != "state":
            return None
        if value not in ("open", "won", "lost"):
            raise ValidationError({"state": _("A deal is open, won or lost.")})
        return col(Deal.stage_id).in_(select(Stage.id).where(col(Stage.kind) == value))

    def lines(self, deal_id: str) -> list[DealLine]:
        with self.ctx.db.read() as session:
            return list(
                session.scalars(
                    select(DealLine)
                    .where(col(DealLine.deal_id) == deal_id, col(DealLine.deleted_at).is_(None))
                    .order_by(col(DealLine.position))
                )
            )


def effective_probability(deal: Deal, stage: Stage) -> int:
    return deal.probability_override if deal.probability_override is not None else stage.probability


def weighted_minor(deal: Deal, stage: Stage) -> int:
    """The deal's base amount times its probability, rounded down to a minor unit."""
    return deal.base_amount_minor * effective_probability(deal, stage) // 100
