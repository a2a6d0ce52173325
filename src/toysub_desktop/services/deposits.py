"""Deposits (보증금): the money the shop holds to give back, per customer and in total, and the deposit refund at the
end of a rental.

What a customer's deposit holds is what their payments paid towards deposit charges, less what deposit returns
gave back (``EntryKind.DEPOSIT_RETURN``). At the end of a rental (cancelled or its term over, every item back) the
deposit is given back: a deposit return frees it, and it is handed over as a refund; unpaid fees are taken from it
only when the customer agreed, and the agreement (who took it, when) is recorded on the refund.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Subquery

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Loan, Subscription
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import (
    ENTRY_NOTE_MAX,
    DepositRefund,
    EntryKind,
    OpenDebit,
    PaymentMeans,
    deposit_refund,
    oldest_first,
)
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.subscriptions import last_day_of_service
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.ledger import AccountChangedError
from toysub_desktop.services.queries.day_close import require_open_day
from toysub_desktop.services.queries.deposits import (
    DEPOSIT_CREDIT,
    DEPOSIT_DEBIT,
    NOT_MONEY_PAID,
    deposit_held_in,
    deposits_returned,
    paid_towards_deposits,
)
from toysub_desktop.services.queries.ledger import allocate, lock_account, open_debits

PAGE_SIZE = 100


_NOTHING_HELD = QT_TRANSLATE_NOOP("Validation", "The shop holds no deposit for this contract.")
_NOT_ENDED = QT_TRANSLATE_NOOP(
    "Validation", "The deposit is given back once the contract has ended (cancelled or its term over)."
)
_ITEMS_OUT = QT_TRANSLATE_NOOP(
    "Validation", "{count} item(s) of this contract are not back yet; the deposit is given back when all are."
)
_RENEWED = QT_TRANSLATE_NOOP("Validation", "This contract was renewed: its deposit stays with the renewal.")


@dataclass(frozen=True)
class DepositHeldRow:
    """One customer whose deposit money the shop holds."""

    customer_id: int
    customer_number: str
    customer_name: str
    held: int
    #: The day of the latest deposit payment or return on the account.
    since: date | None


@dataclass(frozen=True)
class DepositHeldPage:
    rows: tuple[DepositHeldRow, ...]
    has_more: bool


@dataclass(frozen=True)
class DepositsHeldTotal:
    customers: int
    held: int


@dataclass(frozen=True)
class DepositRefundView:
    """What the end of one contract gives back, before the clerk saves it."""

    subscription_id: int
    customer_id: int
    contract_number: str
    plan_name: str
    held: int
    #: What the customer owes now, other than deposits: what an agreed deduction may take.
    unpaid: int
    #: The contract's last day of service.
    last_day: date
    ended: bool
    items_out: int
    renewed: bool

    def refund(self, *, customer_agreed: bool) -> DepositRefund:
        return deposit_refund(self.held, unpaid=self.unpaid, customer_agreed=customer_agreed)

    @property
    def due(self) -> bool:
        """Whether the deposit refund can be made now."""
        return self.held > 0 and self.ended and self.items_out == 0 and not self.renewed


@dataclass(frozen=True)
class DepositRefundDone:
    return_id: int
    #: The refund handed over (None when agreed fees took the whole deposit).
    refund_id: int | None
    refunded: int
    deducted: int


# --- reading ----------------------------------------------------------------------------------------------------


def _held_by_customer(customer_ids: list[int] | None = None) -> Subquery:
    """Per customer (all, or *customer_ids*) holding deposit money: how much and since when (a subquery:
    customer_id, held, since)."""
    paid = (
        select(
            DEPOSIT_DEBIT.customer_id.label("customer_id"),
            LedgerAllocation.amount.label("amount"),
            DEPOSIT_CREDIT.entry_on.label("day"),
        )
        .join(DEPOSIT_CREDIT, DEPOSIT_CREDIT.id == LedgerAllocation.credit_id)
        .join(DEPOSIT_DEBIT, DEPOSIT_DEBIT.id == LedgerAllocation.debit_id)
        .where(
            DEPOSIT_CREDIT.kind.not_in(NOT_MONEY_PAID),
            DEPOSIT_CREDIT.voided_at.is_(None),
            DEPOSIT_DEBIT.kind == EntryKind.DEPOSIT.value,
            DEPOSIT_DEBIT.voided_at.is_(None),
        )
    )
    returned = select(
        LedgerEntry.customer_id.label("customer_id"),
        (-LedgerEntry.amount).label("amount"),
        LedgerEntry.entry_on.label("day"),
    ).where(LedgerEntry.kind == EntryKind.DEPOSIT_RETURN.value, LedgerEntry.voided_at.is_(None))
    if customer_ids is not None:
        paid = paid.where(DEPOSIT_DEBIT.customer_id.in_(customer_ids))
        returned = returned.where(LedgerEntry.customer_id.in_(customer_ids))
    moves = paid.union_all(returned).subquery()
    return (
        select(
            moves.c.customer_id,
            func.sum(moves.c.amount).label("held"),
            func.max(moves.c.day).label("since"),
        )
        .group_by(moves.c.customer_id)
        .having(func.sum(moves.c.amount) > 0)
        .subquery()
    )


def deposits_held(db: Database, *, after: DepositHeldRow | None = None, limit: int = PAGE_SIZE) -> DepositHeldPage:
    """The customers whose deposit money the shop holds, by name: the first page, or the one after *after*.

    Walks the customers in list order (``ix_customer_list``) and reads what each holds through the deposit index,
    stopping after a page, so a page costs what one screen costs however many deposits the shop holds."""
    held = (
        paid_towards_deposits(DEPOSIT_DEBIT.customer_id == Customer.id)
        - deposits_returned(LedgerEntry.customer_id == Customer.id)
    ).label("held")
    has_deposit = (
        select(LedgerEntry.id)
        .where(LedgerEntry.customer_id == Customer.id, LedgerEntry.kind == EntryKind.DEPOSIT.value)
        .exists()
    )
    customers = select(Customer.id, Customer.number, Customer.name, held).where(has_deposit)
    if after is not None:
        customers = customers.where(
            or_(
                Customer.name > after.customer_name,
                and_(Customer.name == after.customer_name, Customer.id > after.customer_id),
            )
        )
    page = customers.subquery()
    query = select(page).where(page.c.held > 0).order_by(page.c.name, page.c.id).limit(limit + 1)
    with db.reading() as session:
        rows = session.execute(query).tuples().all()
        ids = [row[0] for row in rows[:limit]]
        since = _latest_deposit_days(session, ids)
    found = tuple(
        DepositHeldRow(customer_id, number or "", name, int(amount), since.get(customer_id))
        for customer_id, number, name, amount in rows[:limit]
    )
    return DepositHeldPage(found, len(rows) > limit)


def _latest_deposit_days(session: Session, customer_ids: list[int]) -> dict[int, date]:
    """The day of each customer's latest deposit payment or return."""
    if not customer_ids:
        return {}
    moves = _held_by_customer(customer_ids)
    return {customer_id: day for customer_id, _held, day in session.execute(select(moves)).tuples()}


