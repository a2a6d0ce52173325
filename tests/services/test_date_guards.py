"""Every date a clerk gives a service that records something is guarded, on every path: an absurd one (a year
typed as 1900 or 9999) is refused beside its field with nothing written, on SQLite and PostgreSQL.

The services are found by looking at them, so a new function that takes a date fails here until it is listed:
as a change (with how to call it) or as a read, which records nothing.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select

import toysub_desktop.services
from boundary_support import Shop, boundary_shop, card, plan_id, rows
from rental_support import TODAY, later
from support import NEW_HOME, NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod, PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.price_notices import NoticeMethod
from toysub_desktop.domain.prospects import ProspectKind, ProspectSource
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.services import (
    contact_log,
    contacts,
    customers,
    day_close,
    deliveries,
    holds,
    ledger,
    plans,
    prospects,
    rentals,
    subscriptions,
    toys,
)
from toysub_desktop.services.price_notices import record_price_notice
from toysub_desktop.services.subscriptions import NewSubscription

ABSURD = (date(1900, 1, 1), date(9999, 12, 31))

#: Date-taking functions that record nothing: what is in effect on a day, a preview, a number or a sheet for a
#: day. A date there is a question, not a fact to keep.
READS = {
    "message_lists.message_list",
    "bank_statements.read_statement",  # reads a file; writes nothing
    "contact_log.follow_ups_due",
    "churn.backtest",  # scores a past day (refused beside its field when not in the past): records nothing
    "churn.list_at_risk",
    "churn.subscriber_reasons",
    "contacts.contacts_to_check",
    "customers.address_in_effect_on",
    "customers.customer_card",
    "customers.phones_in_effect_on",
    "dashboard.dashboard_deliveries",
    "dashboard.dashboard_feedback",
    "dashboard.dashboard_figures",
    "dashboard.dashboard_subscriptions",
    "day_close.day_close_view",
    "deposits.customer_deposits",
    "deposits.deposit_refund_view",
    "deliveries.deliveries_affected_by_address_change",
    "deliveries.list_deliveries",  # today decides only who is held for being overdue
    "document_sheets.change_confirmation_sheet",
    "document_sheets.subscription_change_sheet",
    "document_sheets.pre_contract_sheet",
    "documents.format_document_number",
    "holds.customers_on_hold",
    "exports.export_deliveries",  # audited, but a period is a question: a far one exports no rows
    "exports.export_money_figures",  # the same
    "documents.issue_statement",  # recorded, but a period is a question: a far one lists no entries
    "ledger.account_view",
    "ledger.money_due",
    "ledger.subscription_account",
    "points.points_balance",
    "points.points_for_payment",
    "points.points_view",
    "referrals.referral_card_pdf",
    "referrals.referrals_per_month",
    "money_figures.monthly_figures",
    "money_figures.unpaid_charges",
    "overdue.all_overdue_ids",
    "overdue.list_overdue",
    "overdue.overdue_rows",
    "overdue.overdue_total",
    "plan_sheets.plan_comparison_pdf",
    "plan_sheets.plan_comparison_sheet",
    "plans.list_plans",
    "plans.plan_view",
    "price_notices.count_awaiting_price_notices",
    "price_notices.preview_price_change",
    "price_notices.price_notices_due",
    "rentals.customer_rentals",
    "rentals.default_due_on",
    "rentals.preview_return",
    "rentals.suggestions_for_child",
    "search.search_customers",
    "segments.count_matching",
    "segments.segment_count",
    "subscriptions.cancellation_fee",
    "subscriptions.count_subscriptions",
    "subscriptions.format_contract_number",
    "subscriptions.list_subscriptions",
    "subscriptions.plan_change_preview",
    "subscriptions.quote_sign_up",
    "subscriptions.renewal_preview",
    "subscriptions.subscription_view",
    "toys.count_items",
    "toys.find_item",
    "toys.item_view",
    "toys.search_items",
    "tiers.customer_tier",
    "tiers.customer_tiers",
}

Change = Callable[[Database, Shop, dict[str, date]], object]


def _first_address(db: Database, customer_id: int) -> int:
    with db.reading() as session:
        found = session.scalar(select(AddressVersion.id).where(AddressVersion.customer_id == customer_id))
    assert found is not None
    return found


#: How to make each change, with its dates given as keyword arguments (the others sensible for the shop).
CHANGES: dict[str, Change] = {
    "ledger.open_ledger": lambda db, s, d: ledger.open_ledger(db, staff_id=s.rentals.owner, **d, now=NOW),
    "contacts.change_phone": lambda db, s, d: contacts.change_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        role=PhoneRole.PRIMARY, number="010-9999-0000", **d, now=NOW),
    "contacts.confirm_contacts": lambda db, s, d: contacts.confirm_contacts(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, address_version_ids=(s.address_version,),
        **d, now=NOW),
    "contacts.correct_address": lambda db, s, d: contacts.correct_address(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        version_id=s.address_version, address=NEW_HOME, reason="오타", **d, now=NOW),
    "contacts.correct_phone": lambda db, s, d: contacts.correct_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        version_id=s.phone_version, number="010-9999-0000", reason="오타", **d, now=NOW),
    "contacts.record_move": lambda db, s, d: contacts.record_move(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None, address=NEW_HOME,
        **d, now=NOW),
    "contacts.record_temporary_address": lambda db, s, d: contacts.record_temporary_address(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None, address=NEW_HOME,
        **{"effective_from": TODAY, "effective_until": TODAY + timedelta(days=30), **d}, now=NOW),
    "contacts.remove_phone": lambda db, s, d: contacts.remove_phone(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, expected_version=None,
        role=PhoneRole.SPOUSE, **d, now=NOW),
    "contacts.set_temporary_address_end": lambda db, s, d: contacts.set_temporary_address_end(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.other, expected_version=None,
        version_id=s.temporary_address, **d, now=NOW),
    "customers.record_marketing_consent": lambda db, s, d: customers.record_marketing_consent(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, granted=True, method=ConsentMethod.PAPER,
        notice_version=CURRENT_NOTICE_VERSION, **d, now=NOW),
    "day_close.close_day": lambda db, s, d: day_close.close_day(
        db, staff_id=s.rentals.owner, opening_float=0, counted_cash=0, **d, now=NOW),
    "day_close.reopen_day": lambda db, s, d: day_close.reopen_day(
        db, staff_id=s.rentals.owner, reason="늦게 받은 결제", **d, now=NOW),
    "deliveries.schedule_deliveries": lambda db, s, d: deliveries.schedule_deliveries(
        db, staff_id=s.rentals.owner, **d, now=NOW),
    "holds.report_phone_out_of_service": lambda db, s, d: holds.report_phone_out_of_service(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, phone_version_id=s.phone_version, **d,
        now=NOW),
    "contact_log.log_contact": lambda db, s, d: contact_log.log_contact(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, kind=ContactKind.CALL, note="다음 주 통화",
        follow_up_owner_id=s.rentals.owner, **d, now=NOW),
    "prospects.record_prospect": lambda db, s, d: prospects.record_prospect(
        db, staff_id=s.rentals.owner, name="문의 고객", phone="010-5555-1212", kind=ProspectKind.INQUIRY,
        source=ProspectSource.WALK_IN, interest="렌털", follow_up_owner_id=s.rentals.owner, **d, now=NOW),
    "plans.schedule_price_change": lambda db, s, d: plans.schedule_price_change(
        db, staff_id=s.rentals.owner, plan_id=plan_id(db, "렌털 베이직"), monthly_price=31_000, **d, now=NOW),
    "price_notices.record_price_notice": lambda db, s, d: record_price_notice(
        db, staff_id=s.rentals.owner, subscription_id=s.rental_subscription, plan_price_id=s.price_change,
        method=NoticeMethod.PHONE, acknowledged=True, **d, now=NOW),
    "rentals.lend": lambda db, s, d: rentals.lend(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, child_id=s.rentals.child,
        barcodes=[s.rentals.barcodes["piano"][0]], **d, now=NOW),
    "rentals.return_items": lambda db, s, d: rentals.return_items(
        db, staff_id=s.rentals.owner, lines=[rentals.ReturnLine(s.rentals.barcodes["piano"][1],
        ReturnCondition.CLEAN)], **d, now=later(1)),
    "rentals.swap": lambda db, s, d: rentals.swap(
        db, staff_id=s.rentals.owner, customer_id=s.rentals.customer, child_id=s.rentals.child,
        returns=[rentals.ReturnLine(s.rentals.barcodes["piano"][1], ReturnCondition.CLEAN)],
        lend_barcodes=[s.rentals.barcodes["blocks"][0]], **d, now=later(1)),
    "subscriptions.cancel": lambda db, s, d: subscriptions.cancel(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription, **d, now=NOW),
    "subscriptions.pause": lambda db, s, d: subscriptions.pause(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription,
        **{"first": TODAY + timedelta(days=40), "last": TODAY + timedelta(days=50), **d}, now=NOW),
    "subscriptions.resume": lambda db, s, d: subscriptions.resume(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription, **d, now=NOW),
    "subscriptions.skip_delivery": lambda db, s, d: subscriptions.skip_delivery(
        db, staff_id=s.rentals.owner, subscription_id=s.box_subscription, **d, now=NOW),
    "toys.add_items": lambda db, s, d: toys.add_items(
        db, staff_id=s.rentals.owner, toy_id=s.rentals.toys["piano"], new_labels=1, **d, now=NOW),
}  # fmt: skip


def _date_parameters(function: Callable[..., object]) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(function).parameters.items()
        if str(parameter.annotation) in ("date", "date | None")
    ]


def _services_taking_dates() -> dict[str, list[str]]:
    found = {}
    for module_info in pkgutil.iter_modules(toysub_desktop.services.__path__):
        module = importlib.import_module(f"toysub_desktop.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            public = function.__module__ == module.__name__ and not name.startswith("_")
            if public and (parameters := _date_parameters(function)):
                found[f"{module_info.name}.{name}"] = parameters
    return found


def test_every_service_taking_a_date_is_listed_as_a_change_or_a_read() -> None:
    found = _services_taking_dates()
    assert "contacts.confirm_contacts" in found and "subscriptions.pause" in found
    unlisted = sorted(set(found) - set(CHANGES) - READS)
    assert unlisted == [], "say how to call each new change below (CHANGES), or list it as a read (READS)"
    assert sorted((set(CHANGES) | READS) - set(found)) == []
    for name in CHANGES:
        module, function = name.split(".")
        parameters = inspect.signature(getattr(importlib.import_module(f"toysub_desktop.services.{module}"), function))
        assert "staff_id" in parameters.parameters, f"{name} records a change, so it names who made it"


def _cases() -> list[tuple[str, str, date]]:
    return [
        (name, parameter, day)
        for name, parameters in sorted(_services_taking_dates().items())
        if name in CHANGES
        for parameter in parameters
        for day in ABSURD
    ]


@pytest.mark.parametrize(("name", "parameter", "day"), _cases(), ids=lambda v: str(v))
def test_an_absurd_date_is_refused_beside_its_field_with_nothing_written(
    db: Database, owner_id: int, name: str, parameter: str, day: date
) -> None:
    shop = boundary_shop(db, owner_id)
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        CHANGES[name](db, shop, {parameter: day})
    assert rows(db) == before
    assert any(parameter in field or field in _FIELDS_FOR.get(parameter, ()) for field in caught.value.fields), (
        f"{name}({parameter}={day}) was refused for {caught.value}, not for the date"
    )


#: Fields a date's problem is shown beside, where they are not named after the parameter.
_FIELDS_FOR = {
    "delivery_on": ("month",),
    "first": ("from", "until"),
    "last": ("until",),
    "effective_on": ("cancel",),
}


@pytest.fixture
def shop(db: Database, owner_id: int) -> Shop:
    return boundary_shop(db, owner_id)


def test_a_confirmation_before_the_customer_existed_is_refused(db: Database, shop: Shop) -> None:
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        CHANGES["contacts.confirm_contacts"](db, shop, {"confirmed_on": TODAY - timedelta(days=1)})
    assert caught.value.fields == ("confirmed_on",)
    assert "before the customer was registered" in caught.value.problems[0].template
    assert caught.value.problems[0].arguments == {"registered": TODAY.isoformat()}
    assert rows(db) == before


def test_a_confirmation_on_a_day_that_has_come_is_kept(db: Database, shop: Shop) -> None:
    contacts.confirm_contacts(
        db, staff_id=shop.rentals.owner, customer_id=shop.rentals.customer,
        address_version_ids=(shop.address_version,), confirmed_on=TODAY + timedelta(days=3), now=later(3),
    )  # fmt: skip
    card = customers.customer_card(db, shop.rentals.customer, today=TODAY + timedelta(days=3))
    assert card.current_address is not None
    assert card.current_address.last_confirmed_on == TODAY + timedelta(days=3)


def test_a_number_found_dead_before_the_customer_existed_is_refused(db: Database, shop: Shop) -> None:
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        CHANGES["holds.report_phone_out_of_service"](db, shop, {"unreachable_from": TODAY - timedelta(days=1)})
    assert caught.value.fields == ("unreachable_from",)
    assert rows(db) == before


def test_a_consent_date_long_past_is_refused_at_registration(db: Database, owner_id: int) -> None:
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        customers.register_customer(db, staff_id=owner_id, new=new_customer(given_on=date(1900, 1, 1)), now=NOW)
    assert caught.value.fields == ("consent.given_on",)
    assert rows(db) == before


def test_a_return_before_the_item_was_lent_is_refused(db: Database, shop: Shop) -> None:
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        CHANGES["rentals.return_items"](db, shop, {"returned_on": TODAY - timedelta(days=1)})
    assert caught.value.fields == ("returned_on",)
    assert rows(db) == before


def test_a_sign_up_starting_before_the_customer_existed_is_refused(db: Database, shop: Shop) -> None:
    before = rows(db)
    new = NewSubscription(
        shop.rentals.no_plan, plan_id(db, "렌털 베이직"), 24, date(1900, 1, 1), card(), swap_weekday=1
    )
    with pytest.raises(ValidationError) as caught:
        subscriptions.sign_up(db, staff_id=shop.rentals.owner, new=new, now=NOW)
    assert caught.value.fields == ("start",)
    assert rows(db) == before
