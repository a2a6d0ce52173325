"""The contracts' story: sign-ups, pauses, resumes, skipped boxes, plan changes, cancellations and renewals.

Each contract keeps its shadow history as the steps planned so far leave it: what was signed and the transitions
planned since, as the domain's ``SubscriptionHistory`` — the same reading the services make of a stored contract.
The history answers what the plan is on a day, which boxes are skipped, whether a cancellation falls within the free
trial, and its ``ContractTimeline`` answers the state and the term's end; each step is checked with the rules the
services apply before it is planned, so no call is refused when it is replayed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial

from toysub_desktop.demo.catalogue import OFFERS, OTHER_TIER, Catalogue, Offer
from toysub_desktop.demo.people import Family
from toysub_desktop.demo.story import Part, Story
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.plans import PaymentMethod, PlanKind
from toysub_desktop.domain.points import referral_code
from toysub_desktop.domain.subscription_history import EventKind, LifecycleEvent, SignedContract, SubscriptionHistory
from toysub_desktop.domain.subscriptions import (
    DEFAULT_MAX_PAUSE_DAYS,
    ContractTimeline,
    Pause,
    PauseEndRule,
    check_cancel,
    check_pause,
    check_skip,
    check_start,
    plan_change_date,
    renewal_start,
)
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    cancel,
    change_plan,
    format_contract_number,
    pause,
    renew,
    resume,
    sign_up,
    skip_delivery,
)

#: The rules a new shop signs contracts under (its default settings, which the demo keeps): a pause moves the end
#: of the term, and lasts at most this long. Subscriptions are planned by them.
_PAUSE_RULE = PauseEndRule.EXTEND_TERM
_MAX_PAUSE_DAYS = DEFAULT_MAX_PAUSE_DAYS


#: What a family signs up for at its first visit, and how often: some combine a box or a rental with the
#: unlimited membership, or take both a box and a rental.
_FIRST_CHOICES: tuple[tuple[tuple[str, ...], float], ...] = (
    (("box",), 24),
    (("box_premium",), 12),
    (("rental",), 22),
    (("rental_premium",), 14),
    (("unlimited",), 10),
    (("box", "unlimited"), 8),
    (("box_premium", "unlimited"), 3),
    (("rental", "unlimited"), 4),
    (("box", "rental"), 3),
)
_TERM_WEIGHTS = {12: 45, 24: 40, 36: 15}
_PAYMENT_METHODS = (PaymentMethod.AUTO_DEBIT, PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH)
_PAYMENT_WEIGHTS = (45, 35, 15, 5)
_MULTI_CHILD_EVIDENCE = ("가족관계증명서 확인", "가족관계증명서 확인", "주민등록등본 확인", "다둥이 행복카드 확인")
_CONTRACT_NOTES = (
    "어린이집 하원 후 수령",
    "소리 나는 장난감은 빼 달라고 요청",
    "원목 장난감 위주로 요청",
    "첫째가 쓰던 구독을 둘째용으로 새로 계약",
    "할머니 댁 근처 이사 예정 — 주소 변경 시 연락 주기로 함",
)
PAUSE_NOTES = (
    "해외 체류",
    "둘째 출산으로 잠시 쉼",
    "이사 준비로 한동안 쉼",
    "아이 입원",
    "외가에서 한 달 지냄",
    "장기 여행",
    "",
)
SKIP_NOTES = ("여행으로 이번 달 건너뜀", "명절에 외가 방문", "지난 상자 장난감을 더 갖고 놀고 싶어 함", "")
CANCEL_NOTES = (
    "아이가 커서 더 이상 필요 없음",
    "해외 이주",
    "배송 지역 밖으로 이사",
    "다른 서비스로 옮김",
    "경제적 사정",
    "어린이집 입소로 이용이 줄어듦",
)
TRIAL_CANCEL_NOTES = (
    "체험 기간 중 해지 — 아이가 관심을 보이지 않음",
    "체험 기간 중 해지 — 보관 공간이 부족함",
    "체험 후 정기배송으로 바꾸기로 함",
)


#: While the story is planned the plans have no ids yet: an offer's place in ``OFFERS`` stands in for its id in the
#: shadow histories.
_OFFER_LIST = tuple(OFFERS.values())


def _stand_in_id(offer: Offer) -> int:
    return _OFFER_LIST.index(offer) + 1


def _signed_history(offer: Offer, start: date, months: int, *, trial_days: int) -> SubscriptionHistory:
    """A contract just signed, as the domain reads it: no transitions yet, the shop's default rules."""
    return SubscriptionHistory(
        SignedContract(
            start=start,
            trial_days=trial_days,
            months=months,
            pause_rule=_PAUSE_RULE,
            plan_id=_stand_in_id(offer),
            monthly_fee=offer.monthly_price,
            early_termination=EarlyTerminationRule(),
        )
    )


