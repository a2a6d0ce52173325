"""The papers of a delivery day as PDF bytes: the picking list, the manifest and the address labels.

Every delivery is printed with the address it goes to: the copy frozen on it once packed (what its label said, even
after a move recorded later), else the address in effect on its date as known now, so a move, a temporary stay or a
correction recorded before packing is followed. The deliveries are either the ones a ``DeliveryFilter`` lists
(paged through ``list_deliveries``, the very rows the Deliveries tab shows) or chosen ones by id (read together with
their customers' address histories); either way the reads are set-based, a few queries whatever the count.
Cancelled deliveries are never printed. Nothing to print, or a delivery with no address in effect, is refused with
a ``ValidationError`` naming the deliveries.

The three documents list the deliveries in one order: by date, then plan (kind, tier, name, as in effect on the
date), then contract number, so for one day the picking list's numbers, the manifest's rows and the labels on the
sheet follow each other.

These are working papers and are not kept in the printed-documents register (``services.documents``): that register
holds what a customer was handed, per customer and contract, whereas a manifest or a label sheet covers a day's
customers at once; and what each label said is already history on the delivery itself, frozen when it is packed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    AddressVersion,
    Child,
    Customer,
    Delivery,
    PhoneVersion,
    Plan,
    Shop,
    Subscription,
    SubscriptionEvent,
)
from toysub_desktop.documents import wording
from toysub_desktop.documents.delivery_common import period_text, short_date
from toysub_desktop.documents.delivery_values import (
    SHEET_24,
    AddressLabel,
    ChildAge,
    LabelSheet,
    Manifest,
    ManifestLine,
    PickingGroup,
    PickingLine,
    PickingList,
    Sender,
)
from toysub_desktop.documents.labels import labels_that_do_not_fit, render_labels
from toysub_desktop.documents.manifest import render_manifest
from toysub_desktop.documents.picking_list import render_picking_list
from toysub_desktop.documents.standard_terms import KIND_LABELS
from toysub_desktop.documents.waybill_sheet import waybill_workbook
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.dates import shop_today, to_shop_time, utc_now
from toysub_desktop.domain.deliveries import FROZEN_STATES, DeliveryKind, DeliveryState, FollowUpReason
from toysub_desktop.domain.errors import FieldProblem, ProblemCollector, ValidationError
from toysub_desktop.domain.person import age_in_months
from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.shop import check_seller_named
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.domain.waybills import WaybillLine, delivery_number, waybill_layout, waybill_rows
from toysub_desktop.services.common import NotFoundError, audit, require_staff, unit_of_work
from toysub_desktop.services.deliveries import DeliveryFilter, DeliveryRow, list_deliveries
from toysub_desktop.services.queries.contact_versions import (
    address_of,
    address_versions,
    frozen_address_of,
    phone_versions,
)
from toysub_desktop.services.queries.holds import held_condition
from toysub_desktop.services.queries.overdue import overdue_hold_cutoff

_NOTHING_TO_PRINT = QT_TRANSLATE_NOOP("Validation", "There are no deliveries to print.")
# The same text as packing refuses with (services.deliveries), so both share one translation.
_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation", "{delivery}: no address is in effect on that day. Record the customer's address first."
)
_NOTHING_TO_SHIP = QT_TRANSLATE_NOOP(
    "Validation", "None of these deliveries is waiting to be shipped: they are shipped already, or later."
)
_START_POSITION = QT_TRANSLATE_NOOP("Validation", "Choose a start position from 1 to {count}.")
_DOES_NOT_FIT = QT_TRANSLATE_NOOP(
    "Validation",
    '{delivery}: the address "{address}" does not fit on a label in print a courier can read. Shorten it in the '
    "customer's contacts or choose larger labels.",
)


class LabelsDoNotFit(ValidationError):
    """Some labels' text does not fit at the readable minimum sizes; each problem names one delivery and its
    address. Printed anyway (``print_anyway``), such a label leaves its notes, sender and reference off first."""


#: The deliveries to print: those a filter lists, or chosen ones by id.
Chosen = DeliveryFilter | Sequence[int]

#: Rows read per page of ``list_deliveries``, and ids per ``IN (…)`` list.
_PAGE = 500

_DELIVERY_KIND_LABELS: Mapping[DeliveryKind, str] = {
    DeliveryKind.BOX: wording.DELIVERY_BOX,
    DeliveryKind.SWAP: wording.DELIVERY_SWAP,
}
_KIND_ORDER = {kind: index for index, kind in enumerate(PlanKind)}


def picking_list_pdf(db: Database, chosen: Chosen, *, now: datetime | None = None) -> bytes:
    """The picking list of the chosen deliveries: counts per plan, then each plan's boxes and swaps with the
    customer, the children's age in months on the delivery date and the region, and a box to tick."""
    printable = _printable(db, chosen)
    groups: dict[tuple[int, str, str], list[_Printable]] = defaultdict(list)
    for item in printable.items:
        groups[item.plan_key].append(item)
    picking = PickingList(
        shop_name=printable.shop_name,
        first=printable.first,
        last=printable.last,
        printed_at=_local(now),
        groups=tuple(
            PickingGroup(
                kind_label=items[0].plan.kind_label,
                tier_label=items[0].plan.tier,
                plan_name=items[0].plan.name,
                lines=tuple(_picking_line(item) for item in sorted(items, key=_date_order)),
            )
            for _key, items in sorted(groups.items())
        ),
    )
    return render_picking_list(picking)


