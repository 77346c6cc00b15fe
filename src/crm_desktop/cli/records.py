"""``crm contact|company|deal|case|task|... add|list|show|update|delete|restore`` and a few verbs.

One implementation for every record kind, driven by the tables in
:mod:`crm_desktop.cli.entities`.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import typing
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from crm_desktop.cli.common import (
    add_command,
    add_json_flag,
    emit_json,
    open_crm,
    option_names,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_pairs,
    print_fields,
    print_table,
    record_dict,
    record_fields,
)
from crm_desktop.cli.entities import EntitySpec, Option, Row, entity_specs, resolve_stage
from crm_desktop.domain.enums import CaseStatus, CustomFieldType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery, RecordService, parse_input

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers

PAGE = 500  # records per query when listing everything (--limit 0)

# How sections of ``show`` that hold several rows are printed: key -> (column key, header)
_SECTIONS: dict[str, tuple[tuple[str, str], ...]] = {}


def _sections() -> dict[str, tuple[tuple[str, str], ...]]:
    if not _SECTIONS:
        methods = (("value", _("Value")), ("label", _("Label")), ("primary", _("Primary")))
        _SECTIONS.update(
            emails=methods,
            phones=methods,
            lines=(
                ("description", _("Description")),
                ("quantity", _("Quantity")),
                ("unit_price_text", _("Unit price")),
                ("discount_bp", _("Discount (bp)")),
                ("line_total_text", _("Total")),
            ),
        )
    return _SECTIONS


# --- building input -------------------------------------------------------------------------

_LINE_KEYS = {
    "product": "product_id",
    "product_id": "product_id",
    "sku": "product_id",
    "description": "description",
    "desc": "description",
    "qty": "quantity",
    "quantity": "quantity",
    "price": "unit_price",
    "unit_price": "unit_price",
    "cost": "unit_cost",
    "unit_cost": "unit_cost",
    "discount": "discount_pct",
    "discount_pct": "discount_pct",
}


def _line(tokens: Sequence[str], number: int, field: str) -> dict[str, Any]:
    """One ``--line`` (``product=ID qty=2 price=9.50``; words without ``=`` are the description)."""
    line: dict[str, Any] = {}
    words: list[str] = []
    for token in tokens:
        key, sep, value = token.partition("=")
        if not sep:
            words.append(token)
            continue
        name = _LINE_KEYS.get(key.strip().lower())
        if name is None:
            raise ValidationError(
                {
                    f"{field}.{number}": _("“{key}” is not a line field; use {keys}.").format(
                        key=key, keys="product, qty, price, cost, discount, description"
                    )
                }
            )
        line[name] = value.strip()
    if words:
        line["description"] = " ".join([*words, line.get("description", "")]).strip()
    return line


def _convert(option: Option, raw: Any) -> Any:
    kind = option.kind
    if kind in ("text", "enum"):
        return raw
    if kind in ("id", "int", "decimal"):
        return str(raw).strip() or None
    if kind == "date":
        return parse_date(raw, option.key)
    if kind == "datetime":
        return parse_datetime(raw, option.key, option.time_of_day)
    if kind == "bool":
        return parse_bool(raw, option.key)
    if kind == "list":
        return [str(v).strip() for v in raw if str(v).strip()]
    if kind == "pairs":
        return dict(parse_pairs(raw, option.key))
    if kind == "lines":
        return [_line(tokens, index + 1, option.key) for index, tokens in enumerate(raw)]
    raise AssertionError(kind)


def input_values(spec: EntitySpec, args: argparse.Namespace) -> dict[str, Any]:
    """The input fields the user gave options for (and only those: ``update`` changes nothing else)."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for option in spec.options:
        raw = getattr(args, option.dest, None)
        if raw is None:
            continue
        try:
            values[option.key] = _convert(option, raw)
        except ValidationError as error:
            errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    return values


# --- output ------------------------------------------------------------------------------------