@dataclass(eq=False)
class Contract:
    """A subscription as planned: what was signed, and its history as the steps planned so far leave it (compared
    by identity)."""

    family: Family
    offer: Offer
    months: int
    signed_at: datetime
    history: SubscriptionHistory
    delivery_day: int | None
    swap_weekday: int | None
    #: The moment of its latest planned step: the next one is recorded after it.
    last_at: datetime
    #: The last day a planned pause, skip or plan change concerns (a cancellation comes after it).
    busy_until: date
    #: Filled in as the story is replayed.
    subscription_id: int = 0
    contract_number: str = ""

    @property
    def signed_on(self) -> date:
        return shop_today(self.signed_at)

    @property
    def timeline(self) -> ContractTimeline:
        return self.history.timeline

    @property
    def changes(self) -> list[LifecycleEvent]:
        return self.history.live(EventKind.PLAN_CHANGE)

    @property
    def skipped(self) -> tuple[date, ...]:
        return self.history.skipped

    @property
    def resumed(self) -> bool:
        return bool(self.history.live(EventKind.RESUME))

    @property
    def cancelled_with_fee(self) -> bool | None:
        """None while not cancelled; False when cancelled within the free trial (no fee)."""
        cancelled_on = self.history.signed.cancelled_on
        if cancelled_on is None:
            return None
        return not self.history.early_termination_fee(cancelled_on).within_trial

    def offer_on(self, day: date) -> Offer:
        """The plan the contract is on on *day* (after the plan changes in effect by then)."""
        return _OFFER_LIST[self.history.plan_on(day) - 1]

    def record(
        self,
        kind: EventKind,
        effective_on: date,
        *,
        until: date | None = None,
        plan_id: int | None = None,
        monthly_fee: int | None = None,
        refers_to_id: int | None = None,
    ) -> None:
        """Adds a planned transition to the shadow history, as the service will record it."""
        event = LifecycleEvent(
            len(self.history.events) + 1,
            kind,
            effective_on,
            until=until,
            monthly_fee=monthly_fee,
            plan_id=plan_id,
            refers_to_id=refers_to_id,
        )
        self.history = replace(self.history, events=(*self.history.events, event))

    def cancel_from(self, effective_on: date) -> None:
        """The contract as signed, with the cancellation recorded: no service from *effective_on*."""
        self.history = replace(self.history, signed=replace(self.history.signed, cancelled_on=effective_on))

    def mark_renewed(self) -> None:
        self.history = replace(self.history, signed=replace(self.history.signed, renewed=True))


