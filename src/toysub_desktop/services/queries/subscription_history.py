"""Loading a subscription's history (what was signed and the transitions since) for the domain's lifecycle rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Subscription, SubscriptionEvent
from toysub_desktop.domain.fees import EarlyTerminationRule, FeeMethod
from toysub_desktop.domain.subscription_history import EventKind, LifecycleEvent, SignedContract, SubscriptionHistory
from toysub_desktop.domain.subscriptions import PauseEndRule


def event_rows(session: Session, subscription_id: int) -> list[SubscriptionEvent]:
    """Every transition recorded on the subscription (voided ones too), by effective date then recording."""
    query = select(SubscriptionEvent).where(SubscriptionEvent.subscription_id == subscription_id)
    return list(session.scalars(query.order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)))


def signed_contract(subscription: Subscription) -> SignedContract:
    return SignedContract(
        start=subscription.start_on,
        trial_days=subscription.trial_days,
        months=subscription.term_months,
        pause_rule=PauseEndRule(subscription.pause_end_rule),
        plan_id=subscription.plan_id,
        monthly_fee=subscription.monthly_fee,
        early_termination=EarlyTerminationRule(
            subscription.early_termination_percent,
            subscription.early_termination_cap,
            FeeMethod(subscription.early_termination_method),
        ),
        cancelled_on=subscription.cancelled_on,
        renewed=subscription.renewed,
    )


def lifecycle_event(row: SubscriptionEvent) -> LifecycleEvent:
    return LifecycleEvent(
        id=row.id,
        kind=EventKind(row.kind),
        effective_on=row.effective_on,
        until=row.until,
        monthly_fee=row.monthly_fee,
        plan_id=row.plan_id,
        refers_to_id=row.refers_to_id,
        voided=row.voided_at is not None,
    )


def history_of(
    session: Session, subscription: Subscription, rows: Sequence[SubscriptionEvent] | None = None
) -> SubscriptionHistory:
    """The subscription's history as it stands in this session (*rows*: its events, if already loaded)."""
    if rows is None:
        rows = event_rows(session, subscription.id)
    return SubscriptionHistory(signed_contract(subscription), tuple(lifecycle_event(row) for row in rows))


def history_around(
    session: Session, subscription: Subscription, event: SubscriptionEvent
) -> tuple[SubscriptionHistory, SubscriptionHistory]:
    """The subscription's history as it stood just before *event* was recorded, and just after: the transitions
    recorded earlier (ids grow with recording), with their voids as known then, and *event* itself."""
    rows = [row for row in event_rows(session, subscription.id) if row.id <= event.id]

    def as_known(row: SubscriptionEvent) -> LifecycleEvent:
        voided = row.voided_at is not None and row.voided_at < event.recorded_at
        return replace(lifecycle_event(row), voided=voided)

    def history(events: tuple[LifecycleEvent, ...]) -> SubscriptionHistory:
        cancels = [e for e in events if e.kind is EventKind.CANCEL and not e.voided]
        signed = replace(
            signed_contract(subscription),
            cancelled_on=cancels[-1].effective_on if cancels else None,
            renewed=any(e.kind is EventKind.RENEW and not e.voided for e in events),
        )
        return SubscriptionHistory(signed, events)

    after = tuple(as_known(row) for row in rows)
    return history(tuple(e for e in after if e.id != event.id)), history(after)
