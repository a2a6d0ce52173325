"""적립금 (points) at the counter: a customer's balance and history, points the shop grants, points spent against a
charge (a discount in the money ledger, not a payment), voids, and the shop's points settings.

The rules are in ``domain.points``. One transaction per clerk action with its audit record; entries are never
updated or deleted. Earning per paid month happens where a fee becomes paid (``db.points_earning``), the referral
rewards at the sign-up (``services.referrals``). Expired points are never in a balance read; the expiries are
written down in the next transaction that changes the customer's points (and by ``expire_points``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, PointsEntry, Referral, Shop
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, oldest_first
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.points import (
    POINTS_REASON_MAX,
    PointsKind,
    PointsMove,
    PointsRules,
    check_points_for_payment,
    check_points_not_negative,
    check_rules,
    check_spend,
    check_void,
    earning_since_after_change,
    parse_points,
)
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, columns_of, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.ledger import allocate, lock_account, open_debits
from toysub_desktop.services.queries.payments import (
    AccountChangedError,
    NewPayment,
    check_seen,
    payment_fields,
    record_payment,
)
from toysub_desktop.services.queries.points import (
    add_points,
    charges_points_pay,
    current_points,
    live_points_entries,
    moves_of,
    points_rules,
    take_back_unpaid_earnings,
    write_expiries,
)
from toysub_desktop.services.queries.shop_settings import audit_settings_change, shop_for_owner

_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Say why.")
_SETTINGS_COLUMNS = (
    "points_earn_percent",
    "referrer_reward",
    "referred_reward",
    "points_expiry_months",
    "points_earning_since",
)


# --- settings ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PointsSettings:
    rules: PointsRules
    version: int


def points_settings(db: Database) -> PointsSettings:
    with db.reading() as session:
        return PointsSettings(points_rules(session), session.scalars(select(Shop.version).limit(1)).one())


def update_points_settings(
    db: Database,
    *,
    by_staff_id: int,
    earn_percent: int,
    referrer_reward: int,
    referred_reward: int,
    expiry_months: int,
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """The percent of a paid monthly fee earned, the referral rewards and the expiry (the owner). Turning earning on
    (from 0) starts it today: fees paid off before today never earn; turning it off ends it
    (``domain.points.earning_since_after_change``)."""
    now = now or utc_now()
    rules = check_rules(earn_percent, referrer_reward, referred_reward, expiry_months)
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.SHOP_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_SETTINGS_COLUMNS)
        shop.points_earning_since = earning_since_after_change(
            percent_before=shop.points_earn_percent,
            percent_after=rules.earn_percent,
            since=shop.points_earning_since,
            today=shop_today(now),
        )
        shop.points_earn_percent = rules.earn_percent
        shop.referrer_reward = rules.referrer_reward
        shop.referred_reward = rules.referred_reward
        if rules.expiry_months != shop.points_expiry_months:
            shop.points_expired_through = None  # another rule: the next expiry run looks at every old lot once
        shop.points_expiry_months = rules.expiry_months
        audit_settings_change(session, shop, by_staff_id, now, before, _SETTINGS_COLUMNS, approved_by=approved_by)


# --- reading ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PointsLine:
    """One points entry as the points window shows it."""

    id: int
    kind: PointsKind
    points: int
    entry_on: date
    reason: str
    #: What it is about: the monthly fee earned for or paid (its due date), the other customer of a referral.
    charge_due_on: date | None
    other_customer: str
    recorded_by: str
    voided: bool
    void_reason: str
    replaces_id: int | None

    @property
    def signed(self) -> int:
        return self.points if self.kind.adds else -self.points


@dataclass(frozen=True)
class OpenCharge:
    """A charge points may pay part of."""

    id: int
    kind: EntryKind
    due_on: date
    open: int


@dataclass(frozen=True)
class PointsView:
    customer_id: int
    customer_name: str
    #: Usable today: expired points are never in it.
    balance: int
    #: Every entry, voided ones too, newest first.
    history: tuple[PointsLine, ...]
    #: Charges due by today with something unpaid, oldest first.
    open_charges: tuple[OpenCharge, ...]


def points_balance(db: Database, customer_id: int, *, today: date | None = None) -> int:
    """What the customer may spend today."""
    today = today or shop_today()
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        return current_points(session, customer_id, today).balance


def _lines(session: Session, entries: list[PointsEntry]) -> list[PointsLine]:
    names = staff_names(session, [e.recorded_by_id for e in entries])
    # Points used name the charge they paid: the one their discount is set against.
    discount_ids = sorted(
        {e.ledger_entry_id for e in entries if e.kind == PointsKind.SPENT.value and e.ledger_entry_id is not None}
    )
    paid = (
        dict(
            session.execute(
                select(LedgerAllocation.credit_id, LedgerAllocation.debit_id).where(
                    LedgerAllocation.credit_id.in_(discount_ids)
                )
            )
            .tuples()
            .all()
        )
        if discount_ids
        else {}
    )
    charge_of = {e.id: e.charge_id if e.charge_id is not None else paid.get(e.ledger_entry_id or 0) for e in entries}
    charge_ids = sorted({charge for charge in charge_of.values() if charge is not None})
    due = (
        dict(
            session.execute(select(LedgerEntry.id, LedgerEntry.entry_on).where(LedgerEntry.id.in_(charge_ids)))
            .tuples()
            .all()
        )
        if charge_ids
        else {}
    )
    # A referral names two customers: the entry's is one, the other is shown.
    referral_ids = sorted({e.referral_id for e in entries if e.referral_id is not None})
    pairs = (
        session.execute(
            select(Referral.id, Referral.referrer_id, Referral.referred_id).where(Referral.id.in_(referral_ids))
        )
        .tuples()
        .all()
        if referral_ids
        else []
    )
    customers = {c for _, referrer, referred in pairs for c in (referrer, referred)}
    names_of = (
        dict(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(customers))).tuples().all())
        if customers
        else {}
    )
    by_referral = {referral_id: (referrer, referred) for referral_id, referrer, referred in pairs}
    others: dict[int, str] = {}
    for entry in entries:
        if entry.referral_id in by_referral:
            referrer, referred = by_referral[entry.referral_id]
            others[entry.id] = names_of.get(referred if referrer == entry.customer_id else referrer, "")
    return [
        PointsLine(
            id=e.id,
            kind=PointsKind(e.kind),
            points=e.points,
            entry_on=e.entry_on,
            reason=e.reason,
            charge_due_on=due.get(charge) if (charge := charge_of[e.id]) is not None else None,
            other_customer=others.get(e.id, ""),
            recorded_by=names.get(e.recorded_by_id, ""),
            voided=e.voided_at is not None,
            void_reason=e.void_reason or "",
            replaces_id=e.replaces_id,
        )
        for e in entries
    ]


def points_view(db: Database, customer_id: int, *, today: date | None = None) -> PointsView:
    """The customer's points balance, history and the charges points may pay."""
    today = today or shop_today()
    with db.reading() as session:
        customer = get_or_raise(session, Customer, customer_id)
        entries = list(
            session.scalars(
                select(PointsEntry)
                .where(PointsEntry.customer_id == customer_id)
                .order_by(PointsEntry.entry_on.desc(), PointsEntry.id.desc())
            )
        )
        state = current_points(session, customer_id, today)
        debits = [d for d in open_debits(session, customer_id) if d.due_on <= today and d.open > 0]
        kinds = dict(
            session.execute(
                select(LedgerEntry.id, LedgerEntry.kind).where(LedgerEntry.id.in_([d.id for d in debits] or [0]))
            )
            .tuples()
            .all()
        )
        charges = tuple(
            OpenCharge(d.id, EntryKind(kinds[d.id]), d.due_on, d.open)
            for d in sorted(debits, key=lambda d: (d.due_on, d.id))
            if EntryKind(kinds[d.id]).points_may_pay
        )
        return PointsView(customer.id, customer.name, state.balance, tuple(_lines(session, entries)), charges)


