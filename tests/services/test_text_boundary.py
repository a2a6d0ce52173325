"""Every text a clerk types or pastes passes one boundary before a service writes it, with the same answer on
SQLite and PostgreSQL: an invisible control character (a NUL from a paste) or a text longer than its column is
refused beside its field with nothing written; a search drops such characters instead."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest

import toysub_desktop.services
from boundary_support import Shop, boundary_shop, card, plan_id, rows
from rental_support import TODAY, later
from support import HOME, NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.domain.bank_statements import DEPOSITOR_NAME_MAX
from toysub_desktop.domain.contact_log import CONTACT_NOTE_MAX, RESOLUTION_MAX, ContactKind
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, NOTICE_VERSION_MAX, ConsentMethod, PhoneRole
from toysub_desktop.domain.day_close import CLOSE_REASON_MAX
from toysub_desktop.domain.deliveries import COURIER_MAX
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.feedback import FEEDBACK_COMMENT_MAX, QUESTIONS_TEXT_MAX, SURVEY_TITLE_MAX, FeedbackSubject
from toysub_desktop.domain.holds import HOLD_NOTE_MAX
from toysub_desktop.domain.ledger import ENTRY_NOTE_MAX, PaymentMeans
from toysub_desktop.domain.messages import TEMPLATE_MAX, MessageList
from toysub_desktop.domain.person import EMAIL_MAX, NAME_MAX
from toysub_desktop.domain.plans import EVIDENCE_MAX, PLAN_NAME_MAX, TIER_MAX, Cadence, PlanKind, TermOption
from toysub_desktop.domain.points import POINTS_REASON_MAX
from toysub_desktop.domain.price_notices import NoticeMethod
from toysub_desktop.domain.prospects import INTEREST_MAX, OUTCOME_NOTE_MAX, ProspectKind, ProspectSource
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.domain.segments import SEGMENT_NAME_MAX, SegmentCriteria
from toysub_desktop.domain.shop import SHOP_ADDRESS_MAX, SHOP_NAME_MAX, TERMS_MAX
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.domain.text_input import CONTROL_CHARACTER, LONG_NOTE_MAX, NOTE_MAX, TOO_LONG
from toysub_desktop.domain.tiers import TIER_NAME_MAX, TierBasis, TierInput
from toysub_desktop.domain.toys import BRAND_MAX, TOY_NAME_MAX, ItemState, ToyCategory
from toysub_desktop.services import (
    contact_log,
    contacts,
    customers,
    day_close,
    deliveries,
    deposits,
    feedback,
    holds,
    ledger,
    message_lists,
    plans,
    points,
    prospects,
    rentals,
    segments,
    subscriptions,
    tiers,
    toys,
)
from toysub_desktop.services import shop as shop_service
from toysub_desktop.services.customers import CHILD_NOTES_LIMIT, customer_card
from toysub_desktop.services.inputs import AddressInput, ChildInput
from toysub_desktop.services.price_notices import record_price_notice
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.subscriptions import NewSubscription


@pytest.fixture
def shop(db: Database, owner_id: int) -> Shop:
    return boundary_shop(db, owner_id)


Call = Callable[[Database, Shop, str], object]


@dataclass(frozen=True)
class TextEntry:
    """One text a service takes: the field its problems are shown beside, its limit, and how to enter it."""

    name: str
    field: str
    limit: int
    enter: Call


def _version(db: Database, customer_id: int) -> int:
    return customer_card(db, customer_id, today=TODAY).version


def _shop_version(db: Database) -> int:
    return shop_service.shop_settings(db).version


def _settings(db: Database, s: Shop, t: str) -> object:
    current = shop_service.subscription_settings(db)
    return shop_service.update_subscription_settings(
        db, by_staff_id=s.rentals.owner, price_notice_days=current.price_notice_days,
        pause_end_rule=PauseEndRule.EXTEND_TERM, max_pause_days=current.max_pause_days,
        early_termination_percent=10, early_termination_cap=None, pause_terms="", cancellation_terms=t,
        refund_terms="", expected_version=current.version, now=NOW,
    )  # fmt: skip


ENTRIES: tuple[TextEntry, ...] = (
    # --- customers
    TextEntry("register: notes", "notes", LONG_NOTE_MAX, lambda db, s, t: customers.register_customer(
        db, staff_id=s.rentals.owner, new=replace(new_customer("최유나", phone="010-7777-8888"), notes=t), now=NOW)),
    TextEntry("register: email", "email", EMAIL_MAX, lambda db, s, t: customers.register_customer(
        db, staff_id=s.rentals.owner, new=replace(new_customer("최유나", phone="010-7777-8888"), email=t + "@a.kr"),
        now=NOW)),
    TextEntry("register: entry notes", "address.entry_notes", 200, lambda db, s, t: customers.register_customer(
        db, staff_id=s.rentals.owner, new=new_customer("최유나", phone="010-7777-8888",
        address=replace(HOME, entry_notes=t)), now=NOW)),
    TextEntry("register: child notes", "children[0].notes", CHILD_NOTES_LIMIT,
        lambda db, s, t: customers.register_customer(db, staff_id=s.rentals.owner, new=new_customer(
            "최유나", phone="010-7777-8888", children=(ChildInput("최하은", 2024, 2, t),)), now=NOW)),
    TextEntry("details: notes", "notes", LONG_NOTE_MAX, lambda db, s, t: customers.update_customer_details(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer,
        expected_version=_version(db, s.rentals.customer), name="김민수", email="", notes=t, now=NOW)),
    TextEntry("details: depositor name", "depositor_name", DEPOSITOR_NAME_MAX,
        lambda db, s, t: customers.update_customer_details(db, staff_id=s.rentals.owner,
        customer_id=s.rentals.customer, expected_version=_version(db, s.rentals.customer), name="김민수", email="",
        notes="", depositor_name=t, now=NOW)),
    TextEntry("add child: notes", "children[0].notes", CHILD_NOTES_LIMIT, lambda db, s, t: customers.add_child(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        child=ChildInput("김바다", 2025, 1, t), now=NOW)),
    TextEntry("correct child: reason", "reason", NOTE_MAX, lambda db, s, t: customers.correct_child(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, child_id=s.rentals.child, expected_version=None,
        child=ChildInput("김하은", 2023, 6), reason=t, now=NOW)),
    TextEntry("correct child: notes", "children[0].notes", CHILD_NOTES_LIMIT, lambda db, s, t: customers.correct_child(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, child_id=s.rentals.child, expected_version=None,
        child=ChildInput("김하은", 2023, 6, t), reason="오타", now=NOW)),
    TextEntry("marketing consent: notice version", "consent.notice_version", NOTICE_VERSION_MAX,
        lambda db, s, t: customers.record_marketing_consent(
            db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, granted=True, given_on=TODAY,
            method=ConsentMethod.PAPER, notice_version=CURRENT_NOTICE_VERSION + t, now=NOW)),
    # --- contacts
    TextEntry("move: note", "note", NOTE_MAX, lambda db, s, t: contacts.record_move(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        address=AddressInput("13529", "경기도 성남시 분당구 판교역로 166"), effective_from=TODAY, note=t, now=NOW)),
    TextEntry("move: delivery memo", "address.delivery_memo", 200, lambda db, s, t: contacts.record_move(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        address=AddressInput("13529", "경기도 성남시 분당구 판교역로 166", delivery_memo=t), effective_from=TODAY,
        now=NOW)),
    TextEntry("correct address: reason", "reason", NOTE_MAX, lambda db, s, t: contacts.correct_address(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        version_id=s.address_version, address=AddressInput("13529", "경기도 성남시 분당구 판교역로 166"), reason=t,
        now=NOW)),
    TextEntry("withdraw address: reason", "reason", NOTE_MAX, lambda db, s, t: contacts.withdraw_address(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        version_id=s.address_version, reason=t, now=NOW)),
    TextEntry("change phone: note", "note", NOTE_MAX, lambda db, s, t: contacts.change_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        role=PhoneRole.PRIMARY, number="010-9999-0000", effective_from=TODAY, note=t, now=NOW)),
    TextEntry("remove phone: note", "note", NOTE_MAX, lambda db, s, t: contacts.remove_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        role=PhoneRole.SPOUSE, effective_from=TODAY, note=t, now=NOW)),
    TextEntry("correct phone: reason", "reason", NOTE_MAX, lambda db, s, t: contacts.correct_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        version_id=s.phone_version, number="010-9999-0000", reason=t, now=NOW)),
    TextEntry("withdraw phone: reason", "reason", NOTE_MAX, lambda db, s, t: contacts.withdraw_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        version_id=s.phone_version, reason=t, now=NOW)),
    # --- subscriptions
    TextEntry("sign up: note", "note", LONG_NOTE_MAX, lambda db, s, t: subscriptions.sign_up(
        db, staff_id=s.rentals.owner, new=NewSubscription(s.rentals.no_plan, plan_id(db, "렌털 베이직"), 24, TODAY,
        card(), swap_weekday=1, note=t), now=NOW)),
    TextEntry("sign up: discount evidence", "discounts[0].evidence", EVIDENCE_MAX,
        lambda db, s, t: subscriptions.sign_up(db, staff_id=s.rentals.owner, new=NewSubscription(
            s.rentals.no_plan, plan_id(db, "렌털 베이직"), 24, TODAY, card(), swap_weekday=1,
            discounts=((next(iter(plans.list_discount_categories(db))).id, t),)), now=NOW)),
    TextEntry("pause: note", "note", NOTE_MAX, lambda db, s, t: subscriptions.pause(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription, first=TODAY + timedelta(days=40),
        last=TODAY + timedelta(days=50), note=t, now=NOW)),
    TextEntry("skip: note", "note", NOTE_MAX, lambda db, s, t: subscriptions.skip_delivery(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription, delivery_on=TODAY.replace(month=5, day=10),
        note=t, now=NOW)),
    TextEntry("cancel: note", "note", NOTE_MAX, lambda db, s, t: subscriptions.cancel(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription, effective_on=TODAY + timedelta(days=30),
        note=t, now=NOW)),
    TextEntry("price notice: note", "note", NOTE_MAX, lambda db, s, t: record_price_notice(
        db, staff_id=s.rentals.owner, subscription_id=s.rental_subscription, plan_price_id=s.price_change,
        told_on=TODAY, method=NoticeMethod.PHONE, acknowledged=True, note=t, now=NOW)),
    # --- plans
    TextEntry("plan: name", "name", PLAN_NAME_MAX, lambda db, s, t: plans.create_plan(
        db, staff_id=s.rentals.owner, name=t or " ", kind=PlanKind.BOX, tier="", cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0),), trial_days=0, deposit=0, monthly_price=30_000, now=NOW)),
    TextEntry("plan: tier", "tier", TIER_MAX, lambda db, s, t: plans.create_plan(
        db, staff_id=s.rentals.owner, name="새 요금제", kind=PlanKind.BOX, tier=t, cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0),), trial_days=0, deposit=0, monthly_price=30_000, now=NOW)),
    TextEntry("price change: note", "note", NOTE_MAX, lambda db, s, t: plans.schedule_price_change(
        db, staff_id=s.rentals.owner, plan_id=plan_id(db, "렌털 베이직"), monthly_price=31_000,
        effective_from=TODAY + timedelta(days=30), note=t, now=NOW)),
    TextEntry("discount: evidence hint", "evidence_hint", EVIDENCE_MAX, lambda db, s, t: plans.create_discount_category(
        db, staff_id=s.rentals.owner, name="형제", percent=5, evidence_hint=t, now=NOW)),
    # --- deliveries and holds (the text is checked before the deliveries are looked up)
    TextEntry("ship: courier", "courier", COURIER_MAX, lambda db, s, t: deliveries.ship(
        db, staff_id=s.rentals.owner, delivery_ids=[1], courier="택배" + t, now=NOW)),
    TextEntry("ship: tracking number", "tracking_number", 40, lambda db, s, t: deliveries.ship(
        db, staff_id=s.rentals.owner, delivery_ids=[1], courier="CJ대한통운", tracking_number="A" + t, now=NOW)),
    TextEntry("failed: reason", "reason", NOTE_MAX, lambda db, s, t: deliveries.mark_failed(
        db, staff_id=s.rentals.owner, delivery_ids=[1], reason="부재" + t, now=NOW)),
    TextEntry("returned: reason", "reason", NOTE_MAX, lambda db, s, t: deliveries.mark_returned(
        db, staff_id=s.rentals.owner, delivery_ids=[1], reason="반송" + t, now=NOW)),
    TextEntry("unpack: note", "note", NOTE_MAX, lambda db, s, t: deliveries.unpack(
        db, staff_id=s.rentals.owner, delivery_ids=[1], note=t, now=NOW)),
    TextEntry("follow-up: note", "note", NOTE_MAX, lambda db, s, t: deliveries.clear_follow_up(
        db, staff_id=s.rentals.owner, delivery_ids=[1], note=t, now=NOW)),
    TextEntry("out of service: note", "note", HOLD_NOTE_MAX, lambda db, s, t: holds.report_phone_out_of_service(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, phone_version_id=s.phone_version,
        unreachable_from=TODAY, note=t, now=NOW)),
    TextEntry("release holds: note", "note", HOLD_NOTE_MAX, lambda db, s, t: holds.release_holds(
        db, staff_id=s.rentals.owner, holds=[(1, None)], note="통화" + t, now=NOW)),
    # --- toys and rentals
    TextEntry("toy: name", "name", TOY_NAME_MAX, lambda db, s, t: toys.create_toy(
        db, staff_id=s.rentals.owner, name="블록" + t, category=ToyCategory.BLOCKS, min_age_months=12,
        max_age_months=48, brand="", value=30_000, now=NOW)),
    TextEntry("toy: brand", "brand", BRAND_MAX, lambda db, s, t: toys.create_toy(
        db, staff_id=s.rentals.owner, name="블록", category=ToyCategory.BLOCKS, min_age_months=12,
        max_age_months=48, brand=t, value=30_000, now=NOW)),
    TextEntry("items: notes", "notes", NOTE_MAX, lambda db, s, t: toys.add_items(
        db, staff_id=s.rentals.owner, toy_id=s.rentals.toys["piano"], new_labels=1, notes=t, now=NOW)),
    TextEntry("lend: note", "note", NOTE_MAX, lambda db, s, t: rentals.lend(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, child_id=s.rentals.child,
        barcodes=[s.rentals.barcodes["piano"][0]], note=t, now=NOW)),
    TextEntry("reserve: note", "note", NOTE_MAX, lambda db, s, t: rentals.reserve(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, child_id=s.rentals.child,
        toy_id=s.rentals.toys["kitchen"], note=t, now=NOW)),
    TextEntry("return: note", "returns[0].note", NOTE_MAX, lambda db, s, t: rentals.return_items(
        db, staff_id=s.rentals.owner, lines=[rentals.ReturnLine(s.rentals.barcodes["piano"][1],
        ReturnCondition.CLEAN, note=t)], now=later(1))),
    TextEntry("send for work: note", "note", NOTE_MAX, lambda db, s, t: rentals.send_for_work(
        db, staff_id=s.rentals.owner, item_id=s.item, target=ItemState.CLEANING, note=t, now=NOW)),
    TextEntry("retire: note", "note", NOTE_MAX, lambda db, s, t: rentals.retire_item(
        db, staff_id=s.rentals.owner, item_id=s.item, note="분실" + t, now=NOW)),
    TextEntry("cancel reservation: reason", "reason", NOTE_MAX, lambda db, s, t: rentals.cancel_reservation(
        db, staff_id=s.rentals.owner, reservation_id=1, reason=t, now=NOW)),
    TextEntry("void charge: reason", "reason", NOTE_MAX, lambda db, s, t: rentals.void_charge(
        db, staff_id=s.rentals.owner, charge_id=1, reason="정정" + t, now=NOW)),
    # --- money
    # --- contact log and prospects
    TextEntry("contact: note", "note", CONTACT_NOTE_MAX, lambda db, s, t: contact_log.log_contact(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, kind=ContactKind.CALL, note=t, now=NOW)),
    TextEntry("complaint: resolution", "resolution", RESOLUTION_MAX, lambda db, s, t: contact_log.resolve_complaint(
        db, staff_id=s.rentals.owner, entry_id=s.complaint, resolution=t, now=NOW)),
    TextEntry("prospect: name", "name", NAME_MAX, lambda db, s, t: prospects.record_prospect(
        db, staff_id=s.rentals.owner, name=t, phone="", kind=ProspectKind.INQUIRY, source=ProspectSource.BLOG,
        interest="", now=NOW)),
    TextEntry("prospect: interest", "interest", INTEREST_MAX, lambda db, s, t: prospects.record_prospect(
        db, staff_id=s.rentals.owner, name="문의 고객", phone="", kind=ProspectKind.INQUIRY,
        source=ProspectSource.BLOG, interest=t, now=NOW)),
    TextEntry("prospect: note", "note", CONTACT_NOTE_MAX, lambda db, s, t: prospects.record_prospect(
        db, staff_id=s.rentals.owner, name="문의 고객", phone="", kind=ProspectKind.INQUIRY,
        source=ProspectSource.BLOG, interest="", note=t, now=NOW)),
    TextEntry("prospect lost: reason", "outcome_note", OUTCOME_NOTE_MAX, lambda db, s, t:
        prospects.close_prospect_lost(db, staff_id=s.rentals.owner, prospect_id=s.prospect, reason=t, now=NOW)),
    TextEntry("payment: note", "note", ENTRY_NOTE_MAX, lambda db, s, t: ledger.take_payment(
        db, staff_id=s.rentals.owner, payment=ledger.NewPayment(s.rentals.customer, 1_000, PaymentMeans.CASH,
        note=t, keep_credit=True), now=NOW)),
    TextEntry("refund: note", "note", ENTRY_NOTE_MAX, lambda db, s, t: ledger.refund(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, amount=1_000, means=PaymentMeans.CASH,
        note=t, now=NOW)),
    TextEntry("deposit refund: note", "note", ENTRY_NOTE_MAX, lambda db, s, t: deposits.refund_deposit(
        db, staff_id=s.rentals.owner, subscription_id=1, means=PaymentMeans.CASH, customer_agreed=False, note=t,
        now=NOW)),
    TextEntry("write-off: reason", "reason", ENTRY_NOTE_MAX, lambda db, s, t: ledger.write_off(
        db, staff_id=s.rentals.owner, charge_id=1, amount=1_000, reason="면제" + t, now=NOW)),
    TextEntry("void entry: reason", "reason", ENTRY_NOTE_MAX, lambda db, s, t: ledger.void_entry(
        db, staff_id=s.rentals.owner, entry_id=1, reason="정정" + t, now=NOW)),
    TextEntry("points grant: reason", "reason", POINTS_REASON_MAX, lambda db, s, t: points.grant_points(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, points=100, reason="감사" + t, now=NOW)),
    TextEntry("points void: reason", "reason", POINTS_REASON_MAX, lambda db, s, t: points.void_points(
        db, staff_id=s.rentals.owner, entry_id=1, reason="정정" + t, now=NOW)),
    TextEntry("daily close: reason", "reason", CLOSE_REASON_MAX, lambda db, s, t: day_close.close_day(
        db, staff_id=s.rentals.owner, day=TODAY, opening_float=0, counted_cash=1_000, reason="시재 차이" + t,
        now=NOW)),
    TextEntry("daily close re-opened: reason", "reason", CLOSE_REASON_MAX, lambda db, s, t: day_close.reopen_day(
        db, staff_id=s.rentals.owner, day=TODAY, reason="늦게 받은 결제" + t, now=NOW)),
    TextEntry("message list: template", "template", TEMPLATE_MAX, lambda db, s, t: message_lists.export_message_list(
        db, staff_id=s.rentals.owner, request=message_lists.ListRequest(MessageList.RENEWALS), template=t,
        list_name="갱신 안내", path=Path("never-written.csv"), now=NOW)),
    # --- feedback and surveys
    TextEntry("feedback: comment", "comment", FEEDBACK_COMMENT_MAX, lambda db, s, t: feedback.record_feedback(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer,
        about=(FeedbackSubject.TOY, s.rentals.toys["piano"]), rating=4, comment=t, now=NOW)),
    TextEntry("feedback void: reason", "reason", NOTE_MAX, lambda db, s, t: feedback.void_feedback(
        db, staff_id=s.rentals.owner, feedback_id=1, reason="정정" + t, now=NOW)),
    TextEntry("survey: title", "title", SURVEY_TITLE_MAX, lambda db, s, t: feedback.create_survey(
        db, staff_id=s.rentals.owner, title=t, questions="만족하셨나요?", now=NOW)),
    TextEntry("survey: questions", "questions", QUESTIONS_TEXT_MAX, lambda db, s, t: feedback.create_survey(
        db, staff_id=s.rentals.owner, title="봄 조사", questions=t, now=NOW)),
    # --- the shop
    TextEntry("shop: name", "name", SHOP_NAME_MAX, lambda db, s, t: shop_service.update_shop_details(
        db, by_staff_id=s.rentals.owner, name="토이구독" + t, business_number="", address="서울시",
        phone="", expected_version=_shop_version(db), now=NOW)),
    TextEntry("shop: address", "address", SHOP_ADDRESS_MAX, lambda db, s, t: shop_service.update_shop_details(
        db, by_staff_id=s.rentals.owner, name="토이구독", business_number="", address="서울시" + t,
        phone="", expected_version=_shop_version(db), now=NOW)),
    TextEntry("shop: cancellation terms", "cancellation_terms", TERMS_MAX, _settings),
    TextEntry("staff: name", "name", NAME_MAX, lambda db, s, t: shop_service.add_staff(
        db, by_staff_id=s.rentals.owner, name="이수진" + t, now=NOW)),
    # --- segments
    TextEntry("segment: name", "name", SEGMENT_NAME_MAX, lambda db, s, t: segments.create_segment(
        db, staff_id=s.rentals.owner, name="영아" + t, criteria=SegmentCriteria(), now=NOW)),
    TextEntry("tiers: name", "tiers[0].name", TIER_NAME_MAX, lambda db, s, t: tiers.update_tiers(
        db, by_staff_id=s.rentals.owner, basis=TierBasis.TENURE, rows=(TierInput(t, "0", "0"),),
        expected_version=tiers.tier_settings(db).version, now=NOW)),
)  # fmt: skip


def _refused(db: Database, shop: Shop, entry: TextEntry, text: str) -> ValidationError:
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        entry.enter(db, shop, text)
    assert rows(db) == before, f"{entry.name}: something was written"
    return caught.value


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f", "\x9b", "\ud800"], ids=repr)
def test_an_invisible_control_character_is_refused_beside_its_field(db: Database, shop: Shop, character: str) -> None:
    for entry in ENTRIES:
        error = _refused(db, shop, entry, f"확인{character}함")
        problem = error.for_field(entry.field)
        assert problem is not None, f"{entry.name}: {error}"
        if entry.field not in ("email", "address.entry_notes", "address.delivery_memo", "name") or entry.name in (
            "plan: name", "toy: name", "shop: name"
        ):  # fmt: skip
            assert problem.template == CONTROL_CHARACTER, f"{entry.name}: {problem.message}"
            assert problem.arguments["code"] == f"U+{ord(character):04X}"


def test_a_text_longer_than_its_column_is_refused_with_its_limit(db: Database, shop: Shop) -> None:
    for entry in ENTRIES:
        if entry.field == "tracking_number":
            continue  # letters and digits only: the shape is checked with the length below
        error = _refused(db, shop, entry, "가" * (entry.limit + 1))
        problem = error.for_field(entry.field)
        assert problem is not None, f"{entry.name}: {error}"
        if entry.field != "email":
            assert problem.template == TOO_LONG, f"{entry.name}: {problem.message}"
            assert problem.arguments["limit"] == str(entry.limit)


def test_a_note_at_its_limit_is_kept_whole(db: Database, shop: Shop) -> None:
    note = "가" * NOTE_MAX
    subscriptions.pause(
        db, staff_id=shop.rentals.owner, subscription_id=shop.box_subscription, first=TODAY + timedelta(days=40),
        last=TODAY + timedelta(days=50), note=f" {note}\n", now=NOW,
    )  # fmt: skip
    view = subscriptions.subscription_view(db, shop.box_subscription, today=TODAY)
    assert [e.note for e in view.events if e.kind is subscriptions.EventKind.PAUSE] == [note]


def test_a_multi_line_note_keeps_its_lines_and_tabs_and_is_stored_in_one_unicode_form(db: Database, shop: Shop) -> None:
    decomposed = "\u1100\u1161\u11a8"  # 각 as a Mac keyboard or some web pages send it
    customers.update_customer_details(
        db, staff_id=shop.rentals.owner, customer_id=shop.rentals.customer,
        expected_version=_version(db, shop.rentals.customer), name="김민수", email="",
        notes=f"{decomposed} 알레르기\r\n\t현관 비밀번호 1234#  \r\n", now=NOW,
    )  # fmt: skip
    assert customer_card(db, shop.rentals.customer, today=TODAY).notes == "각 알레르기\n\t현관 비밀번호 1234#"


@pytest.mark.parametrize("query", ["\x00", "김\x00민수", "\x1b[A김민수", "김민수\x00\x00", "\ud800"], ids=repr)
def test_a_search_drops_invisible_characters_and_never_fails(db: Database, shop: Shop, query: str) -> None:
    found = search_customers(db, query, today=TODAY)
    plain = search_customers(db, query.replace("\x00", "").replace("\x1b[A", "[A").replace("\ud800", ""), today=TODAY)
    assert [r.id for r in found.rows] == [r.id for r in plain.rows]


def test_a_search_of_nothing_but_a_nul_is_the_empty_search(db: Database, shop: Shop) -> None:
    assert search_customers(db, "\x00", today=TODAY) == search_customers(db, "", today=TODAY)
    names = {r.name for r in search_customers(db, "김\x00민수", today=TODAY).rows}
    assert names == {"김민수"}


@pytest.mark.parametrize("query", ["\x00", "블록\x00", "TS-\x1b1"], ids=repr)
def test_a_toy_or_item_search_drops_invisible_characters(db: Database, shop: Shop, query: str) -> None:
    toys.search_toys(db, query)
    toys.search_items(db, query, today=TODAY)


HUGE = 10**5000  # what int() makes of a pasted 5,001-digit run, had it been read


@pytest.mark.parametrize(
    ("field", "enter"),
    [
        ("monthly_price", lambda db, s: plans.schedule_price_change(
            db, staff_id=s.rentals.owner, plan_id=plan_id(db, "렌털 베이직"), monthly_price=HUGE,
            effective_from=TODAY + timedelta(days=30), now=NOW)),
        ("value", lambda db, s: toys.create_toy(
            db, staff_id=s.rentals.owner, name="블록", category=ToyCategory.BLOCKS, min_age_months=12,
            max_age_months=48, brand="", value=HUGE, now=NOW)),
        ("deposit", lambda db, s: plans.create_plan(
            db, staff_id=s.rentals.owner, name="새 렌털", kind=PlanKind.RENTAL, tier="",
            cadence=Cadence.EVERY_2_WEEKS, terms=(TermOption(12, 0),), trial_days=0, deposit=HUGE,
            monthly_price=30_000, now=NOW)),
    ],
    ids=["price change", "toy value", "deposit"],
)  # fmt: skip
def test_an_absurd_amount_is_refused_beside_its_field_with_nothing_written(
    db: Database, shop: Shop, field: str, enter: Callable[[Database, Shop], object]
) -> None:
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        enter(db, shop)
    assert caught.value.fields == (field,)
    assert "extra zero" in caught.value.problems[0].template
    assert rows(db) == before


#: Service functions taking text that no entry above enters, and why that is safe.
NOT_FREE_TEXT = {
    "delivery_documents.courier_waybill_sheet": "its text is the courier's name, one of domain.waybills' layouts",
    "contacts.change_phone": "its text is a phone number, read by parse_phone (digits only) and its note is entered",
    "contacts.correct_phone": "its text is a phone number, read by parse_phone; its reason is entered",
    "contacts.record_temporary_address": "the address and note go through the same checks as a move",
    "holds.release_hold": "release_holds for one hold",
    "rentals.finish_work": "the note goes through clean_note, as send_for_work",
    "rentals.swap": "returns and loans go through return_items and lend",
    "shop.set_up_shop": "runs once, before any data; the name goes through clean_line",
    "toys.update_toy": "the name, brand and note go through validate_toy, as create_toy",
    "segments.update_segment": "the name goes through clean_segment_name, as create_segment",
    "backups.record_restore": "the staff name comes from the signed-in staff member, not from typing",
    "staff.sign_in": "a PIN is compared with its hash, never stored; only digits ever match",
    "staff.set_first_pin": "a PIN is 4 to 8 ASCII digits (check_pin_format) and is stored only as a hash",
    "staff.recover_owner_pin": "the code is read by normalise_recovery_code and the PIN by check_pin_format",
}


def _entered(function: str) -> bool:
    """Whether an entry above calls *function* (named through its module, or imported by name)."""
    module, name = function.split(".")
    calls = [set(entry.enter.__code__.co_names) for entry in ENTRIES] + [set(_settings.__code__.co_names)]
    through = {module, f"{module}_service"}
    return any(name in called and (through & called or name == "record_price_notice") for called in calls)


def test_every_change_taking_text_is_entered_above_or_said_why_not() -> None:
    text_types = (
        "str", "Sequence[str]", "Mapping[int, str] | None", "NewCustomer", "ChildInput", "AddressInput",
        "NewSubscription", "Sequence[ReturnLine]", "tuple[ChildInput, ...]", "Sequence[TierInput]",
    )  # fmt: skip
    found = set()
    for module_info in pkgutil.iter_modules(toysub_desktop.services.__path__):
        module = importlib.import_module(f"toysub_desktop.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            parameters = inspect.signature(function).parameters
            if "session" in parameters:
                continue  # a step inside a change, given values its caller checked
            changes = {"staff_id", "by_staff_id"} & set(parameters) or name in ("set_up_shop", "record_restore")
            if changes and any(str(p.annotation) in text_types for p in parameters.values()):
                found.add(f"{module_info.name}.{name}")
    assert {"subscriptions.pause", "subscriptions.sign_up", "rentals.return_items"} <= found
    assert sorted(set(NOT_FREE_TEXT) - found) == []
    missing = sorted(f for f in found if not _entered(f) and f not in NOT_FREE_TEXT)
    assert missing == [], "enter each new change's text in ENTRIES, or say in NOT_FREE_TEXT why it needs none"
