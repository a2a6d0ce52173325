"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select

from support import NEW_HOME, NOW, enter_shop_details, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import DatabaseLocation
from toysub_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision, head_revision
from toysub_desktop.db.models import (
    AddressVersion,
    Base,
    ChurnScore,
    DayClose,
    MembershipTier,
    Segment,
    Shop,
    Subscription,
)
from toysub_desktop.db.open import open_database
from toysub_desktop.documents import wording
from toysub_desktop.domain.fees import FeeMethod
from toysub_desktop.domain.ledger import PaymentMeans, SkipRule
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.document_sheets import contract_sheet
from toysub_desktop.services.documents import document_pdf, issue_contract
from toysub_desktop.services.ledger import NewPayment, bill_customer, take_payment
from toysub_desktop.services.plans import create_plan
from toysub_desktop.services.points import points_balance, points_settings, update_points_settings
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.shop import set_up_shop
from toysub_desktop.services.subscriptions import NewSubscription, cancellation_fee, sign_up


def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_database_from_before_printed_documents_is_upgraded_with_its_contracts(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    # A shop with a signed contract, on the schema of the release before printed documents (0003).
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    enter_shop_details(db)
    subscription_id = _signed_contract(db, owner.id)
    command.downgrade(alembic_config(db.engine), "0003")
    assert current_revision(db.engine) == "0003"
    assert not inspect(db.engine).has_table("printed_document")
    db.dispose()

    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION == head_revision()
        with upgraded.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        # The contract keeps the fee rule it was signed with (days ÷ 30); new contracts count by billing cycle.
        assert cancellation_fee(upgraded, subscription_id, date(2026, 9, 2)).method is FeeMethod.DAYS_30
        assert "남은 일수 ÷ 30" in contract_sheet(upgraded, subscription_id).plan.cancellation_rule
        issued = issue_contract(upgraded, staff_id=owner.id, subscription_id=subscription_id, now=NOW)
        assert (issued.subject, issued.version) == ("TS-2026-00001", 1)
        assert document_pdf(upgraded, issued.id) == issued.pdf
    finally:
        upgraded.dispose()
    if database_location.sqlite_path is not None:
        backups = list((tmp_path / "upgrade-backups").glob("*.sqlite3"))
        assert len(backups) == 1 and f"before-{HEAD_REVISION}" in backups[0].name


def _signed_contract(db: Database, staff_id: int) -> int:
    customer_id = register_customer(db, staff_id=staff_id, new=new_customer(), now=NOW)
    plan_id = create_plan(
        db,
        staff_id=staff_id,
        name="정기배송 베이직",
        kind=PlanKind.BOX,
        tier="베이직",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0),),
        trial_days=0,
        deposit=0,
        monthly_price=29_000,
        now=NOW,
    )
    new = NewSubscription(
        customer_id=customer_id,
        plan_id=plan_id,
        term_months=12,
        start_on=date(2026, 3, 2),
        payment_method=PaymentMethod.CARD,
        delivery_day=2,
    )
    return sign_up(db, staff_id=staff_id, new=new, now=NOW)