def describe(crm: Crm, spec: EntitySpec, records: Sequence[Any], *, full: bool) -> list[Row]:
    base = crm.settings.get().base_currency
    rows = [record_dict(record, base) for record in records]
    if spec.enrich and records:
        spec.enrich(crm, records, rows, full)
    return rows


def show_row(row: Row) -> None:
    sections = _sections()
    scalars = {k: v for k, v in row.items() if k not in sections}
    print_fields(record_fields(scalars))
    for key, columns in sections.items():
        items = row.get(key)
        if items:
            print()
            print(f"{key}:")
            print_table(items, columns)


def _report(crm: Crm, spec: EntitySpec, args: argparse.Namespace, record: Any, message: str) -> None:
    if args.json:
        emit_json(describe(crm, spec, [record], full=True)[0])
    else:
        print(message.format(label=spec.label, id=record.id, title=getattr(record, spec.title_field, "")))


# --- the generic commands ----------------------------------------------------------------------


def run_add(spec: EntitySpec, args: argparse.Namespace) -> int:
    with option_names(spec.option_names()), open_crm(args, create=True) as crm:
        values = input_values(spec, args)
        if spec.prepare:
            spec.prepare(crm, values, None)
        data = parse_input(spec.service_class.input_model, values)
        record = spec.service(crm).create(data).value
        _report(crm, spec, args, record, _("Created {label} {id}: {title}"))
    return 0


def run_update(spec: EntitySpec, args: argparse.Namespace) -> int:
    with option_names(spec.option_names()), open_crm(args) as crm:
        values = input_values(spec, args)
        if not values:
            raise ValidationError(
                {
                    "update": _(
                        "nothing to change: give at least one option (see “crm {name} update --help”)."
                    ).format(name=spec.name)
                }
            )
        service = spec.service(crm)
        service.get(args.id)  # an unknown id is reported as such, before any other check
        if spec.prepare:
            spec.prepare(crm, values, args.id)
        data = parse_input(spec.service_class.input_model, values)
        record = service.update(args.id, data).value
        _report(crm, spec, args, record, _("Updated {label} {id}: {title}"))
    return 0


