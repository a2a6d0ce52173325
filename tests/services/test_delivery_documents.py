"""A delivery day's papers from the database, on SQLite and PostgreSQL: each delivery printed with the address in
effect for it (frozen once packed), read back from the PDFs as a reader would."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import event, select, update

from documents.pdf_tools import fonts, info, page_texts, squeezed
from support import GRANDPARENTS, HOME, NEW_HOME, NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Shop
from toysub_desktop.documents.delivery_values import SHEET_14, SHEET_24
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.shop import SellerDetailsMissing
from toysub_desktop.services.common import NotFoundError
from toysub_desktop.services.contacts import correct_address, record_move, withdraw_address
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.deliveries import (
    DeliveryFilter,
    DeliveryRow,
    list_deliveries,
    pack,
    schedule_deliveries,
    ship,
)
from toysub_desktop.services.delivery_documents import (
    LabelsDoNotFit,
    label_sheet_pdf,
    manifest_pdf,
    picking_list_pdf,
)
from toysub_desktop.services.inputs import AddressInput, ChildInput
from toysub_desktop.services.shop import label_settings, update_label_settings
from toysub_desktop.services.subscriptions import NewSubscription, cancel, change_plan, sign_up

TODAY = date(2026, 3, 2)  # NOW in Seoul
HORIZON = date(2026, 4, 30)
# The rental's swaps: every 2 weeks on Wednesdays from 4 March.
SWAPS = [date(2026, 3, 4), date(2026, 3, 18), date(2026, 4, 1), date(2026, 4, 15), date(2026, 4, 29)]


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def street(address: AddressInput) -> str:
    """How a label or the manifest prints the address, without spaces (lines break anywhere between words)."""
    return squeezed(f"{address.road_address}, {address.detail}" if address.detail else address.road_address)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    return sample_shop(db, owner_id)


def sign_rental(db: Database, shop: dict[str, int], customer: int | None = None) -> int:
    new = NewSubscription(
        customer or shop["customer"], shop["rental"], 24, TODAY, PaymentMethod.AUTO_DEBIT, swap_weekday=2
    )
    return sign_up(db, staff_id=shop["owner"], new=new, now=NOW)


def sign_box(db: Database, shop: dict[str, int], customer: int, delivery_day: int = 16) -> int:
    new = NewSubscription(customer, shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=delivery_day)
    return sign_up(db, staff_id=shop["owner"], new=new, now=NOW)


def deliveries(db: Database, filters: DeliveryFilter | None = None) -> list[DeliveryRow]:
    page = list_deliveries(db, filters or DeliveryFilter(), limit=1000)
    assert not page.has_more
    return list(page.rows)


def on(db: Database, subscription_id: int) -> dict[date, int]:
    return {row.scheduled_on: row.id for row in deliveries(db, DeliveryFilter(subscription_id=subscription_id))}


def day(when: date) -> DeliveryFilter:
    return DeliveryFilter(first=when, last=when)


def text(pdf: bytes, folder: Path) -> str:
    """All the text, in the order it was drawn (labels side by side do not mix), without whitespace."""
    return squeezed("".join(page_texts(pdf, folder, raw=True)))


def move(db: Database, shop: dict[str, int], address: AddressInput, effective_from: date, now: datetime) -> int:
    return record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=address,
        effective_from=effective_from,
        now=now,
    )


# --- the address in effect for each delivery ---------------------------------------------------------------------


def test_after_a_move_in_the_middle_of_the_month_labels_before_it_show_the_old_house_and_after_it_the_new(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    swaps = on(db, subscription)
    assert list(swaps) == SWAPS
    move(db, shop, NEW_HOME, date(2026, 3, 25), NOW)

    before = text(label_sheet_pdf(db, [swaps[date(2026, 3, 18)]], now=NOW), tmp_path)
    after = text(label_sheet_pdf(db, [swaps[date(2026, 4, 1)]], now=NOW), tmp_path)
    assert street(HOME) in before and HOME.postal_code in before and street(NEW_HOME) not in before
    assert street(NEW_HOME) in after and NEW_HOME.postal_code in after and street(HOME) not in after
    # The delivery memo of the old house goes with its address, not with the new one. (Its lobby code no longer
    # prints on labels by default: entry notes on labels became a shop setting, off until the owner turns it on.)
    assert "경비실에맡겨주세요" in before and "경비실에맡겨주세요" not in after

    # A month's manifest holds both, each on its own row, in date order.
    march_april = manifest_pdf(db, DeliveryFilter(first=date(2026, 3, 1), last=date(2026, 4, 30)), now=NOW)
    streets = re.findall("월드컵북로|판교역로", text(march_april, tmp_path))
    assert streets == ["월드컵북로"] * 2 + ["판교역로"] * 3


def test_a_packed_delivery_keeps_its_frozen_address_after_a_move_recorded_later_for_its_day(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    swaps = on(db, subscription)
    packed, scheduled = swaps[date(2026, 3, 18)], swaps[date(2026, 4, 1)]
    pack(db, staff_id=shop["owner"], delivery_ids=[packed], now=at(date(2026, 3, 16)))
    # Told on the 17th that they moved on the 10th: the packed box's label said the old house, and still does.
    move(db, shop, NEW_HOME, date(2026, 3, 10), at(date(2026, 3, 17)))

    labels = label_sheet_pdf(db, [packed, scheduled], now=at(date(2026, 3, 17)))
    first, second = (squeezed(page) for page in _labels_in_order(labels, tmp_path))
    assert street(HOME) in first and street(NEW_HOME) in second
    # The same through a filter, as the Deliveries tab prints a day.
    assert street(HOME) in text(label_sheet_pdf(db, day(date(2026, 3, 18)), now=NOW), tmp_path)
    manifest = text(manifest_pdf(db, day(date(2026, 3, 18)), now=NOW), tmp_path)
    assert street(HOME) in manifest and street(NEW_HOME) not in manifest


def test_a_corrected_address_is_followed_and_the_voided_one_never_printed(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    wrong = move(db, shop, GRANDPARENTS, date(2026, 4, 1), NOW)
    april = DeliveryFilter(first=date(2026, 4, 1), last=date(2026, 4, 30), subscription_id=subscription)
    assert street(GRANDPARENTS) in text(label_sheet_pdf(db, april, now=NOW), tmp_path)
    correct_address(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        version_id=wrong,
        address=NEW_HOME,
        reason="주소 오기",
        now=NOW,
    )
    for pdf in (label_sheet_pdf(db, april, now=NOW), manifest_pdf(db, april, now=NOW)):
        printed = text(pdf, tmp_path)
        assert printed.count(street(NEW_HOME)) == 3  # 1, 15 and 29 April
        assert street(GRANDPARENTS) not in printed and street(HOME) not in printed


# --- what each paper says ----------------------------------------------------------------------------------------


def test_the_manifest_names_recipients_phones_addresses_couriers_and_tracking_numbers(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    other = register_customer(
        db,
        staff_id=shop["owner"],
        new=new_customer("이서연", phone="010-9876-5432", address=NEW_HOME, children=()),
        now=NOW,
    )
    mine, theirs = sign_box(db, shop, shop["customer"]), sign_box(db, shop, other)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    march = date(2026, 3, 16)
    ship(
        db,
        staff_id=shop["owner"],
        delivery_ids=[on(db, mine)[march]],
        courier="CJ대한통운",
        tracking_number="6543-2109-8765",
        now=at(date(2026, 3, 15)),
    )
    pdf = manifest_pdf(db, day(march), now=at(date(2026, 3, 15)))
    printed = text(pdf, tmp_path)
    for expected in (
        "배송목록(출고대장)",
        "김민수",
        "010-1234-5678",
        street(HOME),
        "(04001)",
        "공동현관1234#",
        "경비실에맡겨주세요",
        "CJ대한통운",
        "6543-2109-8765",
        "이서연",
        "010-9876-5432",
        street(NEW_HOME),
        "합계2건(출고1건,출고전1건)",
        "1/1",
    ):
        assert expected in printed, expected
    assert "+8210" not in printed  # phones in national format
    assert [font.embedded for font in fonts(pdf, tmp_path)] == [True] * len(fonts(pdf, tmp_path))
    assert info(pdf, tmp_path)["Page size"].startswith("841.89 x 595.2")  # landscape A4
    del theirs


def test_the_picking_list_groups_by_the_plan_in_effect_on_each_date_with_the_childs_age_then(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    box = sign_box(db, shop, shop["customer"])
    twins = register_customer(
        db,
        staff_id=shop["owner"],
        new=new_customer(
            "박지훈",
            address=NEW_HOME,
            children=(ChildInput("박하나", 2025, 1, ""), ChildInput("박두리", 2025, 1, "")),
        ),
        now=NOW,
    )
    rental = sign_rental(db, shop, twins)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    # From the end of the trial (16 March) the swaps come under the basic rental plan.
    change_plan(db, staff_id=shop["owner"], subscription_id=rental, plan_id=shop["rental_basic"], now=NOW)

    pdf = picking_list_pdf(db, DeliveryFilter(first=date(2026, 3, 1), last=date(2026, 4, 30)), now=NOW)
    pages = [squeezed(page) for page in page_texts(pdf, tmp_path)]
    whole = "".join(pages)
    assert "피킹리스트" in whole
    # 김하늘 was born in May 2023: 34 months on 16 March, 35 on 16 April.
    assert "김하늘(34개월)" in whole and "김하늘(35개월)" in whole
    assert "박하나(14개월),박두리(14개월)" in whole  # 4 March
    # Summary: the box plan 2 boxes; the premium rental only its swap of 4 March, the basic one the rest.
    assert "정기배송·베이직—정기배송베이직202" in whole
    assert "렌털·프리미엄—렌털프리미엄011" in whole
    assert "렌털·베이직—렌털베이직022" in whole
    assert "전체235" in whole
    assert "소계2건(상자2,교환0)" in whole and "소계1건(상자0,교환1)" in whole and "소계2건(상자0,교환2)" in whole
    assert whole.count("□") == 5
    del box


def test_cancelled_deliveries_are_not_printed_and_nothing_to_print_is_refused(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    cancel(db, staff_id=shop["owner"], subscription_id=subscription, effective_on=date(2026, 4, 10), now=NOW)
    april = DeliveryFilter(first=date(2026, 4, 1), last=date(2026, 4, 30))
    assert len(deliveries(db, april)) == 3  # two of them cancelled
    assert text(manifest_pdf(db, april, now=NOW), tmp_path).count("TS-") == 1
    for make in (picking_list_pdf, manifest_pdf, label_sheet_pdf):
        with pytest.raises(ValidationError) as error:
            make(db, day(date(2026, 4, 15)), now=NOW)
        assert error.value.fields == ("deliveries",)
        assert error.value.problems[0].message == "There are no deliveries to print."
    with pytest.raises(ValidationError):
        label_sheet_pdf(db, [], now=NOW)
    with pytest.raises(NotFoundError):
        label_sheet_pdf(db, [987654], now=NOW)


def test_labels_are_refused_while_the_sender_is_blank_and_the_shop_papers_still_print(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    with db.writing() as session:
        session.execute(update(Shop).values(address="", phone=""))
    with pytest.raises(SellerDetailsMissing) as missing:
        label_sheet_pdf(db, day(date(2026, 3, 18)), now=NOW)
    # A label names the sender by name, address and phone; its registration number is not printed there.
    assert missing.value.fields == ("address", "phone")
    # The picking list and the manifest stay in the shop: they print without the sender.
    assert "TS-" in text(manifest_pdf(db, day(date(2026, 3, 18)), now=NOW), tmp_path)


def test_a_delivery_with_no_address_in_effect_is_refused_by_name(db: Database, shop: dict[str, int]) -> None:
    subscription = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    move(db, shop, NEW_HOME, date(2026, 4, 1), NOW)
    with db.reading() as session:
        first = session.scalars(select(AddressVersion.id).order_by(AddressVersion.id)).first()
    assert first is not None
    withdraw_address(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        version_id=first,
        reason="다른 고객의 주소로 잘못 등록",
        now=NOW,
    )
    march = DeliveryFilter(first=date(2026, 3, 1), last=date(2026, 3, 31), subscription_id=subscription)
    for make in (picking_list_pdf, manifest_pdf, label_sheet_pdf):
        with pytest.raises(ValidationError) as error:
            make(db, march, now=NOW)
        assert [p.message for p in error.value.problems] == [
            f"김민수 {when.isoformat()}: no address is in effect on that day. Record the customer's address first."
            for when in (date(2026, 3, 4), date(2026, 3, 18))
        ]
    # April's deliveries go to the new house and print.
    assert label_sheet_pdf(db, DeliveryFilter(first=date(2026, 4, 1), subscription_id=subscription), now=NOW)


# --- label sheets ------------------------------------------------------------------------------------------------


SURNAMES = "김이박최정강조윤장임"
GIVEN = ("민준", "서윤", "도현", "하린", "지호", "수아")


def _labels_in_order(pdf: bytes, folder: Path) -> list[str]:
    """The labels' text in the order they were drawn, one string per label (each ends with the sender)."""
    raw = "\n".join(page_texts(pdf, folder, raw=True))
    return raw.split("보내는 분: 토이구독 마포점")[:-1]