def manifest_pdf(db: Database, chosen: Chosen, *, now: datetime | None = None) -> bytes:
    """The manifest of the chosen deliveries: one row each with the recipient, phone, full address and notes,
    courier and tracking number once shipped, and a column to sign; totals and a handover signature at the end."""
    printable = _printable(db, chosen)
    manifest = Manifest(
        shop_name=printable.shop_name,
        first=printable.first,
        last=printable.last,
        printed_at=_local(now),
        lines=tuple(_manifest_line(item) for item in printable.items),
    )
    return render_manifest(manifest)


def label_sheet_pdf(
    db: Database,
    chosen: Chosen,
    *,
    sheet: LabelSheet = SHEET_24,
    start_position: int = 1,
    outline: bool = False,
    print_anyway: bool = False,
    now: datetime | None = None,
) -> bytes:
    """Address labels for the chosen deliveries on A4 label *sheet*s (``documents.delivery_values.LABEL_SHEETS``),
    the first from *start_position* (1 = top left, row by row) to use up a partly used sheet; *outline* draws each
    label's edge for a test print on plain paper.

    Entry notes are printed only when the shop's setting says so (``services.shop.label_settings``). A label whose
    address cannot fit in readable print is refused with ``LabelsDoNotFit`` naming each one, unless the clerk has
    seen them and chosen to *print_anyway*."""
    if not 1 <= start_position <= sheet.labels_per_sheet:
        raise ValidationError.of("start_position", _START_POSITION, count=str(sheet.labels_per_sheet))
    printable = _printable(db, chosen)
    sender = printable.sender
    check_seller_named(name=sender.name, address=sender.address, phone=sender.phone)
    labels = [_label(item, entry_notes=printable.entry_notes_on_labels) for item in printable.items]
    if not print_anyway:
        too_long = labels_that_do_not_fit(labels, sender, sheet=sheet)
        if too_long:
            raise LabelsDoNotFit(
                *(
                    FieldProblem(
                        "deliveries",
                        _DOES_NOT_FIT,
                        {
                            "delivery": _delivery_name(printable.items[index].row),
                            "address": _start_of(labels[index].address),
                        },
                    )
                    for index in too_long
                )
            )
    return render_labels(
        labels,
        printable.sender,
        sheet=sheet,
        start_position=start_position,
        outline=outline,
        printed_on=_local(now).date(),
        title=f"{wording.LABEL_TITLE} {period_text(printable.first, printable.last)}",
    )


@dataclass(frozen=True)
class WaybillSheet:
    """The courier's bulk-registration file for a day's deliveries."""

    content: bytes
    #: How many deliveries it lists, and how many of those chosen were left out as already shipped or later.
    count: int
    left_out: int
    courier: str