def run_show(spec: EntitySpec, args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        record = spec.service(crm).get(args.id, include_deleted=True)
        row = describe(crm, spec, [record], full=True)[0]
    if args.json:
        emit_json(row)
    else:
        show_row(row)
    return 0


def run_delete(spec: EntitySpec, args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        service = spec.service(crm)
        record = service.get(args.id)
        service.delete(args.id)
    if args.json:
        emit_json({"entity": spec.name, "id": record.id, "deleted": True})
    else:
        print(
            _("Moved {label} {id} ({title}) to the bin; “crm {name} restore {id}” brings it back.").format(
                label=spec.label, id=record.id, title=getattr(record, spec.title_field, ""), name=spec.name
            )
        )
    return 0


def run_restore(spec: EntitySpec, args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        record = spec.service(crm).restore(args.id).value
        _report(crm, spec, args, record, _("Restored {label} {id}: {title}"))
    return 0


def _field_types(model: type[Any], name: str) -> tuple[Any, ...]:
    field = model.model_fields.get(name)
    if field is None:
        return ()
    return typing.get_args(field.annotation) or (field.annotation,)


def _filter_value(model: type[Any], name: str, raw: str, label: str) -> Any:
    """A ``--filter`` value typed like its column (yes/no, numbers, enum values)."""
    text = raw.strip()
    if not text:
        return None
    types = _field_types(model, name)
    if not types:  # a filter the service computes (state, bucket, overdue...)
        try:
            return parse_bool(text, label)
        except ValidationError:
            return text
    for kind in types:
        if kind is bool:
            return parse_bool(text, label)
        if isinstance(kind, type) and issubclass(kind, StrEnum):
            try:
                return kind(text.lower())
            except ValueError:
                raise ValidationError(
                    {
                        label: _("“{value}” is not one of: {choices}.").format(
                            value=text, choices=", ".join(m.value for m in kind)
                        )
                    }
                ) from None
        if kind is int:
            try:
                return int(text)
            except ValueError:
                raise ValidationError(
                    {label: _("“{value}” is not a whole number.").format(value=text)}
                ) from None
    return raw


def _custom_value(kind: CustomFieldType | None, raw: str, label: str) -> Any:
    """A ``--custom`` filter value in the form custom values are stored in."""
    if kind == CustomFieldType.BOOL:
        return parse_bool(raw, label)
    if kind == CustomFieldType.NUMBER:
        try:
            number = Decimal(raw.strip())
        except InvalidOperation:
            raise ValidationError({label: _("“{value}” is not a number.").format(value=raw)}) from None
        return int(number) if number == number.to_integral_value() else str(number)
    return raw


def list_query(crm: Crm, spec: EntitySpec, args: argparse.Namespace, limit: int) -> ListQuery | None:
    """The query ``list`` runs; None when it cannot match anything (an unknown tag)."""
    model = spec.service_class.model
    aliases = spec.filter_names()
    filters: dict[str, Any] = {}
    for key, raw in parse_pairs(args.filter or [], "--filter"):
        name = aliases.get(key, key)
        value = _filter_value(model, name, raw, f"--filter {key}")
        if name in filters:  # the same filter twice: any of the values
            previous = filters[name]
            filters[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            filters[name] = value
    if spec.resolve_filters:
        with option_names({name: f"--filter {name}" for name in filters}):
            spec.resolve_filters(crm, filters, None)
    custom: dict[str, Any] = {}
    if getattr(args, "custom_filter", None):
        kinds = {d.key: d.field_type for d in crm.custom_fields.for_entity(spec.name)}
        for key, raw in parse_pairs(args.custom_filter, "--custom"):
            custom[key] = _custom_value(kinds.get(key), raw, f"--custom {key}")
    tag_id = None
    if args.tag:
        tag = crm.tags.by_name(args.tag)
        if tag is None:
            return None
        tag_id = tag.id
    return ListQuery(
        text=args.search or "",
        filters=filters,
        tag_id=tag_id,
        custom=custom,
        deleted=args.deleted,
        sort=args.sort,
        descending=args.desc,
        limit=limit,
    )


def run_list(spec: EntitySpec, args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise ValidationError({"--limit": _("The limit cannot be negative.")})
    everything = args.limit == 0
    with open_crm(args) as crm:
        service: RecordService[Any, Any] = spec.service(crm)
        query = list_query(crm, spec, args, PAGE if everything else args.limit)
        records: list[Any] = []
        more = False
        names = {"sort": "--sort", "text": "--search", "custom": "--custom"}
        names.update({name: f"--filter {name}" for name in query.filters} if query else {})
        while query is not None:
            with option_names(names):
                page = service.list(query)
            records += page.items
            more = page.next_cursor is not None
            if not (everything and more):
                break
            query = dataclasses.replace(query, after=page.next_cursor)
        rows = describe(crm, spec, records, full=False)
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print(_("Nothing found."))
        return 0
    print_table(rows, spec.columns)
    if more:
        print(_("(there are more: raise --limit, or give --limit 0 for all)"), file=sys.stderr)
    return 0


# --- verbs of single kinds ------------------------------------------------------------------------


def run_deal_move(spec: EntitySpec, args: argparse.Namespace) -> int:
    with option_names({"stage_id": "--stage", "lost_reason": "--lost-reason"}), open_crm(args) as crm:
        deal = crm.deals.get(args.id)
        stage_id = resolve_stage(crm, args.stage, deal.pipeline_id)
        moved = crm.deals.move(args.id, stage_id, lost_reason=args.lost_reason or "").value
        stage = crm.stages.get(stage_id)
        _report(
            crm, spec, args, moved, _("Moved deal {{id}} ({{title}}) to {stage}.").format(stage=stage.name)
        )
    return 0


def run_case_status(spec: EntitySpec, args: argparse.Namespace) -> int:
    with option_names({"resolution": "--resolution"}), open_crm(args) as crm:
        record = crm.cases.set_status(args.id, CaseStatus(args.status), resolution=args.resolution).value
        _report(
            crm, spec, args, record, _("Case {{id}} ({{title}}) is now {status}.").format(status=args.status)
        )
    return 0


def run_case_escalate(spec: EntitySpec, args: argparse.Namespace) -> int:
    with option_names({"reason": "--reason"}), open_crm(args) as crm:
        record = crm.cases.escalate(args.id, args.reason).value
        _report(
            crm,
            spec,
            args,
            record,
            _("Case {{id}} ({{title}}) escalated to level {level}.").format(level=record.escalation_level),
        )
    return 0


def run_task_done(spec: EntitySpec, args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        record = crm.tasks.complete(args.id, done=not args.undo).value
        message = _("Task {id} ({title}) is open again.") if args.undo else _("Task {id} ({title}) is done.")
        _report(crm, spec, args, record, message)
    return 0


def run_pipeline_list(args: argparse.Namespace) -> int:
    """The pipelines and their stages (the names ``deal move --stage`` takes)."""
    with open_crm(args) as crm:
        pipelines: list[dict[str, Any]] = [
            {
                "id": pipeline.id,
                "name": pipeline.name,
                "position": pipeline.position,
                "stages": [
                    {
                        "id": stage.id,
                        "name": stage.name,
                        "position": stage.position,
                        "probability": stage.probability,
                        "kind": stage.kind,
                    }
                    for stage in crm.pipelines.stages(pipeline.id)
                ],
            }
            for pipeline in crm.pipelines.list(ListQuery(limit=1000)).items
        ]
    if args.json:
        emit_json(pipelines)
        return 0
    for index, pipeline in enumerate(pipelines):
        if index:
            print()
        print(f"{pipeline['name']}  ({pipeline['id']})")
        print_table(
            pipeline["stages"],
            (("id", _("ID")), ("name", _("Stage")), ("probability", _("Probability %")), ("kind", _("Kind"))),
        )
    return 0


# --- the parser ---------------------------------------------------------------------------------


_METAVARS = {
    "text": "TEXT",
    "id": "ID",
    "int": "N",
    "decimal": "NUMBER",
    "date": "DATE",
    "datetime": "WHEN",
    "bool": "YES/NO",
    "list": "VALUE",
    "pairs": "KEY=VALUE",
    "lines": "KEY=VALUE",
}


def _add_field_options(parser: argparse.ArgumentParser, spec: EntitySpec) -> None:
    for option in spec.options:
        kwargs: dict[str, Any] = {"dest": option.dest, "help": option.help, "default": None}
        if option.kind != "enum":
            kwargs["metavar"] = option.metavar or _METAVARS[option.kind]
        if option.kind == "enum" and option.enum is not None:
            kwargs["choices"] = [member.value for member in option.enum]
        if option.kind in ("list", "pairs"):
            kwargs["action"] = "append"
        if option.kind == "lines":
            kwargs.update(action="append", nargs="+")
        parser.add_argument(option.flag, **kwargs)


def register(subparsers: SubParsers) -> None:
    """Add one command group per record kind."""
    pipeline = add_command(subparsers, "pipeline", _("sales pipelines and their stages"))
    pipeline_actions = pipeline.add_subparsers(dest="action", metavar="ACTION", required=True)
    pipeline_list = add_command(pipeline_actions, "list", _("list the pipelines with their stages"))
    add_json_flag(pipeline_list)
    pipeline_list.set_defaults(handler=run_pipeline_list)

    specs = entity_specs()
    for spec in specs:
        group = add_command(subparsers, spec.name, spec.help)
        actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

        add = add_command(actions, "add", _("add a {label}").format(label=spec.label))
        _add_field_options(add, spec)
        add_json_flag(add)
        add.set_defaults(handler=partial(run_add, spec))

        listing = add_command(actions, "list", _("list {label} records").format(label=spec.label))
        listing.add_argument("--limit", type=int, default=50, help=_("how many (0: all; default 50)"))
        listing.add_argument(
            "--sort", choices=sorted(spec.service_class.sort_columns), help=_("sort by this column")
        )
        listing.add_argument("--desc", action="store_true", help=_("sort in descending order"))
        listing.add_argument("--search", metavar="TEXT", help=_("only records matching this text"))
        listing.add_argument(
            "--filter",
            action="append",
            metavar="KEY=VALUE",
            help=_("only records whose KEY is VALUE (repeatable; {keys})").format(
                keys=", ".join(sorted(spec.service_class.filter_columns)) or "-"
            ),
        )
        listing.add_argument("--tag", metavar="NAME", help=_("only records with this tag"))
        if any(option.kind == "pairs" for option in spec.options):
            listing.add_argument(
                "--custom",
                dest="custom_filter",
                action="append",
                metavar="KEY=VALUE",
                help=_("only records whose custom field KEY is VALUE (repeatable)"),
            )
        listing.add_argument("--deleted", action="store_true", help=_("list the records in the bin instead"))
        add_json_flag(listing)
        listing.set_defaults(handler=partial(run_list, spec))

        show = add_command(actions, "show", _("show every field of a {label}").format(label=spec.label))
        show.add_argument("id", metavar="ID")
        add_json_flag(show)
        show.set_defaults(handler=partial(run_show, spec))

        update = add_command(
            actions, "update", _("change the given fields of a {label}").format(label=spec.label)
        )
        update.add_argument("id", metavar="ID")
        _add_field_options(update, spec)
        add_json_flag(update)
        update.set_defaults(handler=partial(run_update, spec))

        for verb, handler, help_text in (
            ("delete", run_delete, _("move a {label} to the bin")),
            ("restore", run_restore, _("bring a {label} back from the bin")),
        ):
            command = add_command(actions, verb, help_text.format(label=spec.label))
            command.add_argument("id", metavar="ID")
            add_json_flag(command)
            command.set_defaults(handler=partial(handler, spec))

        if spec.name == "deal":
            move = add_command(actions, "move", _("move a deal to another stage"))
            move.add_argument("id", metavar="ID")
            move.add_argument("--stage", required=True, help=_("stage id or name"))
            move.add_argument("--lost-reason", help=_("why the deal was lost (needed for a lost stage)"))
            add_json_flag(move)
            move.set_defaults(handler=partial(run_deal_move, spec))
        elif spec.name == "case":
            status = add_command(actions, "status", _("set the status of a case"))
            status.add_argument("id", metavar="ID")
            status.add_argument(
                "status",
                choices=[s.value for s in CaseStatus],
                metavar="STATUS",
                help=", ".join(s.value for s in CaseStatus),
            )
            status.add_argument("--resolution", help=_("how it was resolved (needed to resolve or close)"))
            add_json_flag(status)
            status.set_defaults(handler=partial(run_case_status, spec))
            escalate = add_command(actions, "escalate", _("raise a case one escalation level"))
            escalate.add_argument("id", metavar="ID")
            escalate.add_argument("--reason", required=True, help=_("why it is escalated"))
            add_json_flag(escalate)
            escalate.set_defaults(handler=partial(run_case_escalate, spec))
        elif spec.name == "task":
            done = add_command(actions, "done", _("mark a task done"))
            done.add_argument("id", metavar="ID")
            done.add_argument("--undo", action="store_true", help=_("mark it not done again"))
            add_json_flag(done)
            done.set_defaults(handler=partial(run_task_done, spec))