def test_a_shop_from_before_the_ledger_opens_its_ledger_on_the_day_of_the_upgrade(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    with db.reading() as session:
        assert session.scalar(select(Shop.ledger_opened_on)) is None  # a shop set up with the ledger: from the start
    command.downgrade(alembic_config(db.engine), "0012")
    assert not inspect(db.engine).has_table("ledger_entry")
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            opened = session.scalar(select(Shop.ledger_opened_on))
        assert opened is not None and abs((opened - date.today()).days) <= 1
    finally:
        upgraded.dispose()


def test_a_database_from_before_the_daily_close_gets_its_table_and_nothing_is_closed(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    command.downgrade(alembic_config(db.engine), "0017")
    assert not inspect(db.engine).has_table("day_close")
    assert "ix_ledger_entry_day" not in {index["name"] for index in inspect(db.engine).get_indexes("ledger_entry")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION
        indexes = {index["name"] for index in inspect(upgraded.engine).get_indexes("day_close")}
        assert "uq_day_close_live_day" in indexes
        with upgraded.reading() as session:
            assert session.scalars(select(DayClose)).all() == []
    finally:
        upgraded.dispose()


def test_customers_from_before_bank_statements_keep_their_records_and_pay_under_their_own_name(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    customer_id = register_customer(db, staff_id=owner.id, new=new_customer(), now=NOW)
    command.downgrade(alembic_config(db.engine), "0017")
    assert not inspect(db.engine).has_table("bank_statement_line")
    assert "depositor_name" not in {c["name"] for c in inspect(db.engine).get_columns("customer")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        card = customer_card(upgraded, customer_id, today=date(2026, 3, 2))
        assert (card.name, card.depositor_name, len(card.current_phones)) == ("김민수", None, 1)
        assert search_customers(upgraded, "ㄱㅁㅅ", today=date(2026, 3, 2)).rows[0].id == customer_id
        assert inspect(upgraded.engine).has_table("bank_statement_line")
    finally:
        upgraded.dispose()


def test_a_shop_from_before_overdue_follow_up_gets_seven_grace_days_and_no_hold(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    command.downgrade(alembic_config(db.engine), "0017")
    columns = {column["name"] for column in inspect(db.engine).get_columns("shop")}
    assert "overdue_grace_days" not in columns and "overdue_hold_days" not in columns
    assert "ix_ledger_entry_live_due" not in {i["name"] for i in inspect(db.engine).get_indexes("ledger_entry")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            assert session.execute(select(Shop.overdue_grace_days, Shop.overdue_hold_days)).one() == (7, None)
        indexes = {i["name"] for i in inspect(upgraded.engine).get_indexes("ledger_entry")}
        assert "ix_ledger_entry_open_due" in indexes  # the open amounts' index replaced the live entries' (0024)
    finally:
        upgraded.dispose()


def test_a_shop_from_before_the_vat_setting_shows_no_vat_until_someone_says_so(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    command.downgrade(alembic_config(db.engine), "0017")
    assert "tax_status" not in {column["name"] for column in inspect(db.engine).get_columns("shop")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            assert session.execute(select(Shop.tax_status, Shop.vat_kinds)).one() == ("simplified", "cycle_fee")
    finally:
        upgraded.dispose()


def test_contracts_signed_before_the_skip_rule_keep_charging_a_skipped_month_and_say_so(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    enter_shop_details(db)
    subscription_id = _signed_contract(db, owner.id)
    command.downgrade(alembic_config(db.engine), "0017")
    assert "skip_rule" not in {column["name"] for column in inspect(db.engine).get_columns("subscription")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            assert session.scalar(select(Shop.skip_rule)) == SkipRule.CHARGED.value
            assert session.scalar(select(Subscription.skip_rule)) == SkipRule.CHARGED.value
        assert contract_sheet(upgraded, subscription_id).plan.skip_rule == wording.SKIP_CHARGED
    finally:
        upgraded.dispose()


def test_addresses_from_before_segments_get_their_district_and_the_shop_no_segments(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    register_customer(db, staff_id=owner.id, new=new_customer("김민수"), now=NOW)
    register_customer(db, staff_id=owner.id, new=new_customer("이서연", address=NEW_HOME), now=NOW)
    command.downgrade(alembic_config(db.engine), "0026")
    assert "district" not in {column["name"] for column in inspect(db.engine).get_columns("address_version")}
    assert "segment" not in inspect(db.engine).get_table_names()
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            districts = session.execute(
                select(AddressVersion.road_address, AddressVersion.district).order_by(AddressVersion.id)
            ).all()
            assert [district for _road, district in districts] == ["마포구", "성남시"]
            assert session.scalar(select(func.count()).select_from(Segment)) == 0
    finally:
        upgraded.dispose()


def test_a_shop_from_before_membership_tiers_has_none_and_measures_tenure_until_the_owner_says_otherwise(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    command.downgrade(alembic_config(db.engine), "0027")
    assert "membership_tier" not in inspect(db.engine).get_table_names()
    assert "tier_basis" not in {column["name"] for column in inspect(db.engine).get_columns("shop")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            assert session.scalar(select(Shop.tier_basis)) == "tenure"
            assert session.scalars(select(MembershipTier)).all() == []
    finally:
        upgraded.dispose()


def test_the_dashboards_indexes_come_with_0029_and_go_with_its_downgrade(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    dashboard_indexes = {
        "ix_subscription_starts",
        "ix_subscription_cancels",
        "ix_subscription_term_ends",
        "ix_subscription_customer_span",
    }
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    assert dashboard_indexes <= {i["name"] for i in inspect(db.engine).get_indexes("subscription")}
    assert "ix_feedback_recorded_rating" in {i["name"] for i in inspect(db.engine).get_indexes("feedback")}
    command.downgrade(alembic_config(db.engine), "0028")
    assert not dashboard_indexes & {i["name"] for i in inspect(db.engine).get_indexes("subscription")}
    assert "ix_feedback_recorded_rating" not in {i["name"] for i in inspect(db.engine).get_indexes("feedback")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        assert dashboard_indexes <= {i["name"] for i in inspect(upgraded.engine).get_indexes("subscription")}
        assert "ix_feedback_recorded_rating" in {i["name"] for i in inspect(upgraded.engine).get_indexes("feedback")}
    finally:
        upgraded.dispose()


def test_a_shop_from_before_points_earns_and_gives_none_until_the_owner_sets_them(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    command.downgrade(alembic_config(db.engine), "0029")
    assert not inspect(db.engine).has_table("points_entry") and not inspect(db.engine).has_table("referral")
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            settings = session.execute(
                select(Shop.points_earn_percent, Shop.referrer_reward, Shop.referred_reward, Shop.points_expiry_months)
            ).one()
            earning_since = session.scalar(select(Shop.points_earning_since))
        assert tuple(settings) == (0, 0, 0, 0) and earning_since is None
        assert inspect(upgraded.engine).has_table("points_entry")
    finally:
        upgraded.dispose()


def test_a_shop_from_before_churn_risk_scores_with_the_default_weights_and_has_no_scores_yet(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    command.downgrade(alembic_config(db.engine), "0030")
    assert "churn_rules" not in {column["name"] for column in inspect(db.engine).get_columns("shop")}
    assert "churn_score" not in inspect(db.engine).get_table_names()
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        with upgraded.reading() as session:
            assert session.execute(select(Shop.churn_rules)).scalar_one() is None
            assert session.execute(select(func.count()).select_from(ChurnScore)).scalar_one() == 0
        indexes = {i["name"] for i in inspect(upgraded.engine).get_indexes("churn_score")}
        assert "ix_churn_score_rank" in indexes
    finally:
        upgraded.dispose()


def test_a_shop_earning_points_before_0032_keeps_earning_exactly_as_it_did(
    db: Database, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    # Before 0032 every fully paid fee earned whenever it was paid: March, paid off before the shop turned earning on,
    # still earned at the customer's next payment. The upgrade keeps that: the day is the shop's earliest payment.
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    enter_shop_details(db)
    subscription_id = _signed_contract(db, owner.id)
    with db.reading() as session:
        kim = session.get_one(Subscription, subscription_id).customer_id

    bill_customer(db, staff_id=owner.id, customer_id=kim, now=_at(date(2026, 4, 5)))  # March and April
    take_payment(db, staff_id=owner.id, payment=NewPayment(kim, 29_000, PaymentMeans.CASH), now=_at(date(2026, 4, 5)))
    update_points_settings(
        db, by_staff_id=owner.id, earn_percent=1, referrer_reward=0, referred_reward=0, expiry_months=0,
        expected_version=points_settings(db).version, now=_at(date(2026, 4, 10)),
    )  # fmt: skip
    assert points_balance(db, kim, today=date(2026, 4, 10)) == 0
    command.downgrade(alembic_config(db.engine), "0031")
    assert "points_earning_since" not in {column["name"] for column in inspect(db.engine).get_columns("shop")}
    db.dispose()
    upgraded = open_database(database_location, backup_folder=tmp_path / "upgrade-backups")
    try:
        assert points_settings(upgraded).rules.earning_since == date(2026, 4, 5)
        # April paid off: it earns, and March with it, as before the upgrade.
        april = NewPayment(kim, 29_000, PaymentMeans.CASH)
        take_payment(upgraded, staff_id=owner.id, payment=april, now=_at(date(2026, 4, 12)))
        assert points_balance(upgraded, kim, today=date(2026, 4, 12)) == 2 * 290
    finally:
        upgraded.dispose()


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 10:00 at the shop