def courier_waybill_sheet(
    db: Database, chosen: Chosen, courier: str, *, staff_id: int, now: datetime | None = None
) -> WaybillSheet:
    """The chosen deliveries still to ship (scheduled or packed; never a held or cancelled one) in *courier*'s
    bulk-registration layout (``domain.waybills``), as .xlsx bytes for the courier's site to print its waybills
    from. The order number is the delivery number, which the courier's result file gives back with each tracking
    number. Entry notes go in the delivery message only when the shop prints them on labels. The export of the
    recipients' details is audited."""
    now = now or utc_now()
    layout = waybill_layout(courier)
    printable = _printable(db, chosen)
    items = [item for item in printable.items if item.row.state in (DeliveryState.SCHEDULED, DeliveryState.PACKED)]
    if not items:
        raise ValidationError.of("deliveries", _NOTHING_TO_SHIP)
    sender = printable.sender
    lines = [
        WaybillLine(
            order_number=delivery_number(item.row.id),
            recipient=item.row.customer_name,
            phone=_phone(item.row),
            postal_code=item.address.postal_code,
            address=item.address.road_address,
            address_detail=item.address.detail,
            item=wording.WAYBILL_ITEM.format(plan=item.plan.name, kind=_DELIVERY_KIND_LABELS[item.row.kind]),
            quantity=1,
            message=_notes(item.address, entry_notes=printable.entry_notes_on_labels),
            sender=sender.name,
            sender_phone=sender.phone,
            sender_address=sender.address,
        )
        for item in items
    ]
    local = _local(now)
    content = waybill_workbook(
        waybill_rows(layout, lines),
        sheet_title=wording.WAYBILL_SHEET.format(day=period_text(printable.first, printable.last)),
        created=local,
    )
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="delivery.waybills_exported",
            entity="delivery",
            entity_id=None,
            after={"courier": layout.courier, "deliveries": [item.row.id for item in items]},
        )
    return WaybillSheet(content, len(items), len(printable.items) - len(items), layout.courier)


# --- what is printed ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    kind: PlanKind
    kind_label: str
    tier: str
    name: str


@dataclass(frozen=True)
class _Printable:
    row: DeliveryRow
    address: Address
    plan: _Plan
    children: tuple[ChildAge, ...]

    @property
    def plan_key(self) -> tuple[int, str, str]:
        return (_KIND_ORDER[self.plan.kind], self.plan.tier, self.plan.name)


@dataclass(frozen=True)
class _Printables:
    items: tuple[_Printable, ...]
    first: date
    last: date
    shop_name: str
    sender: Sender
    entry_notes_on_labels: bool


def _date_order(item: _Printable) -> tuple[date, str, int]:
    return (item.row.scheduled_on, item.row.contract_number, item.row.id)


def _order(item: _Printable) -> tuple[date, tuple[int, str, str], str, int]:
    return (item.row.scheduled_on, item.plan_key, item.row.contract_number, item.row.id)


def _printable(db: Database, chosen: Chosen) -> _Printables:
    if isinstance(chosen, DeliveryFilter):
        rows = _listed(db, chosen)
        first, last = chosen.first, chosen.last
    else:
        rows = _by_id(db, chosen)
        first = last = None
    # Neither a cancelled delivery nor a held one (the customer cannot be reached) gets a label or a line.
    rows = [row for row in rows if row.state is not DeliveryState.CANCELLED and not row.held]
    if not rows:
        raise ValidationError.of("deliveries", _NOTHING_TO_PRINT)
    problems = ProblemCollector()
    for row in rows:
        if row.address is None:
            problems.add("deliveries", _NO_ADDRESS, delivery=_delivery_name(row))
    problems.raise_if_any()
    with db.reading() as session:
        plans = _plans_on(session, rows)
        children = _children(session, {row.customer_id for row in rows})
        shop_name, shop_address, shop_phone, entry_notes_on_labels = session.execute(
            select(Shop.name, Shop.address, Shop.phone, Shop.entry_notes_on_labels).limit(1)
        ).one()
    items = []
    for row in rows:
        assert row.address is not None
        ages = tuple(
            ChildAge(name, age_in_months(birth_month, row.scheduled_on))
            for name, birth_month in children[row.customer_id]
        )
        items.append(_Printable(row, row.address, plans[row.id], ages))
    items.sort(key=_order)
    days = [row.scheduled_on for row in rows]
    return _Printables(
        items=tuple(items),
        first=first or min(days),
        last=last or max(days),
        shop_name=shop_name,
        sender=Sender(shop_name, shop_address.strip(), shop_phone.strip()),
        entry_notes_on_labels=entry_notes_on_labels,
    )