def deposits_held_total(db: Database) -> DepositsHeldTotal:
    """All the deposit money the shop holds, and for how many customers."""
    held = _held_by_customer()
    with db.reading() as session:
        customers, total = session.execute(
            select(func.count(), func.coalesce(func.sum(held.c.held), 0)).select_from(held)
        ).one()
    return DepositsHeldTotal(int(customers), int(total))


def deposit_held(db: Database, customer_id: int) -> int:
    """What the shop holds of the customer's deposits."""
    with db.reading() as session:
        return deposit_held_in(session, customer_id)


def _chain(session: Session, subscription: Subscription) -> list[int]:
    """The contract and those it renews: a renewal carries on the deposit its first contract took."""
    ids = [subscription.id]
    current = subscription
    while current.renews_id is not None and current.renews_id not in ids:
        ids.append(current.renews_id)
        current = get_or_raise(session, Subscription, current.renews_id)
    return ids


def _open_fees(session: Session, customer_id: int, today: date) -> list[OpenDebit]:
    """What the customer owes by *today* other than deposits (fees, refunds not covered), oldest first."""
    kinds = dict(
        session.execute(
            select(LedgerEntry.id, LedgerEntry.kind).where(
                LedgerEntry.customer_id == customer_id, LedgerEntry.voided_at.is_(None)
            )
        )
        .tuples()
        .all()
    )
    return [d for d in open_debits(session, customer_id) if d.due_on <= today and kinds[d.id] != EntryKind.DEPOSIT]


