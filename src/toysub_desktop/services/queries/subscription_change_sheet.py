"""What the confirmation of a contract's transition says, read from the database: the values ``documents`` renders.

One confirmation per recorded transition (pause, early resume, plan change, cancellation, renewal). It states the
contract as it stood just before the transition was recorded and just after (``history_around``), so printing it
again later says the same even when more has happened to the contract since. Every figure comes from
``SubscriptionHistory`` (the term's end, the fee in effect, the early-termination fee and its computation) or from
what the transition recorded; nothing is worked out here a second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Child, Customer, Item, Loan, Subscription, SubscriptionEvent, Toy
from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_months, format_period
from toysub_desktop.documents.values import SubscriptionChangeSheet, ToyOut
from toysub_desktop.domain.dates import shop_today, to_shop_time
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import EarlyTerminationFee, FeeMethod, WholeCycles
from toysub_desktop.domain.money import format_won
from toysub_desktop.domain.months import term_end
from toysub_desktop.domain.person import format_customer_number
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.subscription_history import EventKind, SubscriptionHistory
from toysub_desktop.domain.subscriptions import Pause
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import NotFoundError, get_or_raise
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.document_sheets import plan_name_on, shop_details_in
from toysub_desktop.services.queries.subscription_history import history_around

# The same text as a voided contact version's, so they share one translation.
_VOIDED_EVENT = QT_TRANSLATE_NOOP("Validation", "This entry has already been corrected or withdrawn.")

#: The transitions a confirmation is printed for, under the name the paper gives them.
CONFIRMED_CHANGES: Mapping[EventKind, str] = {
    EventKind.PAUSE: wording.CHANGE_LABEL_PAUSE,
    EventKind.RESUME: wording.CHANGE_LABEL_RESUME,
    EventKind.PLAN_CHANGE: wording.CHANGE_LABEL_PLAN_CHANGE,
    EventKind.CANCEL: wording.CHANGE_LABEL_CANCEL,
    EventKind.RENEW: wording.CHANGE_LABEL_RENEW,
}


def confirmed_event_in(session: Session, event_id: int) -> SubscriptionEvent:
    """The recorded transition *event_id*, if it is one a confirmation is printed for and it still stands."""
    event = session.get(SubscriptionEvent, event_id)
    if event is None or EventKind(event.kind) not in CONFIRMED_CHANGES:
        raise NotFoundError(f"confirmable subscription event {event_id}")
    if event.voided_at is not None:
        raise ValidationError.of("event", _VOIDED_EVENT)
    return event


def subscription_change_subject(event: SubscriptionEvent) -> str:
    """How the list of printed documents names the confirmation: "일시정지 (2026년 4월 1일)"."""
    return wording.SUBSCRIPTION_CHANGE_DOCUMENT_SUBJECT.format(
        change=CONFIRMED_CHANGES[EventKind(event.kind)], date=format_date(event.effective_on)
    )


def subscription_change_sheet_in(
    session: Session, event: SubscriptionEvent, *, document_number: str, issued_on: date
) -> SubscriptionChangeSheet:
    subscription = get_or_raise(session, Subscription, event.subscription_id)
    customer = get_or_raise(session, Customer, subscription.customer_id)
    before, after = history_around(session, subscription, event)
    kind = EventKind(event.kind)
    sheet = SubscriptionChangeSheet(
        document_number=document_number,
        issued_on=issued_on,
        shop=shop_details_in(session),
        customer_number=customer.number or format_customer_number(customer.id),
        customer_name=customer.name,
        contract_number=subscription.contract_number or "",
        plan_name=plan_name_on(session, subscription, shop_today(event.recorded_at)),
        start_date=subscription.start_on,
        end_date=before.timeline.end,
        change_label=CONFIRMED_CHANGES[kind],
        effective_on=event.effective_on,
        details=(),
        recorded_by=staff_names(session, [event.recorded_by_id]).get(event.recorded_by_id, ""),
        recorded_at=to_shop_time(event.recorded_at),
    )
    if kind is EventKind.PAUSE:
        sheet = _pause(sheet, event, before, after)
    elif kind is EventKind.RESUME:
        sheet = _resume(session, sheet, event, before, after)
    elif kind is EventKind.PLAN_CHANGE:
        sheet = _plan_change(sheet, event, before, after)
    elif kind is EventKind.CANCEL:
        sheet = _cancel(session, sheet, subscription, event, before)
    else:
        sheet = _renewal(session, sheet, event)
    if event.note:
        sheet = replace(sheet, details=(*sheet.details, (wording.CHANGE_NOTE, event.note)))
    return sheet


def _pause_text(pause: Pause) -> str:
    return wording.PAUSE_PERIOD_DAYS.format(period=format_period(pause.first, pause.last), days=pause.days)


def _end_lines(before: SubscriptionHistory, after: SubscriptionHistory) -> tuple[tuple[str, str], ...]:
    return (
        (wording.END_BEFORE, format_date(before.timeline.end)),
        (wording.END_AFTER, format_date(after.timeline.end)),
    )


def _end_follows(before: SubscriptionHistory, after: SubscriptionHistory) -> str:
    old, new = before.timeline.end, after.timeline.end
    if old == new:
        return wording.FOLLOWS_END_KEPT.format(end=format_date(old))
    return wording.FOLLOWS_END_MOVED.format(before=format_date(old), after=format_date(new))


def _pause(
    sheet: SubscriptionChangeSheet, event: SubscriptionEvent, before: SubscriptionHistory, after: SubscriptionHistory
) -> SubscriptionChangeSheet:
    assert event.until is not None
    pause = Pause(event.effective_on, event.until)
    return replace(
        sheet,
        details=((wording.PAUSE_PERIOD, _pause_text(pause)), *_end_lines(before, after)),
        follows=(
            wording.FOLLOWS_PAUSE.format(
                first=format_date(pause.first),
                last=format_date(pause.last),
                back=format_date(pause.last + timedelta(days=1)),
            ),
            _end_follows(before, after),
        ),
    )


def _resume(
    session: Session,
    sheet: SubscriptionChangeSheet,
    event: SubscriptionEvent,
    before: SubscriptionHistory,
    after: SubscriptionHistory,
) -> SubscriptionChangeSheet:
    paused = get_or_raise(session, SubscriptionEvent, event.refers_to_id or 0)
    assert paused.until is not None
    agreed = Pause(paused.effective_on, paused.until)
    shortened = next((pause for recorded, pause in after.pauses if recorded.id == paused.id), None)
    return replace(
        sheet,
        details=(
            (wording.RESUME_PAUSE_AS_AGREED, _pause_text(agreed)),
            (wording.RESUME_BACK_FROM, format_date(event.effective_on)),
            (wording.RESUME_NEW_PAUSE, _pause_text(shortened) if shortened else wording.RESUME_NO_PAUSE),
            *_end_lines(before, after),
        ),
        follows=(wording.FOLLOWS_RESUME.format(back=format_date(event.effective_on)), _end_follows(before, after)),
    )


def _plan_change(
    sheet: SubscriptionChangeSheet, event: SubscriptionEvent, before: SubscriptionHistory, after: SubscriptionHistory
) -> SubscriptionChangeSheet:
    name = (event.details or {}).get("plan_name")
    new_plan = name if isinstance(name, str) and name else sheet.plan_name
    old_fee, new_fee = before.fee_on(event.effective_on), after.fee_on(event.effective_on)
    return replace(
        sheet,
        details=(
            (wording.PLAN_BEFORE, sheet.plan_name),
            (wording.PLAN_AFTER, new_plan),
            (wording.FEE_BEFORE, format_won(old_fee)),
            (wording.FEE_AFTER, format_won(new_fee)),
            (wording.FEE_FROM, format_date(event.effective_on)),
        ),
        follows=(
            wording.FOLLOWS_PLAN_CHANGE.format(
                date=format_date(event.effective_on), plan=new_plan, fee=format_won(new_fee)
            ),
            wording.FOLLOWS_PLAN_CHANGE_TERM.format(end=format_date(after.timeline.end)),
        ),
    )


def fee_computation(fee: EarlyTerminationFee) -> tuple[str, ...]:
    """The early-termination fee worked out, line by line, in the cancel dialog's words."""
    if fee.within_trial:
        return (wording.CANCEL_WITHIN_TRIAL,)
    if fee.method is FeeMethod.DAYS_30:
        breakdown = wording.CANCEL_BREAKDOWN_DAYS_30.format(
            monthly=format_won(fee.monthly_fee), days=fee.remaining_days
        )
    else:
        breakdown = wording.CANCEL_BREAKDOWN_JOIN.join(
            wording.CANCEL_BREAKDOWN_WHOLE.format(months=item.count, monthly=format_won(item.monthly_fee))
            if isinstance(item, WholeCycles)
            else wording.CANCEL_BREAKDOWN_PARTIAL.format(
                monthly=format_won(item.monthly_fee), days=item.days, cycle_days=item.cycle_days
            )
            for item in fee.breakdown()
        ) or format_won(0)
    cap = wording.CANCEL_FEE_CAP.format(cap=format_won(fee.cap)) if fee.cap is not None else ""
    return (
        wording.CANCEL_REMAINING_TERM.format(end=format_date(fee.mandatory_end), days=fee.remaining_days),
        wording.CANCEL_REMAINING_FEES.format(breakdown=breakdown, remaining=format_won(fee.remaining_fees)),
        wording.CANCEL_FEE_LINE.format(percent=fee.percent, cap=cap, fee=format_won(fee.fee)),
    )