@dataclass(frozen=True)
class PointsHolder:
    """A customer holding points, as the dashboard's list behind "points outstanding" shows them."""

    customer_id: int
    customer_number: str
    customer_name: str
    balance: int


def points_holders(
    db: Database, *, after: PointsHolder | None = None, limit: int = 100
) -> tuple[list[PointsHolder], bool]:
    """The customers holding points, the largest balance first (then by customer), a page at a time: the people
    behind ``points_outstanding``."""
    adds = [kind.value for kind in PointsKind if kind.adds]
    balance = func.sum(case((PointsEntry.kind.in_(adds), PointsEntry.points), else_=-PointsEntry.points))
    query = (
        select(PointsEntry.customer_id, Customer.number, Customer.name, balance)
        .join(Customer, Customer.id == PointsEntry.customer_id)
        .where(PointsEntry.voided_at.is_(None))
        .group_by(PointsEntry.customer_id, Customer.number, Customer.name)
        .having(balance > 0)
        .order_by(balance.desc(), PointsEntry.customer_id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.having(
            or_(balance < after.balance, and_(balance == after.balance, PointsEntry.customer_id > after.customer_id))
        )
    with db.reading() as session:
        rows = [
            PointsHolder(customer_id, number or "", name, int(total))
            for customer_id, number, name, total in session.execute(query).tuples()
        ]
    return rows[:limit], len(rows) > limit


def points_outstanding(db: Database) -> int:
    """Points the shop's customers hold (1 point = 1 won the shop owes as discounts): the sum of the live entries,
    one aggregate. Exact once the day's expiries are written (``expire_points``, at the start of the day)."""
    adds = [kind.value for kind in PointsKind if kind.adds]
    signed = case((PointsEntry.kind.in_(adds), PointsEntry.points), else_=-PointsEntry.points)
    with db.reading() as session:
        total = session.scalar(select(func.coalesce(func.sum(signed), 0)).where(PointsEntry.voided_at.is_(None)))
    return int(total or 0)


# --- writing ----------------------------------------------------------------------------------------------------


def grant_points(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    points: int,
    reason: str,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    """Points the shop gives with a reason (a manager or the owner, or with their PIN). Returns the entry id."""
    now = now or utc_now()
    reason = clean_line(
        reason, field="reason", limit=POINTS_REASON_MAX, required=True, required_message=_REASON_REQUIRED
    )
    parse_points(str(points), field="points")  # above 0, at most GRANT_MAX
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        lock_account(session, customer_id)
        today = shop_today(now)
        write_expiries(session, customer_id, today=today, staff_id=staff_id, now=now)
        entry = add_points(
            session, customer_id, PointsKind.GRANTED, points, on=today, staff_id=staff_id, now=now, reason=reason
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="points.grant",
            entity="customer",
            entity_id=customer_id,
            after={"entry_id": entry.id, "points": points, "reason": reason},
        )
        return entry.id


def _spend_on_charge(
    session: Session,
    customer_id: int,
    charge_id: int,
    subscription_id: int | None,
    points: int,
    *,
    today: date,
    staff_id: int,
    now: datetime,
) -> tuple[LedgerEntry, PointsEntry]:
    """Points paying *points* won of one charge: the money ledger's discount (``EntryKind.POINTS_DISCOUNT``) set
    against it and the points spent naming that discount. The caller has checked the balance and the charge."""
    discount = LedgerEntry(
        customer_id=customer_id,
        subscription_id=subscription_id,
        kind=EntryKind.POINTS_DISCOUNT.value,
        amount=points,
        entry_on=today,
        recorded_at=now,
        recorded_by_id=staff_id,
    )
    session.add(discount)
    session.flush()
    allocate(session, [(discount.id, charge_id, points)], staff_id=staff_id, now=now)
    entry = add_points(
        session,
        customer_id,
        PointsKind.SPENT,
        points,
        on=today,
        staff_id=staff_id,
        now=now,
        ledger_entry_id=discount.id,
    )
    return discount, entry


def spend_points(
    db: Database, *, staff_id: int, customer_id: int, charge_id: int, points: int, now: datetime | None = None
) -> int:
    """Points pay part of an open charge like cash: in one transaction the points spent and, in the money ledger, a
    discount (``EntryKind.POINTS_DISCOUNT``) set against the charge. Within the balance and what is unpaid of the
    charge. Returns the points entry id."""
    now = now or utc_now()
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        lock_account(session, customer_id)
        today = shop_today(now)
        state = write_expiries(session, customer_id, today=today, staff_id=staff_id, now=now)
        charge = get_or_raise(session, LedgerEntry, charge_id)
        open_amount = next((d.open for d in open_debits(session, customer_id) if d.id == charge_id), 0)
        if (
            charge.customer_id != customer_id
            or not EntryKind(charge.kind).points_may_pay
            or charge.voided_at is not None
        ):
            open_amount = 0
        check_spend(points, balance=state.balance, open_amount=open_amount)
        discount, entry = _spend_on_charge(
            session, customer_id, charge.id, charge.subscription_id, points, today=today, staff_id=staff_id, now=now
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="points.spend",
            entity="customer",
            entity_id=customer_id,
            after={"entry_id": entry.id, "points": points, "charge_id": charge.id, "discount_id": discount.id},
        )
        return entry.id


def points_for_payment(db: Database, customer_id: int, *, today: date | None = None) -> int | None:
    """The points the customer may use at 수납 today, or None when they hold none. Points held are theirs to use
    like cash even when the shop no longer gives any (earning and rewards set to 0 later)."""
    today = today or shop_today()
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        balance = current_points(session, customer_id, today).balance
    return balance if balance > 0 else None


@dataclass(frozen=True)
class CounterPayment:
    """What one 수납 wrote: the money taken (None when points paid it all) and the points used as discounts."""

    payment_id: int | None
    amount: int
    points: int
    #: The discount entries in the money ledger, one per charge the points went to (oldest first).
    discount_ids: tuple[int, ...]


def take_payment_with_points(
    db: Database, *, staff_id: int, payment: NewPayment, points: int, now: datetime | None = None
) -> CounterPayment:
    """수납 with points: in one transaction the points used go to the oldest open charges first, each share a
    discount (``EntryKind.POINTS_DISCOUNT``) as ``spend_points`` writes it, then the money pays what is left (the
    clerk's split over what is left, or the oldest first), as ``services.ledger.take_payment``. The amount may be 0
    when points pay it all. Points beyond the balance or what the open charges come to are refused, nothing written;
    so is a payment against an account that moved on since the clerk looked (``payment.seen_entry_id``)."""
    now = now or utc_now()
    check_points_not_negative(points)  # within the balance and what is owed: checked with the account locked
    check_amount(payment.amount, field="amount", allow_zero=points > 0)
    if payment.amount > 0:
        payment_fields(payment)
    customer_id = payment.customer_id
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        lock_account(session, customer_id)
        check_seen(session, customer_id, payment.seen_entry_id)
        today = shop_today(now)
        discounts: list[LedgerEntry] = []
        spent: list[int] = []
        shares: list[tuple[int, int]] = []
        if points > 0:
            state = write_expiries(session, customer_id, today=today, staff_id=staff_id, now=now)
            charges = charges_points_pay(session, customer_id)
            check_points_for_payment(points, balance=state.balance, owed=sum(c.open for c in charges))
            shares = oldest_first(points, charges)
            subscription_of = dict(
                session.execute(
                    select(LedgerEntry.id, LedgerEntry.subscription_id).where(
                        LedgerEntry.id.in_([charge_id for charge_id, _ in shares])
                    )
                )
                .tuples()
                .all()
            )
            for charge_id, won in shares:
                discount, entry = _spend_on_charge(
                    session, customer_id, charge_id, subscription_of[charge_id], won, today=today, staff_id=staff_id,
                    now=now,
                )  # fmt: skip
                discounts.append(discount)
                spent.append(entry.id)
        payment_id = None
        if payment.amount > 0:
            # The account was checked against what the clerk saw above, before the discounts were added.
            payment_id = record_payment(
                session, staff_id=staff_id, payment=replace(payment, seen_entry_id=None), now=now
            )
            for discount in discounts:
                # The receipt of the payment names the points used with it.
                discount.details = {"payment_id": payment_id}
            session.flush()
        if points > 0:
            audit(
                session,
                at=now,
                staff_id=staff_id,
                action="points.spend",
                entity="customer",
                entity_id=customer_id,
                after={
                    "entry_ids": spent,
                    "points": points,
                    "charges": [[charge_id, won] for charge_id, won in shares],
                    "discount_ids": [d.id for d in discounts],
                    "payment_id": payment_id,
                },
            )
        return CounterPayment(payment_id, payment.amount, points, tuple(d.id for d in discounts))


def void_points(
    db: Database,
    *,
    staff_id: int,
    entry_id: int,
    reason: str,
    replacement_points: int | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int | None:
    """Void a mistaken points entry with a reason (a manager or the owner, or with their PIN); points added may be
    replaced by a grant of *replacement_points*. A void that would take back points already spent is refused. The
    void of a spending voids its discount in the money ledger too (the charge is open again). Returns the
    replacement's id."""
    now = now or utc_now()
    reason = clean_line(
        reason, field="reason", limit=POINTS_REASON_MAX, required=True, required_message=_REASON_REQUIRED
    )
    if replacement_points is not None and replacement_points <= 0:
        raise ValidationError.of("points", QT_TRANSLATE_NOOP("Validation", "Enter a number of points above 0."))
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        entry = get_or_raise(session, PointsEntry, entry_id)
        lock_account(session, entry.customer_id)
        kind = PointsKind(entry.kind)
        if entry.voided_at is not None:
            raise ValidationError.of("reason", QT_TRANSLATE_NOOP("Validation", "This entry is already voided."))
        if kind is PointsKind.EXPIRED:
            raise ValidationError.of(
                "reason", QT_TRANSLATE_NOOP("Validation", "An expiry follows the shop's rule and is not voided.")
            )
        if replacement_points is not None and not kind.adds:
            raise ValidationError.of(
                "points", QT_TRANSLATE_NOOP("Validation", "Only points added are replaced by another number.")
            )
        today = shop_today(now)
        rules = points_rules(session)
        moves = moves_of(live_points_entries(session, entry.customer_id))
        if replacement_points is not None:
            # The replacement, not yet written, counted in as a lot of the same day.
            moves.append(
                PointsMove(max((m.id for m in moves), default=0) + 1, kind, replacement_points, entry.entry_on)
            )
        check_void(moves, entry.id, today, rules)
        entry.voided_at = now
        entry.voided_by_id = staff_id
        entry.void_reason = reason
        session.flush()
        if kind is PointsKind.SPENT and entry.ledger_entry_id is not None:
            discount = get_or_raise(session, LedgerEntry, entry.ledger_entry_id)
            if discount.voided_at is None:
                discount.voided_at = now
                discount.voided_by_id = staff_id
                discount.void_reason = reason
                session.flush()
                take_back_unpaid_earnings(session, entry.customer_id, staff_id=staff_id, now=now)
        replacement_id = None
        if replacement_points is not None:
            replacement = add_points(
                session,
                entry.customer_id,
                kind,
                replacement_points,
                on=entry.entry_on,
                staff_id=staff_id,
                now=now,
                reason=entry.reason,
                referral_id=entry.referral_id,
                replaces_id=entry.id,
            )
            replacement_id = replacement.id
        state = write_expiries(session, entry.customer_id, today=today, staff_id=staff_id, now=now)
        if state.uncovered > 0:
            raise ValidationError.of(
                "reason",
                QT_TRANSLATE_NOOP(
                    "Validation", "These points are already spent: voiding them would leave the balance below zero."
                ),
            )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="points.void",
            entity="customer",
            entity_id=entry.customer_id,
            before={"entry_id": entry.id, "kind": entry.kind, "points": entry.points},
            after={"reason": reason, "replacement_id": replacement_id, "replacement_points": replacement_points},
        )
        return replacement_id


#: Customers whose expiries are written per transaction at the start of the day.
EXPIRY_BATCH = 200


def expire_points(db: Database, *, staff_id: int, now: datetime | None = None) -> int:
    """Write down the points expired by today (at the start of the day), in batches of customers: those holding a
    live lot old enough to have expired and no expiry written for it. Returns how many customers were looked at.
    Balances read never include expired points either way; this keeps the live entries adding up to them.

    Only the lots that can have expired since the last complete run are looked at (``Shop.points_expired_through``):
    one that had expired by then was written down then, or whenever its customer's points changed since; a lot used
    up has no expiry to write and would otherwise be looked at every day for ever. After another rule (no such day),
    the customers holding an expiry written under an earlier rule are looked at too: a longer rule, or none, gives
    those points back."""
    now = now or utc_now()
    today = shop_today(now)
    with db.reading() as session:
        shop = session.execute(select(Shop.points_expiry_months, Shop.points_expired_through).limit(1)).one_or_none()
        if shop is None or (not shop.points_expiry_months and shop.points_expired_through is not None):
            return 0
        months = shop.points_expiry_months
        found: set[int] = set()
        if months:
            # A few days' margin: a lot earned on the 31st expires on a shorter month's last day.
            cutoff = add_months(today, -months) + timedelta(days=3)
            expiry = aliased(PointsEntry, name="expiry")
            query = (
                select(PointsEntry.customer_id)
                .where(
                    PointsEntry.voided_at.is_(None),
                    PointsEntry.kind.in_([kind.value for kind in PointsKind if kind.adds]),
                    PointsEntry.entry_on <= cutoff,
                    ~exists().where(expiry.lot_id == PointsEntry.id, expiry.voided_at.is_(None)),
                )
                .distinct()
            )
            if shop.points_expired_through is not None:
                # Earned on or before this day, a lot had expired by the last run (adding months never passes it).
                query = query.where(PointsEntry.entry_on > add_months(shop.points_expired_through, -months))
            found.update(session.scalars(query))
        if shop.points_expired_through is None:
            lot = aliased(PointsEntry, name="lot")
            written = session.execute(
                select(PointsEntry.customer_id, lot.entry_on, PointsEntry.entry_on)
                .join(lot, lot.id == PointsEntry.lot_id)
                .where(PointsEntry.kind == PointsKind.EXPIRED.value, PointsEntry.voided_at.is_(None))
            ).tuples()
            # An expiry is dated the day its lot expires: one dated otherwise was written under another rule.
            found.update(
                customer_id
                for customer_id, earned_on, expired_on in written
                if not months or expired_on != add_months(earned_on, months)
            )
        customers = sorted(found)
    for index in range(0, len(customers), EXPIRY_BATCH):
        with unit_of_work(db) as session:
            require_staff(session, staff_id)
            for customer_id in customers[index : index + EXPIRY_BATCH]:
                lock_account(session, customer_id)
                write_expiries(session, customer_id, today=today, staff_id=staff_id, now=now)
    with unit_of_work(db) as session:  # unless the rule changed meanwhile: then every old lot is looked at again
        session.execute(update(Shop).where(Shop.points_expiry_months == months).values(points_expired_through=today))
    return len(customers)
