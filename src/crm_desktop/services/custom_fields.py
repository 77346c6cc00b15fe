"""Custom fields: definitions per entity, and the checking of the values kept with each row."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import CustomFieldDefinition
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.records import RecordService, natural_or_new_id

ENTITIES_WITH_CUSTOM_FIELDS = ("contact", "company", "deal")


class CustomFieldInput(SQLModel):
    entity: str = ""
    key: str = ""
    label: str = ""
    field_type: CustomFieldType = CustomFieldType.TEXT
    choices: list[str] = []
    required: bool = False
    position: int = 0


class CustomFieldService(RecordService[CustomFieldDefinition, CustomFieldInput]):
    model = CustomFieldDefinition
    entity = "custom_field"
    input_model = CustomFieldInput
    sort_columns = {"position": "position", "key": "key"}
    default_sort = "position"
    filter_columns = frozenset({"entity"})
    required_fields = {"entity": "Record kind", "key": "Key", "label": "Label"}

    def _apply(
        self,
        session: Session,
        record: CustomFieldDefinition,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        if "entity" in values and values["entity"] not in ENTITIES_WITH_CUSTOM_FIELDS:
            raise ValidationError(
                {"entity": _("Custom fields can be added to contacts, companies and deals.")}
            )
        if "key" in values:
            key = str(values["key"]).strip()
            if not key.replace("_", "").isalnum() or not key.isascii() or key[0].isdigit():
                raise ValidationError(
                    {"key": _("A key uses only letters a–z, digits and _ (like “vat_number”).")}
                )
            values["key"] = key
        for name, value in values.items():
            setattr(record, name, value)
        if "entity" in values or "key" in values:
            _check_unique_key(session, record)
        if creating:  # two laptops adding the same field offline make one definition
            record.id = natural_or_new_id(
                session, CustomFieldDefinition, "custom_field", record.entity, record.key
            )
        if record.field_type == CustomFieldType.CHOICE and not record.choices:
            raise ValidationError({"choices": _("A choice field needs at least one choice.")})

    def for_entity(self, entity: str) -> list[CustomFieldDefinition]:
        with self.ctx.db.read() as session:
            return definitions(session, entity)


def _check_unique_key(session: Session, record: CustomFieldDefinition) -> None:
    """One definition per entity and key (tombstones included: sync may still send their values)."""
    with session.no_autoflush:
        clash = session.exec(
            select(CustomFieldDefinition).where(
                col(CustomFieldDefinition.entity) == record.entity,
                col(CustomFieldDefinition.key) == record.key,
                col(CustomFieldDefinition.id) != record.id,
            )
        ).first()
    if clash is None:
        return
    if clash.deleted_at is None:
        message = _("There is already a custom field with the key “{key}”.")
    else:
        message = _(
            "A deleted custom field has the key “{key}”: restore it from the bin or choose another key."
        )
    raise ValidationError({"key": message.format(key=record.key)})


def definitions(session: Session, entity: str) -> list[CustomFieldDefinition]:
    return list(
        session.scalars(
            select(CustomFieldDefinition)
            .where(
                col(CustomFieldDefinition.entity) == entity, col(CustomFieldDefinition.deleted_at).is_(None)
            )
            .order_by(col(CustomFieldDefinition.position), col(CustomFieldDefinition.key))
        )
    )


def check_custom_values(
    session: Session,
    entity: str,
    values: dict[str, Any],
    *,
    partial_of: dict[str, Any] | None = None,
    known: Mapping[str, CustomFieldDefinition] | None = None,
) -> dict[str, Any]:
    """The custom values converted to their stored form; ValidationError names each bad one.

    ``partial_of`` is the row's current custom values when only some keys change; ``known``
    the entity's definitions by key, when the caller checks many rows (an import).
    """
    defs = known if known is not None else {d.key: d for d in definitions(session, entity)}
    merged = dict(partial_of or {})
    errors: dict[str, str] = {}
    for key, raw in values.items():
        definition = defs.get(key)
        if definition is None:
            errors[f"custom.{key}"] = _("There is no custom field “{key}”.").format(key=key)
            continue
        if raw is None or raw == "":
            merged.pop(key, None)
            continue
        try:
            merged[key] = _convert(definition, raw)
        except ValueError as error:
            errors[f"custom.{key}"] = str(error)
    for key, definition in defs.items():
        if definition.required and merged.get(key) in (None, ""):
            errors[f"custom.{key}"] = _("{label} cannot be empty.").format(label=definition.label)
    if errors:
        raise ValidationError(errors)
    return merged


def filter_value(definition: CustomFieldDefinition, raw: Any) -> Any:
    """``raw`` in the form the field stores it, to filter a list by (ListQuery.custom)."""
    try:
        return _convert(definition, raw)
    except ValueError as error:
        raise ValidationError({f"custom.{definition.key}": str(error)}) from None


def _convert(definition: CustomFieldDefinition, raw: Any) -> Any:
    kind = definition.field_type
    if kind == CustomFieldType.TEXT:
        return str(raw)
    if kind == CustomFieldType.NUMBER:
        try:
            number = Decimal(str(raw).strip())
        except InvalidOperation:
            raise ValueError(_("“{value}” is not a number.").format(value=raw)) from None
        # JSON has no decimals: whole numbers stay ints, others keep their digits as text
        return int(number) if number == number.to_integral_value() else str(number)
    if kind == CustomFieldType.DATE:
        try:
            return (raw if isinstance(raw, date) else date.fromisoformat(str(raw).strip())).isoformat()
        except ValueError:
            raise ValueError(
                _("“{value}” is not a date (write it as 2026-03-31).").format(value=raw)
            ) from None
    if kind == CustomFieldType.BOOL:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "y", "on"):
            return True
        if text in ("0", "false", "no", "n", "off"):
            return False
        raise ValueError(_("“{value}” is not yes or no.").format(value=raw))
    if kind == CustomFieldType.CHOICE:
        if str(raw) not in definition.choices:
            raise ValueError(
                _("“{value}” is not one of: {choices}.").format(
                    value=raw, choices=", ".join(definition.choices)
                )
            )
        return str(raw)
    raise ValueError(kind)