def test_a_day_of_thirty_deliveries_fills_two_sheets_of_24_from_the_start_position(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    names = [SURNAMES[i % 10] + GIVEN[i // 10 % 6] + GIVEN[i % 6][0] for i in range(30)]
    for index, name in enumerate(names):
        customer = register_customer(
            db,
            staff_id=shop["owner"],
            new=new_customer(name, phone=f"010-2000-{index:04d}", children=()),
            now=NOW,
        )
        sign_box(db, shop, customer)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    march = day(date(2026, 3, 16))
    assert len(deliveries(db, march)) == 30

    # A fresh pair of sheets: 24 labels on the first, 6 on the second.
    fresh = page_texts(label_sheet_pdf(db, march, now=NOW), tmp_path)
    assert [squeezed(page).count("님") for page in fresh] == [24, 6]
    # The first sheet has its top three rows used (9 labels): it takes 15, the second 15.
    reused = label_sheet_pdf(db, march, sheet=SHEET_24, start_position=10, now=NOW)
    assert [squeezed(page).count("님") for page in page_texts(reused, tmp_path)] == [15, 15]
    # Every customer once, in contract order, with their own number.
    labels = _labels_in_order(reused, tmp_path)
    assert len(labels) == 30
    contracts = [re.search(r"TS-2026-\d{5}", label) for label in labels]
    assert [m.group() for m in contracts if m] == sorted(m.group() for m in contracts if m)
    printed = squeezed("".join(labels))
    assert all(f"{name}님" in printed for name in names)
    assert all(f"010-2000-{index:04d}" in printed for index in range(30))
    # On the 14-label sheet, from its last position: 1 + 14 + 14 + 1.
    sheets_of_14 = label_sheet_pdf(db, march, sheet=SHEET_14, start_position=14, now=NOW)
    assert [squeezed(page).count("님") for page in page_texts(sheets_of_14, tmp_path)] == [1, 14, 14, 1]
    for position in (0, 25):
        with pytest.raises(ValidationError) as error:
            label_sheet_pdf(db, march, sheet=SHEET_24, start_position=position, now=NOW)
        assert error.value.fields == ("start_position",)


def test_the_papers_read_the_same_few_queries_for_one_delivery_as_for_a_dozen(
    db: Database, shop: dict[str, int]
) -> None:
    for index in range(12):
        customer = register_customer(
            db, staff_id=shop["owner"], new=new_customer("정도윤", phone=f"010-3000-{index:04d}"), now=NOW
        )
        sign_box(db, shop, customer, delivery_day=16 if index else 17)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    one, dozen = day(date(2026, 3, 17)), DeliveryFilter(first=date(2026, 3, 16), last=date(2026, 3, 17))
    assert (len(deliveries(db, one)), len(deliveries(db, dozen))) == (1, 12)
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    def queries(make: Callable[[], bytes]) -> int:
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", record)
        try:
            make()
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        return sum(1 for statement in statements if statement.lstrip().upper().startswith("SELECT"))

    by_id = ([r.id for r in deliveries(db, one)], [r.id for r in deliveries(db, dozen)])
    for few, many in ((one, dozen), by_id):
        for make in (picking_list_pdf, manifest_pdf, label_sheet_pdf):
            counts = (queries(partial(make, db, few, now=NOW)), queries(partial(make, db, many, now=NOW)))
            # At most 9: the shop's overdue hold setting is read once, for which deliveries are held.
            assert counts[0] == counts[1] <= 9, (make.__name__, counts, statements)


# --- entry notes, and addresses too long for readable print ------------------------------------------------------


def test_entry_notes_print_on_labels_only_when_the_shop_says_so_and_the_manifest_always_keeps_them(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    swap = day(date(2026, 3, 18))
    assert label_settings(db).entry_notes_on_labels is False
    labels = text(label_sheet_pdf(db, swap, now=NOW), tmp_path)
    assert "공동현관1234#" not in labels and "경비실에맡겨주세요" in labels and street(HOME) in labels
    assert "공동현관1234#" in text(manifest_pdf(db, swap, now=NOW), tmp_path)

    update_label_settings(
        db,
        by_staff_id=shop["owner"],
        entry_notes_on_labels=True,
        expected_version=label_settings(db).version,
        now=NOW,
    )
    assert label_settings(db).entry_notes_on_labels is True
    assert "공동현관1234#" in text(label_sheet_pdf(db, swap, now=NOW), tmp_path)


def test_a_label_address_too_long_for_readable_print_is_named_before_anything_prints(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    long_detail = "가나다라마바사아자차카타파하" * 7 + "호"
    move(db, shop, AddressInput("04001", "서울특별시 마포구 월드컵북로 396", long_detail), date(2026, 3, 10), NOW)
    swap = day(date(2026, 3, 18))
    with pytest.raises(LabelsDoNotFit) as refused:
        label_sheet_pdf(db, swap, sheet=SHEET_24, now=NOW)
    [problem] = refused.value.problems
    assert problem.field == "deliveries"
    assert problem.arguments["delivery"].endswith("2026-03-18")
    assert problem.arguments["address"].startswith("서울특별시 마포구 월드컵북로 396, 가나다라")
    # Printed anyway, the label keeps the postal code, the start of the address and the recipient inside it.
    printed = text(label_sheet_pdf(db, swap, sheet=SHEET_24, print_anyway=True, now=NOW), tmp_path)
    assert "04001" in printed and "월드컵북로396" in printed
    # The other deliveries print as before.
    assert label_sheet_pdf(db, day(date(2026, 3, 4)), sheet=SHEET_24, now=NOW)