def _start_of(text: str, limit: int = 40) -> str:
    """The start of a long text for a message (a message box cannot wrap a long unbroken run)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _delivery_name(row: DeliveryRow) -> str:
    """How a delivery is named in a message: the customer and the date."""
    return f"{row.customer_name} {row.scheduled_on.isoformat()}"


def _listed(db: Database, filters: DeliveryFilter) -> list[DeliveryRow]:
    """Every row the deliveries list holds with *filters*, a page at a time."""
    rows: list[DeliveryRow] = []
    while True:
        page = list_deliveries(db, filters, offset=len(rows), limit=_PAGE)
        rows += page.rows
        if not page.has_more:
            return rows


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for index in range(0, len(values), _PAGE):
        yield values[index : index + _PAGE]


def _by_id(db: Database, delivery_ids: Sequence[int]) -> list[DeliveryRow]:
    """The chosen deliveries as the list shows them: a packed or later one with its frozen address and phone, a
    scheduled one with those in effect on its date as known now (``domain.timeline.in_effect_on``, the rule the
    list's SQL follows)."""
    ids = list(dict.fromkeys(delivery_ids))
    found: dict[int, tuple[Delivery, str, str, bool]] = {}
    with db.reading() as session:
        cutoff = overdue_hold_cutoff(session, shop_today())
        for chunk in _chunks(ids):
            query = (
                select(Delivery, Subscription.contract_number, Customer.name, held_condition(cutoff))
                .join(Subscription, Subscription.id == Delivery.subscription_id)
                .join(Customer, Customer.id == Delivery.customer_id)
                .where(Delivery.id.in_(chunk))
            )
            for delivery, contract_number, name, held in session.execute(query).tuples():
                found[delivery.id] = (delivery, contract_number or "", name, bool(held))
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"Delivery {missing[0]}")
        resolving = sorted(
            {d.customer_id for d, _, _, _ in found.values() if DeliveryState(d.state) not in FROZEN_STATES}
        )
        addresses: dict[int, list[AddressVersion]] = {}
        phones: dict[int, list[PhoneVersion]] = {}
        for chunk in _chunks(resolving):
            addresses.update(address_versions(session, chunk))
            phones.update(phone_versions(session, chunk))
        rows = []
        for delivery_id in ids:
            delivery, contract_number, name, held = found[delivery_id]
            customer = delivery.customer_id
            rows.append(
                _row(delivery, contract_number, name, addresses.get(customer, []), phones.get(customer, []), held)
            )
        return rows


def _row(
    delivery: Delivery,
    contract_number: str,
    customer_name: str,
    addresses: Sequence[AddressVersion],
    phones: Sequence[PhoneVersion],
    held: bool,
) -> DeliveryRow:
    state = DeliveryState(delivery.state)
    frozen = state in FROZEN_STATES
    if frozen:
        address = frozen_address_of(delivery)
        version_id, phone, region = delivery.frozen_address_version_id, delivery.frozen_phone_e164, delivery.region
    else:
        version = in_effect_on(addresses, delivery.scheduled_on)
        primary = in_effect_on((p for p in phones if p.role == PhoneRole.PRIMARY.value), delivery.scheduled_on)
        address = address_of(version) if version is not None else None
        version_id = version.id if version is not None else None
        phone = primary.e164 if primary is not None else None
        region = version.region if version is not None else None
    return DeliveryRow(
        id=delivery.id,
        subscription_id=delivery.subscription_id,
        contract_number=contract_number,
        customer_id=delivery.customer_id,
        customer_name=customer_name,
        scheduled_on=delivery.scheduled_on,
        kind=DeliveryKind(delivery.kind),
        state=state,
        address=address,
        address_version_id=version_id,
        phone_e164=phone,
        frozen=frozen,
        region=region,
        courier=delivery.courier,
        tracking_number=delivery.tracking_number,
        needs_follow_up=delivery.needs_follow_up,
        follow_up_reason=FollowUpReason(delivery.follow_up_reason) if delivery.follow_up_reason else None,
        version=delivery.version,
        held=held,
    )


