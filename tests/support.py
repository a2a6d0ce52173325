"""Shared test data: a fixed "now" and a typical customer as a clerk would type them."""

from __future__ import annotations

import shutil
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Shop
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod, PhoneRole
from toysub_desktop.domain.plans import Cadence, PlanKind, TermOption
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.inputs import AddressInput, ChildInput, ConsentInput, NewCustomer, PhoneInput
from toysub_desktop.services.plans import create_discount_category, create_plan

#: A fixed moment for tests that need "now": Monday 2026-03-02 10:00 in Seoul.
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)

HOME = AddressInput(
    "04001", "서울특별시 마포구 월드컵북로 396", "101동 1203호", "공동현관 1234#", "경비실에 맡겨 주세요"
)
NEW_HOME = AddressInput("13529", "경기도 성남시 분당구 판교역로 166", "A동 502호")
GRANDPARENTS = AddressInput("48058", "부산광역시 해운대구 해운대해변로 264", "")


def new_customer(
    name: str = "김민수",
    *,
    phone: str = "010-1234-5678",
    spouse: str | None = None,
    address: AddressInput = HOME,
    marketing: bool = False,
    personal_data: bool = True,
    given_on: date = date(2026, 3, 2),
    children: tuple[ChildInput, ...] = (ChildInput("김하늘", 2023, 5, "땅콩 알레르기"),),
) -> NewCustomer:
    phones = [PhoneInput(PhoneRole.PRIMARY, phone)]
    if spouse:
        phones.append(PhoneInput(PhoneRole.SPOUSE, spouse))
    return NewCustomer(
        name=name,
        phones=tuple(phones),
        address=address,
        consent=ConsentInput(personal_data, marketing, given_on, ConsentMethod.PAPER, CURRENT_NOTICE_VERSION),
        email="minsu.kim@example.com",
        children=children,
    )


#: The seller's details a shop enters after the first start (which asks only the name and the owner).
SHOP_BUSINESS_NUMBER = "220-81-62517"
SHOP_ADDRESS = "서울특별시 마포구 양화로 45, 2층"
SHOP_PHONE = "02-123-4567"


def enter_shop_details(db: Database) -> None:
    """The shop's registration number, address and phone, as the owner enters them in Shop details (written
    directly, so no audit entry is added to the tests that count them)."""
    with db.writing() as session:
        shop = session.scalars(select(Shop)).one()
        shop.business_number = SHOP_BUSINESS_NUMBER
        shop.address = SHOP_ADDRESS
        shop.phone = SHOP_PHONE


def sample_shop(db: Database, owner_id: int) -> dict[str, int]:
    """The shop's details entered, a customer (김민수), two rental plans, a box plan and a 다자녀 discount: ids by
    name."""
    enter_shop_details(db)
    ids = {"owner": owner_id}
    ids["customer"] = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    ids["rental"] = create_plan(
        db,
        staff_id=owner_id,
        name="렌털 프리미엄",
        kind=PlanKind.RENTAL,
        tier="프리미엄",
        cadence=Cadence.EVERY_2_WEEKS,
        terms=(TermOption(12, 0), TermOption(24, 5), TermOption(36, 10)),
        trial_days=14,
        deposit=50_000,
        monthly_price=39_000,
        now=NOW,
    )
    ids["rental_basic"] = create_plan(
        db,
        staff_id=owner_id,
        name="렌털 베이직",
        kind=PlanKind.RENTAL,
        tier="베이직",
        cadence=Cadence.EVERY_4_WEEKS,
        terms=(TermOption(24, 5),),
        trial_days=0,
        deposit=50_000,
        monthly_price=29_000,
        now=NOW,
    )
    ids["box"] = create_plan(
        db,
        staff_id=owner_id,
        name="정기배송 베이직",
        kind=PlanKind.BOX,
        tier="베이직",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0), TermOption(24, 5)),
        trial_days=0,
        deposit=0,
        monthly_price=29_000,
        now=NOW,
    )
    ids["multi_child"] = create_discount_category(db, staff_id=owner_id, name="다자녀", percent=10, now=NOW)
    return ids


def pyside_tool(name: str) -> str:
    """A PySide6 command-line tool (pyside6-lupdate, pyside6-lrelease) from the running environment."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} comes with PySide6"
    return found


def shop_file_with_a_damaged_table(path: Path, table: str = "customer") -> bytes:
    """A shop's SQLite file (set up, at the newest schema, closed cleanly) whose *table* page is overwritten with
    garbage, as a failing disk leaves it: it opens and its schema reads, but ``quick_check`` fails. Returns the
    damaged file's bytes, to show later that nothing was written to it."""
    import sqlite3
    from contextlib import closing

    _set_up_shop_file(path)
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    return bytes(data)


def shop_file_breaking_its_own_rules(path: Path) -> bytes:
    """A shop's SQLite file whose pages are sound but whose staff have no names, against the table's NOT NULL (as a
    tool that edited the schema behind the app's back leaves it): ``quick_check`` reports it without failing.
    Returns the file's bytes."""
    import sqlite3
    from contextlib import closing

    _set_up_shop_file(path)
    with closing(sqlite3.connect(path)) as connection:
        strict = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'staff'").fetchone()[0]
        loose = strict.replace("name VARCHAR(50) NOT NULL", "name VARCHAR(50)")
        assert loose != strict
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'staff'", (loose,))
        connection.commit()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE staff SET name = NULL")
        connection.commit()
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'staff'", (strict,))
        connection.commit()
    return path.read_bytes()


def _set_up_shop_file(path: Path) -> None:
    from toysub_desktop.db.location import sqlite_file
    from toysub_desktop.db.open import open_database
    from toysub_desktop.services.shop import set_up_shop

    db = open_database(sqlite_file(path), backup_folder=None)
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    db.dispose()
