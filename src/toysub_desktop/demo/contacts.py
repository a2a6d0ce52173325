"""What happens to the families' contacts over about three years: registrations (a slip corrected now and
then), moves, stays with the grandparents, number changes, spouses' phones, new siblings, marketing answers and
contact checks — each a call to the contact and customer services a clerk's input makes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Literal

from toysub_desktop.demo.people import CUSTOMER_NOTES, Family, People
from toysub_desktop.demo.story import HISTORY_DAYS, Action, Part, Story, month_index, month_of_index
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod, PhoneRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.services.contacts import (
    change_phone,
    confirm_contacts,
    correct_address,
    correct_phone,
    record_move,
    record_temporary_address,
    remove_phone,
    set_temporary_address_end,
)
from toysub_desktop.services.customers import (
    add_child,
    address_in_effect_on,
    customer_card,
    phones_in_effect_on,
    record_marketing_consent,
    register_customer,
)
from toysub_desktop.services.inputs import AddressInput, ChildInput, ConsentInput, NewCustomer, PhoneInput

# --- what happens over time ------------------------------------------------------------------------------------

_ADDRESS_TYPO_REASONS = (
    "호수 잘못 입력 — 고객 확인",
    "동 번호 오기, 택배 반송 후 확인",
    "동·호수 오기 — 고객 전화로 확인",
)
_PHONE_TYPO_REASONS = (
    "번호 한 자리 잘못 입력 — 고객 확인",
    "문자 발송 실패, 고객에게 확인 후 정정",
)
#: Notes on a move the shop heard of before it happened, and after.
_MOVE_NOTES_AHEAD = ("", "", "방문 시 알려 주심", "미리 전화로 알려 주심")
_MOVE_NOTES_AFTER = ("", "", "이사 — 고객 전화", "카카오톡으로 새 주소 받음")
_TEMPORARY_NOTES = ("외가에서 산후조리", "친정 방문 — 돌아오는 날 미정", "할머니 댁에서 지냄", "방학 동안 외가")


def _notice_version(day: date) -> str:
    """The personal-data notice in use on *day* (its wording was revised over the years)."""
    if day >= date(2026, 1, 1):
        return CURRENT_NOTICE_VERSION
    return "2024-07" if day >= date(2024, 7, 1) else "2023-01"


class Contacts(Part):
    """Plans the families' registrations and contact changes."""

    def __init__(self, story: Story, people: People) -> None:
        super().__init__(story)
        self.people = people

    def plan(self, families: list[Family]) -> None:
        n = len(families)

        def registered_before(days: int) -> list[Family]:
            return [f for f in families if (self.today - f.registered_on).days >= days]

        def excluding(pool: Sequence[Family], *others: Collection[Family]) -> list[Family]:
            taken = {f for other in others for f in other}
            return [f for f in pool if f not in taken]

        changers = self.sample(registered_before(60), round(n * 0.25))
        # Some still had a pre-2010s 01X number at registration: a few changed to 010 since, a few still have it.
        retired = [f for f in changers if self.chance(0.15)]
        retired += self.sample(excluding(families, changers), max(1, round(n * 0.01)))
        # A home phone: a landline for some, an internet phone (070) for a few.
        with_home = self.sample(families, max(2, round(n * 0.15)))
        for index, family in enumerate(with_home):
            if index % 5 == 4:
                family.home = self.people.internet_phone()
            else:
                family.home, family.home_is_landline = self.people.landline(family.district), True
        with_detail = [f for f in families if any(c.isdigit() for c in f.address.detail)]
        address_typos = set(self.sample(with_detail, max(1, round(n * 0.03))))
        phone_typos = set(self.sample(excluding(families, retired), max(1, round(n * 0.02))))
        for family in families:
            self.plan_registration(
                family,
                retired=family in retired,
                address_typo=family in address_typos,
                phone_typo=family in phone_typos,
            )

        movers = self.sample(registered_before(120), round(n * 0.30))
        twice = {f for f in movers if (self.today - f.registered_on).days >= 400 and self.chance(0.35)}
        move_typos = set(self.sample(movers, max(1, round(n * 0.015))))
        date_corrections = set(self.sample(excluding(movers, twice, move_typos), max(1, round(n * 0.01))))
        for family in movers:
            correction: Literal["typo", "date"] | None = None
            if family in move_typos:
                correction = "typo"
            elif family in date_corrections:
                correction = "date"
            self.plan_moves(family, twice=family in twice, correction=correction)
        future_movers = self.sample(registered_before(2), max(1, round(n * 0.025)))
        for family in future_movers:
            self.plan_future_move(family)

        stayers = self.sample(excluding(registered_before(90), movers, future_movers), max(2, round(n * 0.04)))
        still_away = min(2, max(1, len(stayers) // 8))
        for index, family in enumerate(stayers):
            if index < still_away:
                self.plan_open_temporary_stay(family)
            else:
                self.plan_temporary_stay(family, end_known_at_once=index % 3 != 0)

        for family in changers:
            self.plan_number_change(family)
        for family in self.sample(registered_before(2), max(2, round(n / 200))):
            self.plan_future_number_change(family)
        spouseless = [f for f in registered_before(60) if f.spouse is None]
        with_spouse = [f for f in registered_before(60) if f.spouse is not None]
        for family in self.sample(spouseless, max(1, round(n * 0.03))):
            self.plan_spouse_added(family)
        for family in self.sample(with_spouse, max(1, round(n * 0.02))):
            self.plan_spouse_removed(family)

        for family in self.sample(registered_before(180), round(n * 0.06)):
            self.plan_new_sibling(family)
        for family in self.sample(registered_before(30), max(1, round(n * 0.04))):
            self.plan_marketing_change(family)
        for family in registered_before(300):
            # Contacts confirmed at a visit or a renewal: some lately, some only around the first anniversary
            # (over a year ago, so they are due for a check again), many never since registration.
            if self.chance(0.4):
                first = max(family.registered_on + timedelta(days=300), self.today - timedelta(days=120))
                self.plan_confirmation(family, self.day_between(first, self.today))
            if (self.today - family.registered_on).days >= 800 and self.chance(0.3):
                self.plan_confirmation(family, family.registered_on + timedelta(days=365 + self.rng.randint(-20, 20)))

    def plan_registration(self, family: Family, *, retired: bool, address_typo: bool, phone_typo: bool) -> None:
        if retired:
            family.primary = self.people.retired_mobile()
        typed_primary = self.people.typo_of(family.primary) if phone_typo else family.primary
        typed_address = self.people.with_detail_typo(family.address) if address_typo else family.address
        phones = [PhoneInput(PhoneRole.PRIMARY, typed_primary)]
        if family.spouse:
            phones.append(PhoneInput(PhoneRole.SPOUSE, family.spouse))
        if family.home:
            phones.append(PhoneInput(PhoneRole.HOME, family.home))
        if self.chance(0.05):  # a grandparent who often picks up the box
            phones.append(
                PhoneInput(PhoneRole.OTHER, self.people.retired_mobile() if self.chance(0.3) else self.people.mobile())
            )
        family.marketing = self.chance(0.6)
        day = family.registered_on
        method = ConsentMethod.PAPER if self.chance(0.65) else ConsentMethod.ELECTRONIC
        notes = self.pick(CUSTOMER_NOTES) if self.chance(0.08) else ""
        children = self.people.children(family)
        # Allergies are recorded only under the sensitive-data consent, which the notice asks since its current
        # version; families registered before told the shop nothing the shop wrote down.
        asked = _notice_version(day) == CURRENT_NOTICE_VERSION
        if not asked:
            children = tuple(dataclasses.replace(child, health_notes="") for child in children)
        new = NewCustomer(
            name=family.name,
            phones=tuple(phones),
            address=typed_address,
            consent=ConsentInput(
                personal_data=True,
                marketing=family.marketing,
                given_on=day,
                method=method,
                notice_version=_notice_version(day),
                sensitive=asked and any(child.health_notes for child in children),
            ),
            email=family.email,
            notes=notes,
            children=children,
        )

        def register(now: datetime, staff_id: int) -> None:
            family.customer_id = register_customer(self.db, staff_id=staff_id, new=new, now=now)
            self.counts["customers"] += 1
            self.counts["children"] += len(new.children)

        registered = self.schedule(family.registered_at, register)
        if address_typo:
            reason = self.pick(_ADDRESS_TYPO_REASONS)
            self.schedule(
                self.moment_on(self.after_registration(family.registered_on, 0, 10), after=registered),
                self.registration_address_fix(family, family.address, reason),
            )
        if phone_typo:
            reason = self.pick(_PHONE_TYPO_REASONS)
            self.schedule(
                self.moment_on(self.after_registration(family.registered_on, 0, 7), after=registered),
                self.registration_phone_fix(family, family.primary, reason),
            )

    def registration_address_fix(self, family: Family, right: AddressInput, reason: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            typed = address_in_effect_on(self.db, family.customer_id, family.registered_on)
            assert typed is not None
            correct_address(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                version_id=typed.version_id,
                address=right,
                reason=reason,
                now=now,
            )
            self.counts["corrections"] += 1

        return run

    def registration_phone_fix(self, family: Family, right: str, reason: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            phones = phones_in_effect_on(self.db, family.customer_id, family.registered_on)
            typed = next(p for p in phones if p.role is PhoneRole.PRIMARY)
            correct_phone(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                version_id=typed.version_id,
                number=right,
                reason=reason,
                now=now,
            )
            self.counts["corrections"] += 1

        return run

    def plan_moves(self, family: Family, *, twice: bool, correction: Literal["typo", "date"] | None) -> None:
        registered = family.registered_on
        if twice:
            middle = registered + (self.today - registered) / 2
            first = self.day_between(registered + timedelta(days=60), middle)
            days = [first, self.day_between(first + timedelta(days=90), self.today - timedelta(days=1))]
        else:
            days = [self.day_between(registered + timedelta(days=60), self.today - timedelta(days=1))]
        for effective in days:
            # Told a few weeks ahead, or after the fact.
            told = effective + timedelta(days=self.rng.randint(-21, 10))
            told = min(max(told, registered + timedelta(days=1)), self.today)
            recorded = self.moment_on(told, after=family.registered_at)
            district = self.people.district(near=family.district)
            address = self.people.address(district)
            typo = correction == "typo" and any(c.isdigit() for c in address.detail) and told < self.today
            key = f"move-{effective.isoformat()}"
            self.schedule(
                recorded,
                self.move(family, self.people.with_detail_typo(address) if typo else address, effective, told, key),
            )
            family.district, family.address = district, address
            family.last_move_at = recorded
            if family.home_is_landline and family.home:
                self.plan_home_phone_after_move(family, effective, recorded)
            if typo:
                fixed = self.moment_on(min(told + timedelta(days=self.rng.randint(1, 7)), self.today), after=recorded)
                self.schedule(fixed, self.move_fix(family, key, address, None, self.pick(_ADDRESS_TYPO_REASONS)))
            elif correction == "date" and told < self.today:
                actual = effective + timedelta(days=self.pick((-7, -3, 3, 5, 7, 14)))
                actual = min(max(actual, registered + timedelta(days=1)), self.today - timedelta(days=1))
                if actual != effective:
                    fixed = self.moment_on(
                        min(told + timedelta(days=self.rng.randint(1, 14)), self.today), after=recorded
                    )
                    self.schedule(
                        fixed, self.move_fix(family, key, address, actual, "이사 날짜 정정 — 실제 이사일 확인")
                    )

    def move(self, family: Family, address: AddressInput, effective: date, told: date, key: str) -> Action:
        note = self.pick(_MOVE_NOTES_AHEAD if told < effective else _MOVE_NOTES_AFTER)

        def run(now: datetime, staff_id: int) -> None:
            family.versions[key] = record_move(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                address=address,
                effective_from=effective,
                note=note,
                now=now,
            )
            self.counts["scheduled_moves" if effective > self.today else "moves"] += 1

        return run

    def move_fix(self, family: Family, key: str, right: AddressInput, effective: date | None, reason: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            correct_address(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                version_id=family.versions[key],
                address=right,
                reason=reason,
                effective_from=effective,
                now=now,
            )
            self.counts["corrections"] += 1

        return run

    def plan_home_phone_after_move(self, family: Family, effective: date, recorded: datetime) -> None:
        """A landline stays behind: most families drop it, some get a new one at the new home."""
        roll = self.rng.random()
        at = self.moment_on(shop_today(recorded), after=recorded)
        if roll < 0.5:
            family.home, family.home_is_landline = None, False
            self.schedule(at, self.phone_removed(family, PhoneRole.HOME, effective, "이사하며 집 전화 해지"))
        elif roll < 0.8:
            family.home = self.people.landline(family.district)
            self.schedule(
                at, self.phone_changed(family, PhoneRole.HOME, family.home, effective, "이사로 집 전화번호 변경")
            )

    def plan_future_move(self, family: Family) -> None:
        """A move a few weeks ahead, told lately. It is told after any earlier move of the family: the services
        refuse a move dated before one already on record, as a clerk would learn of the earlier one first."""
        effective = self.today + timedelta(days=self.rng.randint(1, 60))
        earliest = max(family.registered_on + timedelta(days=1), self.today - timedelta(days=20))
        after = family.registered_at
        if family.last_move_at is not None:
            earliest, after = max(earliest, shop_today(family.last_move_at)), family.last_move_at
        told = self.day_between(earliest, self.today)
        district = self.people.district(near=family.district)
        address = self.people.address(district)
        family.district, family.address = district, address
        self.schedule(self.moment_on(told, after=after), self.move(family, address, effective, told, "future-move"))

    def plan_open_temporary_stay(self, family: Family) -> None:
        """Staying with the grandparents since lately, back on a day nobody knows yet."""
        start = self.day_between(
            max(family.registered_on + timedelta(days=10), self.today - timedelta(days=45)),
            self.today - timedelta(days=3),
        )
        told = self.day_between(max(family.registered_on + timedelta(days=1), start - timedelta(days=7)), start)
        address = self.people.grandparents_address(family.district)
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.temporary_stay(family, address, start, None, self.pick(_TEMPORARY_NOTES[:2])),
        )

    def plan_temporary_stay(self, family: Family, *, end_known_at_once: bool) -> None:
        registered = family.registered_on
        start = self.day_between(registered + timedelta(days=30), self.today - timedelta(days=30))
        end = min(start + timedelta(days=self.rng.randint(14, 70)), self.today - timedelta(days=1))
        told = self.day_between(max(registered + timedelta(days=1), start - timedelta(days=10)), start)
        address = self.people.grandparents_address(family.district)
        recorded = self.moment_on(told, after=family.registered_at)
        note = self.pick(_TEMPORARY_NOTES)
        self.schedule(recorded, self.temporary_stay(family, address, start, end if end_known_at_once else None, note))
        if not end_known_at_once:
            told_end = end + timedelta(days=self.rng.randint(-5, 3))
            told_end = min(max(told_end, told + timedelta(days=1)), self.today)
            self.schedule(self.moment_on(told_end, after=recorded), self.temporary_stay_end(family, end))

    def temporary_stay(self, family: Family, address: AddressInput, start: date, end: date | None, note: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            family.versions["temporary"] = record_temporary_address(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                address=address,
                effective_from=start,
                effective_until=end,
                note=note,
                now=now,
            )
            self.counts["temporary_stays"] += 1

        return run

    def temporary_stay_end(self, family: Family, end: date) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            set_temporary_address_end(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                version_id=family.versions["temporary"],
                effective_until=end,
                now=now,
            )

        return run

    def plan_number_change(self, family: Family) -> None:
        registered = family.registered_on
        effective = self.day_between(registered + timedelta(days=45), self.today - timedelta(days=1))
        told = effective + timedelta(days=self.rng.randint(0, 10) if self.chance(0.7) else -self.rng.randint(1, 7))
        told = min(max(told, registered + timedelta(days=1)), self.today)
        retired = family.primary[:3] != "010"
        family.primary = self.people.mobile()
        note = "010 번호로 통합" if retired else self.pick(("", "", "고객 전화로 알림", "통신사를 바꾸며 새 번호"))
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_changed(family, PhoneRole.PRIMARY, family.primary, effective, note),
        )

    def plan_future_number_change(self, family: Family) -> None:
        effective = self.today + timedelta(days=self.rng.randint(1, 30))
        told = self.day_between(
            max(family.registered_on + timedelta(days=1), self.today - timedelta(days=14)), self.today
        )
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_changed(family, PhoneRole.PRIMARY, self.people.mobile(), effective, "새 번호 개통 예정"),
        )

    def plan_spouse_added(self, family: Family) -> None:
        effective = self.day_between(family.registered_on + timedelta(days=30), self.today - timedelta(days=1))
        told = min(effective + timedelta(days=self.rng.randint(0, 5)), self.today)
        family.spouse = self.people.mobile()
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_changed(family, PhoneRole.SPOUSE, family.spouse, effective, "배우자 번호 추가"),
        )

    def plan_spouse_removed(self, family: Family) -> None:
        effective = self.day_between(family.registered_on + timedelta(days=30), self.today - timedelta(days=1))
        told = min(effective + timedelta(days=self.rng.randint(0, 5)), self.today)
        family.spouse = None
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_removed(family, PhoneRole.SPOUSE, effective, "배우자 번호 삭제 요청"),
        )

    def phone_changed(self, family: Family, role: PhoneRole, number: str, effective: date, note: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            change_phone(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                role=role,
                number=number,
                effective_from=effective,
                note=note,
                now=now,
            )
            if role is PhoneRole.PRIMARY:
                self.counts["scheduled_number_changes" if effective > self.today else "number_changes"] += 1

        return run

    def phone_removed(self, family: Family, role: PhoneRole, effective: date, note: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            remove_phone(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                expected_version=None,
                role=role,
                effective_from=effective,
                note=note,
                now=now,
            )

        return run

    def plan_new_sibling(self, family: Family) -> None:
        """A baby born since registration, added at a later visit."""
        told = self.after_registration(family.registered_on, 150, HISTORY_DAYS)
        birth = month_index(told) - self.rng.randint(0, 4)
        if birth < max(month_index(born) for _, born in family.children) + 12:
            return
        year, month = month_of_index(birth)
        name = self.people.child_name(family, [n for n, _ in family.children])
        family.children.append((name, date(year, month, 1)))
        child = ChildInput(name, year, month, "")

        def run(now: datetime, staff_id: int) -> None:
            add_child(
                self.db, staff_id=staff_id, customer_id=family.customer_id, expected_version=None, child=child, now=now
            )
            self.counts["children"] += 1

        self.schedule(self.moment_on(told, after=family.registered_at), run)

    def plan_marketing_change(self, family: Family) -> None:
        """Changed their mind about marketing messages, by phone or by link."""
        told = self.after_registration(family.registered_on, 30, HISTORY_DAYS)
        granted = not family.marketing
        family.marketing = granted
        method = self.pick((ConsentMethod.VERBAL, ConsentMethod.ELECTRONIC))

        def run(now: datetime, staff_id: int) -> None:
            record_marketing_consent(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                granted=granted,
                given_on=shop_today(now),
                method=method,
                notice_version=_notice_version(shop_today(now)),
                now=now,
            )

        self.schedule(self.moment_on(told, after=family.registered_at), run)

    def plan_confirmation(self, family: Family, day: date) -> None:
        def run(now: datetime, staff_id: int) -> None:
            today = shop_today(now)
            card = customer_card(self.db, family.customer_id, today=today)
            confirm_contacts(
                self.db,
                staff_id=staff_id,
                customer_id=family.customer_id,
                address_version_ids=(card.current_address.version_id,) if card.current_address else (),
                phone_version_ids=tuple(p.version_id for p in card.current_phones),
                confirmed_on=today,
                now=now,
            )
            self.counts["confirmations"] += 1

        self.schedule(self.moment_on(day, after=family.registered_at), run)