def _plans_on(session: Session, rows: Sequence[DeliveryRow]) -> dict[int, _Plan]:
    """The plan each delivery is for: the subscription's as signed, or the latest plan change in effect on the
    delivery's date."""
    subscription_ids = sorted({row.subscription_id for row in rows})
    signed: dict[int, int] = {}
    changes: dict[int, list[tuple[date, int, int]]] = defaultdict(list)
    for chunk in _chunks(subscription_ids):
        signed.update(
            session.execute(select(Subscription.id, Subscription.plan_id).where(Subscription.id.in_(chunk)))
            .tuples()
            .all()
        )
        query = select(
            SubscriptionEvent.subscription_id,
            SubscriptionEvent.effective_on,
            SubscriptionEvent.id,
            SubscriptionEvent.plan_id,
        ).where(
            and_(
                SubscriptionEvent.subscription_id.in_(chunk),
                SubscriptionEvent.kind == EventKind.PLAN_CHANGE.value,
                SubscriptionEvent.voided_at.is_(None),
                SubscriptionEvent.plan_id.is_not(None),
            )
        )
        for subscription_id, effective_on, event_id, plan_id in session.execute(query).tuples():
            assert plan_id is not None
            changes[subscription_id].append((effective_on, event_id, plan_id))
    plan_ids = {
        row.id: _plan_on(signed[row.subscription_id], changes[row.subscription_id], row.scheduled_on) for row in rows
    }
    plans = {
        plan_id: _Plan(PlanKind(kind), KIND_LABELS[PlanKind(kind)], tier, name)
        for plan_id, kind, tier, name in session.execute(
            select(Plan.id, Plan.kind, Plan.tier, Plan.name).where(Plan.id.in_(set(plan_ids.values())))
        ).tuples()
    }
    return {delivery_id: plans[plan_id] for delivery_id, plan_id in plan_ids.items()}


def _plan_on(signed_plan_id: int, changes: Sequence[tuple[date, int, int]], day: date) -> int:
    in_effect = [change for change in changes if change[0] <= day]
    return max(in_effect)[2] if in_effect else signed_plan_id


def _children(session: Session, customer_ids: set[int]) -> dict[int, list[tuple[str, date]]]:
    children: dict[int, list[tuple[str, date]]] = defaultdict(list)
    for chunk in _chunks(sorted(customer_ids)):
        query = (
            select(Child.customer_id, Child.name, Child.birth_month)
            .where(Child.customer_id.in_(chunk), Child.active.is_(True))
            .order_by(Child.customer_id, Child.birth_month, Child.id)
        )
        for customer_id, name, birth_month in session.execute(query).tuples():
            children[customer_id].append((name, birth_month))
    return children


# --- lines --------------------------------------------------------------------------------------------------------


def _local(now: datetime | None) -> datetime:
    return to_shop_time(now or utc_now())


def _phone(row: DeliveryRow) -> str:
    return phone_from_e164(row.phone_e164).national if row.phone_e164 else ""


def _street(address: Address) -> str:
    return f"{address.road_address}, {address.detail}" if address.detail else address.road_address


def _notes(address: Address, *, entry_notes: bool = True) -> str:
    """The entry notes (unless left off) and the delivery memo, on one line."""
    texts = (address.entry_notes if entry_notes else "", address.delivery_memo)
    parts = (" ".join(text.split()) for text in texts)
    return wording.FOOTER_SEPARATOR.join(part for part in parts if part)


def _picking_line(item: _Printable) -> PickingLine:
    row = item.row
    return PickingLine(
        delivery_on=row.scheduled_on,
        contract_number=row.contract_number,
        customer_name=row.customer_name,
        children=item.children,
        kind_label=_DELIVERY_KIND_LABELS[row.kind],
        is_swap=row.kind is DeliveryKind.SWAP,
        region=row.region or "",
    )


def _manifest_line(item: _Printable) -> ManifestLine:
    row = item.row
    return ManifestLine(
        delivery_on=row.scheduled_on,
        contract_number=row.contract_number,
        recipient=row.customer_name,
        phone=_phone(row),
        postal_code=item.address.postal_code,
        address=_street(item.address),
        notes=_notes(item.address),
        kind_label=_DELIVERY_KIND_LABELS[row.kind],
        courier=row.courier or "",
        tracking_number=row.tracking_number or "",
    )


def _label(item: _Printable, *, entry_notes: bool) -> AddressLabel:
    row = item.row
    return AddressLabel(
        recipient=row.customer_name,
        phone=_phone(row),
        postal_code=item.address.postal_code,
        address=_street(item.address),
        notes=_notes(item.address, entry_notes=entry_notes),
        reference=wording.LABEL_REFERENCE.format(
            contract=row.contract_number, day=short_date(row.scheduled_on), kind=_DELIVERY_KIND_LABELS[row.kind]
        ),
    )
