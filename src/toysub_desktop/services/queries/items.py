"""An item's label and its moves from state to state, each with its event and audit record (rentals and the toy
catalogue both move items)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Item, ItemEvent, Toy
from toysub_desktop.domain.toys import ItemState, check_transition
from toysub_desktop.services.common import audit


def item_label(toy_name: str, barcode: str) -> str:
    """How an item is named in messages and lists: "자석 블록 (2000000000015)"."""
    return f"{toy_name} ({barcode})"


def label_of(session: Session, item: Item) -> str:
    name = session.scalar(select(Toy.name).where(Toy.id == item.toy_id)) or ""
    return item_label(name, item.barcode)


def change_item_state(
    session: Session,
    item: Item,
    target: ItemState,
    *,
    staff_id: int,
    now: datetime,
    note: str = "",
    loan_id: int | None = None,
    reservation_id: int | None = None,
    field: str = "item",
    by_return: bool = False,
) -> None:
    """Move *item* one step (refused by ``domain.toys.TRANSITIONS``, or ``RETURN_TRANSITIONS`` for a return, if
    the step is not allowed), with its event."""
    current = ItemState(item.state)
    check_transition(current, target, item=label_of(session, item), field=field, by_return=by_return)
    item.state = target.value
    session.add(
        ItemEvent(
            item_id=item.id,
            from_state=current.value,
            to_state=target.value,
            at=now,
            staff_id=staff_id,
            note=note,
            loan_id=loan_id,
            reservation_id=reservation_id,
        )
    )
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"item.{target.value}",
        entity="item",
        entity_id=item.id,
        before={"state": current.value},
        after={"state": target.value, "note": note, "loan_id": loan_id, "reservation_id": reservation_id},
    )