def _toys_out_at(session: Session, subscription: Subscription, event: SubscriptionEvent) -> tuple[ToyOut, ...]:
    """The toys lent under the contract and not yet back when the cancellation was recorded."""
    query = (
        select(Toy.name, Item.barcode, Child.name, Loan.due_on)
        .join(Item, Item.id == Loan.item_id)
        .join(Toy, Toy.id == Item.toy_id)
        .join(Child, Child.id == Loan.child_id)
        .where(
            Loan.subscription_id == subscription.id,
            Loan.lent_at <= event.recorded_at,
            or_(Loan.returned_at.is_(None), Loan.returned_at > event.recorded_at),
        )
        .order_by(Loan.due_on, Loan.id)
    )
    return tuple(ToyOut(toy, barcode, child, due_on) for toy, barcode, child, due_on in session.execute(query))


def _cancel(
    session: Session,
    sheet: SubscriptionChangeSheet,
    subscription: Subscription,
    event: SubscriptionEvent,
    before: SubscriptionHistory,
) -> SubscriptionChangeSheet:
    fee = before.early_termination_fee(event.effective_on)
    charged = event.fee if event.fee is not None else fee.fee
    lends = PlanKind(subscription.kind) is not PlanKind.BOX
    toys = _toys_out_at(session, subscription, event) if lends else ()
    deposit = subscription.deposit
    follows = [
        wording.FOLLOWS_CANCEL.format(date=format_date(event.effective_on)),
        wording.FOLLOWS_CANCEL_FEE.format(fee=format_won(charged)) if charged else wording.FOLLOWS_CANCEL_NO_FEE,
    ]
    if deposit:
        follows.append(wording.FOLLOWS_DEPOSIT.format(deposit=format_won(deposit)))
    if toys:
        follows.append(wording.FOLLOWS_TOYS.format(count=len(toys)))
    return replace(
        sheet,
        details=(
            (
                wording.CANCEL_EFFECTIVE,
                wording.CANCEL_EFFECTIVE_VALUE.format(
                    date=format_date(event.effective_on), last=format_date(event.effective_on - timedelta(days=1))
                ),
            ),
            (wording.CANCEL_FEE, format_won(charged)),
            (wording.CANCEL_DEPOSIT, format_won(deposit) if deposit else wording.CANCEL_NO_DEPOSIT),
        ),
        computation=fee_computation(fee),
        lists_toys=lends,
        toys_out=toys,
        follows=tuple(follows),
    )


def _renewal(session: Session, sheet: SubscriptionChangeSheet, event: SubscriptionEvent) -> SubscriptionChangeSheet:
    renewal_id = (event.details or {}).get("renewal_id")
    renewal = get_or_raise(session, Subscription, int(renewal_id) if isinstance(renewal_id, int) else 0)
    end = term_end(renewal.paid_from, renewal.term_months)
    term = f"{format_months(renewal.term_months)} ({format_period(renewal.start_on, end)})"
    return replace(
        sheet,
        details=(
            (wording.RENEW_NEW_CONTRACT, renewal.contract_number or ""),
            (wording.RENEW_NEW_TERM, term),
            (wording.RENEW_PLAN, renewal.plan_name),
            (
                wording.RENEW_LIST_PRICE,
                wording.RENEW_LIST_PRICE_VALUE.format(
                    price=format_won(renewal.list_price), start=format_date(renewal.start_on)
                ),
            ),
            (wording.RENEW_MONTHLY, format_won(renewal.monthly_fee)),
        ),
        follows=(wording.FOLLOWS_RENEW.format(start=format_date(renewal.start_on)),),
    )