def _refund_view(session: Session, subscription: Subscription, today: date) -> DepositRefundView:
    chain = _chain(session, subscription)
    paid = session.scalar(select(paid_towards_deposits(DEPOSIT_DEBIT.subscription_id.in_(chain)))) or 0
    back = session.scalar(select(deposits_returned(LedgerEntry.subscription_id.in_(chain)))) or 0
    items_out = session.scalar(select(func.count()).where(Loan.subscription_id.in_(chain), Loan.returned_on.is_(None)))
    renewed = session.scalar(select(Subscription.id).where(Subscription.renews_id == subscription.id).limit(1))
    last_day = last_day_of_service(subscription.ends_on, subscription.cancelled_on)
    return DepositRefundView(
        subscription_id=subscription.id,
        customer_id=subscription.customer_id,
        contract_number=subscription.contract_number or "",
        plan_name=subscription.plan_name,
        held=int(paid) - int(back),
        unpaid=sum(d.open for d in _open_fees(session, subscription.customer_id, today)),
        last_day=last_day,
        ended=last_day <= today,
        items_out=int(items_out or 0),
        renewed=renewed is not None,
    )


def deposit_refund_view(db: Database, subscription_id: int, *, today: date | None = None) -> DepositRefundView:
    """What the deposit refund of one contract would give back, and whether it can be made now."""
    today = today or shop_today()
    with db.reading() as session:
        return _refund_view(session, get_or_raise(session, Subscription, subscription_id), today)


def customer_deposits(db: Database, customer_id: int, *, today: date | None = None) -> list[DepositRefundView]:
    """The customer's contracts whose deposit the shop holds."""
    today = today or shop_today()
    with db.reading() as session:
        subscriptions = session.scalars(
            select(Subscription).where(Subscription.customer_id == customer_id).order_by(Subscription.id)
        )
        views = [_refund_view(session, subscription, today) for subscription in subscriptions]
    return [view for view in views if view.held > 0 and not view.renewed]


# --- giving it back ---------------------------------------------------------------------------------------------


def _check_due(view: DepositRefundView) -> None:
    if view.held <= 0:
        raise ValidationError.of("source", _NOTHING_HELD)
    if view.renewed:
        raise ValidationError.of("source", _RENEWED)
    if not view.ended:
        raise ValidationError.of("source", _NOT_ENDED)
    if view.items_out:
        raise ValidationError.of("source", _ITEMS_OUT, count=str(view.items_out))


def refund_deposit(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    means: PaymentMeans,
    customer_agreed: bool,
    note: str = "",
    approval: Approval | None = None,
    now: datetime | None = None,
) -> DepositRefundDone:
    """Give back the deposit of an ended rental, every item back: all of it, or less the unpaid fees when the
    customer agreed (recorded on the refund with who took the agreement and when). A manager or the owner, or
    with their PIN, as every refund."""
    now = now or utc_now()
    today = shop_today(now)
    note = clean_line(note, field="note", limit=ENTRY_NOTE_MAX)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        subscription = get_or_raise(session, Subscription, subscription_id)
        customer_id = subscription.customer_id
        lock_account(session, customer_id)
        require_open_day(session, today)  # money handed back is a movement of the day (일마감)
        view = _refund_view(session, subscription, today)
        _check_due(view)
        outcome = view.refund(customer_agreed=customer_agreed)
        agreement: dict[str, object] = {
            "deposit_of": subscription.id,
            "held": outcome.held,
            "unpaid": outcome.unpaid,
            "deducted": outcome.deducted,
            "customer_agreed": customer_agreed,
        }
        if customer_agreed:
            agreement |= {"agreement_taken_by": staff_id, "agreement_taken_at": now.isoformat()}
        returned = LedgerEntry(
            customer_id=customer_id,
            subscription_id=subscription.id,
            kind=EntryKind.DEPOSIT_RETURN.value,
            amount=outcome.held,
            entry_on=today,
            details=agreement,
            note=note,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
        session.add(returned)
        session.flush()
        shares: list[tuple[int, int, int]] = []
        if outcome.deducted:
            fees = _open_fees(session, customer_id, today)
            shares += [(returned.id, debit, won) for debit, won in oldest_first(outcome.deducted, fees)]
        refund_id = None
        if outcome.refund:
            handed = LedgerEntry(
                customer_id=customer_id,
                subscription_id=subscription.id,
                kind=EntryKind.REFUND.value,
                amount=outcome.refund,
                entry_on=today,
                means=means.value,
                details=agreement,
                note=note,
                recorded_at=now,
                recorded_by_id=staff_id,
            )
            session.add(handed)
            session.flush()
            refund_id = handed.id
            shares.append((returned.id, handed.id, outcome.refund))
        allocate(session, shares, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="ledger.deposit_refund",
            entity="customer",
            entity_id=customer_id,
            after={
                "subscription_id": subscription.id,
                "return_id": returned.id,
                "refund_id": refund_id,
                "refunded": outcome.refund,
                "means": means,
                **agreement,
            },
        )
        return DepositRefundDone(returned.id, refund_id, outcome.refund, outcome.deducted)