class Lifecycle(Part):
    """Plans the families' contracts and what becomes of them, as far as today."""

    def __init__(self, story: Story, catalogue: Catalogue) -> None:
        super().__init__(story)
        self.catalogue = catalogue
        self.contracts: list[Contract] = []

    def plan_subscriptions(self, families: list[Family]) -> None:
        for family in families:
            self.plan_family_subscriptions(family, families)

    def plan_family_subscriptions(self, family: Family, families: list[Family]) -> None:
        """Most families sign up at registration or within two weeks, some after thinking it over for months, a few
        never; a family with two children sometimes takes a second contract for the younger one later."""
        roll = self.rng.random()
        if roll < 0.07:
            return
        if roll < 0.17:
            day = self.after_registration(family.registered_on, 15, 240)
        else:
            day = family.registered_on + timedelta(days=0 if self.chance(0.6) else self.rng.randint(1, 14))
        if day > self.today:
            return
        referrer = None
        # About one family in ten came on a friend's word (지인 추천) and gives the friend's referral code.
        if self.chance(0.1):
            earlier = [f for f in families if f.registered_at < family.registered_at]
            referrer = self.pick(earlier) if earlier else None
        choice = self.weighted([keys for keys, _ in _FIRST_CHOICES], [weight for _, weight in _FIRST_CHOICES])
        first: Contract | None = None
        after = family.registered_at
        for key in choice:
            contract = self.sign_up_contract(family, OFFERS[key], day, after=after, referrer=referrer)
            if contract is None:
                return
            first = first or contract
            after = contract.signed_at
            referrer = None
            self.plan_life(contract)
        if first is not None and self.chance(0.15):
            later = self.after_registration(family.registered_on, 120, 900)
            if later > first.signed_on and sum(1 for _, born in family.children if born <= later) >= 2:
                offer = OFFERS[self.pick(("rental", "rental_premium", "box"))]
                second = self.sign_up_contract(family, offer, later, after=first.signed_at, sibling_of=first)
                if second is not None:
                    self.plan_life(second)

    def sign_up_contract(
        self,
        family: Family,
        offer: Offer,
        day: date,
        *,
        after: datetime,
        start: date | None = None,
        months: int | None = None,
        referrer: Family | None = None,
        sibling_of: Contract | None = None,
    ) -> Contract | None:
        """Plan a sign-up on *day* (or just after *after*); None if that would be after today."""
        at = self.moment_on(day, after=max(after, family.registered_at))
        signed = shop_today(at)
        if signed > self.today:
            return None
        if start is None:
            start = signed + timedelta(days=self.start_delay(offer))
        months = months or self.term_for(offer)
        try:
            check_start(start, registered_on=family.registered_on, today=signed)
        except ValidationError:
            return None
        delivery_day = swap_weekday = None
        if offer.kind is PlanKind.BOX:
            delivery_day = min(start.day, 28) if self.chance(0.6) else self.rng.randint(1, 28)
        elif offer.kind is PlanKind.RENTAL:
            swap_weekday = start.weekday() if start.weekday() < 6 and self.chance(0.5) else self.rng.randint(0, 5)
        payment = self.weighted(_PAYMENT_METHODS, _PAYMENT_WEIGHTS)
        discounts: list[tuple[str, str]] = []
        if sum(1 for _, born in family.children if born <= signed) >= 2 and self.chance(0.55):
            discounts.append(("multi_child", self.pick(_MULTI_CHILD_EVIDENCE)))
        if referrer is not None:
            discounts.append(("referral", f"{referrer.name} 고객 소개"))
        note = self.pick(_CONTRACT_NOTES) if self.chance(0.08) else ""
        contract = Contract(
            family=family,
            offer=offer,
            months=months,
            signed_at=at,
            history=_signed_history(offer, start, months, trial_days=offer.trial_days),
            delivery_day=delivery_day,
            swap_weekday=swap_weekday,
            last_at=at,
            busy_until=start,
        )
        self.contracts.append(contract)

        def run(now: datetime, staff_id: int) -> None:
            lines = [(self.catalogue.discount_ids[key], evidence) for key, evidence in discounts]
            if sibling_of is not None:
                lines.append((self.catalogue.discount_ids["sibling"], f"첫 구독 {sibling_of.contract_number}"))
            new = NewSubscription(
                customer_id=family.customer_id,
                plan_id=self.catalogue.plan_ids[offer.key],
                term_months=months,
                start_on=start,
                payment_method=payment,
                delivery_day=delivery_day,
                swap_weekday=swap_weekday,
                discounts=tuple(lines),
                note=note,
                # A friend's word at the first sign-up: the friend's referral code (추천인 코드), both rewarded.
                referral_code=referral_code(referrer.customer_id) if referrer is not None else "",
            )
            contract.subscription_id = sign_up(self.db, staff_id=staff_id, new=new, now=now)
            contract.contract_number = format_contract_number(contract.subscription_id, shop_today(now))
            self.counts["subscriptions"] += 1

        self.schedule(at, run)
        return contract

    def start_delay(self, offer: Offer) -> int:
        """Days from signing to the start: the first box some days later, rentals mostly at once."""
        if offer.kind is PlanKind.BOX:
            return self.rng.randint(0, 10)
        if offer.kind is PlanKind.RENTAL:
            return 0 if self.chance(0.6) else self.rng.randint(1, 7)
        return 0

    def term_for(self, offer: Offer) -> int:
        return self.weighted(offer.term_months, [_TERM_WEIGHTS[m] for m in offer.term_months])

    def plan_life(self, contract: Contract) -> None:
        """What becomes of a contract, as far as today: a few end within the free trial; some pause (one in three
        of those comes back early), skip a month's box or change tier; at the end of the term some cancel early,
        about half renew and the rest complete."""
        timeline = contract.timeline
        if timeline.trial_days and self.chance(0.07):
            effective = timeline.start + timedelta(days=self.rng.randint(3, timeline.trial_days))
            told = max(effective - timedelta(days=self.rng.randint(0, 2)), contract.signed_on)
            self.try_cancel(contract, told, effective=effective, note=self.pick(TRIAL_CANCEL_NOTES))
            return
        steps: list[tuple[date, Callable[[date], bool]]] = []
        if self.chance(0.18) and (timeline.mandatory_end - timeline.paid_from).days > 150:
            first = self.day_between(
                timeline.paid_from + timedelta(days=30), timeline.mandatory_end - timedelta(days=90)
            )
            last = first + timedelta(days=self.rng.randint(13, 59))
            told = first - timedelta(days=self.rng.randint(2, 20))
            steps.append((told, partial(self.try_pause, contract, first=first, last=last, note=self.pick(PAUSE_NOTES))))
            if self.chance(0.3):
                resume_on = first + timedelta(days=self.rng.randint(5, (last - first).days))
                told = resume_on - timedelta(days=self.rng.randint(0, 3))
                steps.append((told, partial(self.try_resume, contract, resume_on=resume_on)))
        if contract.delivery_day is not None and self.chance(0.3):
            for _ in range(self.rng.randint(1, 2)):
                month = add_months(timeline.paid_from, self.rng.randint(1, contract.months - 1))
                delivery_on = date(month.year, month.month, contract.delivery_day)
                told = delivery_on - timedelta(days=self.rng.randint(3, 15))
                steps.append(
                    (told, partial(self.try_skip, contract, delivery_on=delivery_on, note=self.pick(SKIP_NOTES)))
                )
        if contract.offer.key in OTHER_TIER and self.chance(0.12):
            told = self.day_between(timeline.start + timedelta(days=10), timeline.mandatory_end - timedelta(days=45))
            steps.append((told, partial(self.try_change, contract, target=OFFERS[OTHER_TIER[contract.offer.key]])))
        for told, step in sorted(steps, key=lambda s: s[0]):
            if told > self.today:
                break
            step(told)
        self.plan_ending(contract)

    def plan_ending(self, contract: Contract) -> None:
        timeline = contract.timeline
        last_step = shop_today(contract.last_at)
        roll = self.rng.random()
        if roll < 0.13:
            first = max(timeline.paid_from + timedelta(days=45), contract.busy_until + timedelta(days=1))
            last = timeline.end - timedelta(days=20)
            if first > last:
                return
            effective = self.day_between(first, last)
            told = max(effective - timedelta(days=self.rng.randint(0, 30)), last_step)
            if told <= self.today:
                self.try_cancel(contract, told, effective=effective, note=self.pick(CANCEL_NOTES))
        elif roll < 0.65:
            # Most renew within the window before the term ends; a few come back a little after it.
            if self.chance(0.9):
                told = timeline.end - timedelta(days=self.rng.randint(0, 75))
            else:
                told = timeline.end + timedelta(days=self.rng.randint(1, 10))
            told = max(told, last_step)
            if told <= self.today:
                renewal = self.try_renew(contract, told)
                if renewal is not None:
                    self.plan_life(renewal)

    # Each step is checked with the rules the service applies, against the contract's timeline as the steps before
    # it leave it; a step the rules would refuse is not planned. Each returns whether it was planned.

    def step_at(self, contract: Contract, told: date) -> datetime | None:
        """The moment of a step told on *told* (after the contract's last step), or None if it falls after today."""
        at = self.moment_on(told, after=contract.last_at)
        return at if shop_today(at) <= self.today else None

    def try_pause(self, contract: Contract, told: date, *, first: date, last: date, note: str) -> bool:
        at = self.step_at(contract, told)
        if at is None:
            return False
        try:
            checked = check_pause(contract.timeline, Pause(first, last), max_days=_MAX_PAUSE_DAYS)
        except ValidationError:
            return False
        contract.record(EventKind.PAUSE, checked.first, until=checked.last)
        contract.last_at, contract.busy_until = at, max(contract.busy_until, last)

        def run(now: datetime, staff_id: int) -> None:
            pause(
                self.db,
                staff_id=staff_id,
                subscription_id=contract.subscription_id,
                first=first,
                last=last,
                note=note,
                now=now,
            )
            self.counts["pauses"] += 1

        self.schedule(at, run)
        return True

    def try_resume(self, contract: Contract, told: date, *, resume_on: date) -> bool:
        at = self.step_at(contract, told)
        if at is None:
            return False
        try:
            paused = contract.history.resumption(resume_on).pause_event
        except ValidationError:
            return False
        contract.record(EventKind.RESUME, resume_on, refers_to_id=paused.id)
        contract.last_at = at

        def run(now: datetime, staff_id: int) -> None:
            resume(self.db, staff_id=staff_id, subscription_id=contract.subscription_id, resume_on=resume_on, now=now)
            self.counts["resumes"] += 1

        self.schedule(at, run)
        return True

    def try_skip(self, contract: Contract, told: date, *, delivery_on: date, note: str) -> bool:
        at = self.step_at(contract, told)
        if at is None or contract.offer.kind is not PlanKind.BOX:
            return False
        if delivery_on in contract.skipped:
            return False
        try:
            check_skip(contract.timeline, delivery_on)
        except ValidationError:
            return False
        contract.record(EventKind.SKIP, delivery_on)
        contract.last_at, contract.busy_until = at, max(contract.busy_until, delivery_on)

        def run(now: datetime, staff_id: int) -> None:
            skip_delivery(
                self.db,
                staff_id=staff_id,
                subscription_id=contract.subscription_id,
                delivery_on=delivery_on,
                note=note,
                now=now,
            )
            self.counts["skipped_deliveries"] += 1

        self.schedule(at, run)
        return True

    def try_change(self, contract: Contract, told: date, *, target: Offer) -> bool:
        """To the other tier of the same kind, from the next monthly cycle (once per contract)."""
        at = self.step_at(contract, told)
        if at is None or contract.changes:
            return False
        day = shop_today(at)
        if target.kind is not contract.offer.kind or target is contract.offer_on(day):
            return False
        if contract.months not in target.term_months:
            return False
        try:
            effective = plan_change_date(contract.timeline, day)
        except ValidationError:
            return False
        contract.record(
            EventKind.PLAN_CHANGE, effective, plan_id=_stand_in_id(target), monthly_fee=target.monthly_price
        )
        contract.last_at, contract.busy_until = at, max(contract.busy_until, effective)

        def run(now: datetime, staff_id: int) -> None:
            change_plan(
                self.db,
                staff_id=staff_id,
                subscription_id=contract.subscription_id,
                plan_id=self.catalogue.plan_ids[target.key],
                now=now,
            )
            self.counts["plan_changes"] += 1

        self.schedule(at, run)
        return True

    def try_cancel(self, contract: Contract, told: date, *, effective: date, note: str) -> bool:
        at = self.step_at(contract, told)
        if at is None:
            return False
        try:
            check_cancel(contract.timeline, effective)
        except ValidationError:
            return False
        contract.record(EventKind.CANCEL, effective)
        contract.cancel_from(effective)
        contract.last_at = at

        def run(now: datetime, staff_id: int) -> None:
            fee = cancel(
                self.db,
                staff_id=staff_id,
                subscription_id=contract.subscription_id,
                effective_on=effective,
                note=note,
                now=now,
            )
            self.counts["cancellations"] += 1
            self.counts["cancellation_fees"] += fee.fee

        self.schedule(at, run)
        return True

    def try_renew(self, contract: Contract, told: date) -> Contract | None:
        """A new linked contract from the day after the term (no second trial); the renewal, if planned."""
        at = self.step_at(contract, told)
        if at is None:
            return None
        day = shop_today(at)
        try:
            start = renewal_start(contract.timeline, day)
            check_start(start, registered_on=contract.family.registered_on, today=day)
        except ValidationError:
            return None
        offer = contract.offer_on(start)
        months = self.term_for(offer)
        payment = PaymentMethod.AUTO_DEBIT if self.chance(0.15) else None
        contract.record(EventKind.RENEW, start)
        contract.mark_renewed()
        contract.last_at = at
        renewal = Contract(
            family=contract.family,
            offer=offer,
            months=months,
            signed_at=at,
            history=_signed_history(offer, start, months, trial_days=0),
            delivery_day=contract.delivery_day,
            swap_weekday=contract.swap_weekday,
            last_at=at,
            busy_until=start,
        )
        self.contracts.append(renewal)

        def run(now: datetime, staff_id: int) -> None:
            renewal.subscription_id = renew(
                self.db,
                staff_id=staff_id,
                subscription_id=contract.subscription_id,
                term_months=months,
                payment_method=payment,
                now=now,
            )
            renewal.contract_number = format_contract_number(renewal.subscription_id, shop_today(now))
            self.counts["subscriptions"] += 1
            self.counts["renewals"] += 1

        self.schedule(at, run)
        return renewal
