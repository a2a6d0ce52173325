"""A large, realistic, deterministic shop database for the benchmarks, built once and cached.

The schema, indexes and pragmas are the app's own: the file is created and migrated by ``open_database`` and the
shop is set up by ``set_up_shop``. The customers are then filled in bulk (SQLAlchemy Core executemany on the
models' tables, a few transactions) with every column as the services would write it: ``name_initials`` from
``initial_consonants``, ``number`` from ``format_customer_number``, phones with their E.164 form, kind, national
and reversed digits, moments in UTC with a time zone.

Each customer has a registration address and primary phone; about a third moved once, a third changed their
number once, a third gave a spouse's phone, and a few had an address corrected (the wrong version voided). That is
about three contact versions per customer, plus children, consents and audit entries, as the services leave them.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.migrate import MIGRATIONS_FOLDER
from toysub_desktop.db.models import AddressVersion, AuditEntry, Base, Child, Consent, Customer, PhoneVersion
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.address import Address, validate_address
from toysub_desktop.domain.contacts import (
    CURRENT_NOTICE_VERSION,
    ChangeReason,
    ConsentKind,
    ConsentMethod,
    PhoneRole,
)
from toysub_desktop.domain.hangul import initial_consonants
from toysub_desktop.domain.person import format_customer_number, validate_person_name
from toysub_desktop.domain.phone import PhoneKind, parse_phone
from toysub_desktop.services.shop import add_staff, set_up_shop

#: Bump when the generated data changes in a way the source hash would not show (it shows every edit here).
GENERATOR_VERSION = 1
SEED = 20260301
#: Registrations run over the three years up to this day; everything generated lies before it, so the current
#: address and phone of every customer are the same whenever the benchmark runs.
LAST_DAY = date(2026, 10, 30)
FIRST_DAY = LAST_DAY - timedelta(days=3 * 365)
SET_UP_AT = datetime.combine(FIRST_DAY - timedelta(days=7), datetime.min.time(), tzinfo=UTC)
CUSTOMERS_PER_TRANSACTION = 25_000
#: How many generated values are checked against the domain's own parsers and validators.
CHECKED_SAMPLE = 300

_SEOUL = timedelta(hours=9)

# --- names ------------------------------------------------------------------------------------------------------

#: Family names with their approximate share of the population (2015 census), so duplicates are as common as
#: they are at a real counter: one customer in five is a 김.
FAMILY_NAMES: tuple[tuple[str, float], ...] = (
    ("김", 21.5), ("이", 14.7), ("박", 8.4), ("최", 4.7), ("정", 4.3), ("강", 2.4), ("조", 2.1), ("윤", 2.1),
    ("장", 2.0), ("임", 1.7), ("한", 1.5), ("오", 1.5), ("서", 1.5), ("신", 1.5), ("권", 1.4), ("황", 1.4),
    ("안", 1.4), ("송", 1.3), ("전", 1.1), ("홍", 1.1), ("유", 1.1), ("고", 0.9), ("문", 0.9), ("양", 0.9),
    ("손", 0.9), ("배", 0.8), ("백", 0.8), ("허", 0.6), ("남", 0.6), ("심", 0.5), ("노", 0.4), ("하", 0.4),
    ("곽", 0.4), ("성", 0.4), ("차", 0.4), ("주", 0.4), ("우", 0.4), ("구", 0.4), ("민", 0.3), ("류", 0.3),
    ("나", 0.3), ("진", 0.3), ("지", 0.3), ("엄", 0.3), ("채", 0.3), ("원", 0.3), ("천", 0.2), ("방", 0.2),
    ("공", 0.2), ("현", 0.2), ("함", 0.2), ("변", 0.2), ("염", 0.1), ("여", 0.1), ("추", 0.1), ("도", 0.1),
    ("소", 0.1), ("석", 0.1), ("선", 0.1), ("설", 0.1), ("마", 0.1), ("길", 0.1), ("연", 0.1), ("위", 0.1),
    ("남궁", 0.04), ("황보", 0.02), ("제갈", 0.01), ("선우", 0.01),
)  # fmt: skip

#: Given names common among parents of small children (born 1980-1995), most frequent first; customers are
#: mostly mothers.
MOTHERS_NAMES = (
    "지영", "지혜", "수진", "은지", "민지", "혜진", "유진", "지현", "수연", "은영", "현정", "미영", "지은", "정은",
    "소영", "보람", "아름", "하나", "수정", "선영", "은정", "지연", "미진", "혜원", "윤정", "민정", "진영", "주연",
    "나영", "혜영", "은희", "경민", "지원", "슬기", "다은", "서연", "예진", "소연", "민경", "은비", "세영", "가영",
    "지선", "한나", "효진", "유리", "수빈", "보영", "다혜", "은주", "희정", "미란", "정민", "현주", "소희", "지수",
)  # fmt: skip
FATHERS_NAMES = (
    "민수", "지훈", "현우", "성민", "준호", "동현", "정훈", "상현", "민호", "성훈", "재현", "준영", "승현", "지성",
    "현준", "영수", "진우", "태현", "성진", "재훈", "상민", "우진", "동욱", "민석", "준혁", "승민", "정우", "영훈",
    "종현", "경수", "대현", "재민", "성호", "용준", "형준", "기현", "도현", "병철", "주원", "태민",
)  # fmt: skip
#: Syllables for the long tail of less common given names.
FIRST_SYLLABLES = "가경규나다도동명문미민보상서선성세소수승시아연영예용우원유윤은의재정주준지진창채태하한해현혜효희"
SECOND_SYLLABLES = "경규나라린민빈석선섭수숙아연영옥우욱원윤은이인재정주준지진철태하현형호화환효훈희"
CHILDREN_NAMES = (
    "서준", "하준", "도윤", "은우", "시우", "지호", "이준", "유준", "수호", "선우", "서윤", "하윤", "지안", "이서",
    "하은", "서아", "지유", "아윤", "수아", "채원", "시아", "윤서", "로아", "이안", "하린", "주아", "예준", "건우",
)  # fmt: skip
EMAIL_DOMAINS = ("naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net")
EMAIL_WORDS = ("sky", "happy", "mom", "star", "blue", "sun", "lucky", "dream", "green", "baby", "love", "rain")

# --- addresses --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class District:
    """Roads of one 시/군/구 with the range of its postal codes; customers live around the shop in 마포."""

    city: str
    roads: tuple[str, ...]
    postal_low: int
    postal_high: int
    weight: float


DISTRICTS = (
    District("서울특별시 마포구", ("월드컵북로", "성미산로", "독막로", "마포대로", "양화로", "망원로"), 3900, 4199, 30),
    District("서울특별시 서대문구", ("연희로", "신촌로", "통일로", "가좌로", "증가로"), 3600, 3799, 15),
    District("서울특별시 은평구", ("진흥로", "은평로", "연서로", "불광로", "통일로"), 3300, 3499, 12),
    District("서울특별시 용산구", ("한강대로", "이태원로", "백범로", "서빙고로"), 4300, 4499, 6),
    District("서울특별시 영등포구", ("여의대로", "당산로", "영중로", "도림로"), 7200, 7399, 8),
    District("서울특별시 강서구", ("공항대로", "화곡로", "양천로", "강서로"), 7500, 7799, 8),
    District("경기도 고양시 일산동구", ("중앙로", "일산로", "호수로", "장항로"), 10300, 10499, 8),
    District("경기도 고양시 덕양구", ("화중로", "고양대로", "권율대로"), 10400, 10599, 6),
    District("경기도 파주시", ("문산로", "경의로", "와석순환로"), 10800, 10999, 3),
    District("경기도 김포시", ("김포한강로", "풍무로", "김포대로"), 10000, 10199, 3),
    District("인천광역시 서구", ("청라대로", "봉오대로", "서곶로"), 22700, 22899, 1),
)  # fmt: skip
#: Spellings staff type for the same 시/도 (the app keeps what was typed and derives the region).
SHORT_SPELLINGS = {"서울특별시": "서울", "경기도": "경기", "인천광역시": "인천"}
ENTRY_NOTES = ("", "", "", "공동현관 비밀번호 1234#", "경비실 호출 후 출입", "1층 무인택배함 이용")
DELIVERY_MEMOS = ("", "", "", "문 앞에 놓아 주세요", "부재 시 경비실에 맡겨 주세요", "벨 누르지 말아 주세요")


@dataclass
class BuildReport:
    """What was built: kept beside the cached file, so a cached run can still say how long building took."""

    customers: int
    seconds: float
    file_bytes: int
    rows: dict[str, int] = field(default_factory=dict)
    from_cache: bool = False


@dataclass(frozen=True)
class BuiltDatabase:
    path: Path
    report: BuildReport


def schema_hash() -> str:
    """Changes whenever the migrations (the schema) or this generator change, so a stale cache is never used."""
    digest = hashlib.sha256(f"{GENERATOR_VERSION}:{SEED}".encode())
    for script in sorted(MIGRATIONS_FOLDER.rglob("*.py")):
        digest.update(script.relative_to(MIGRATIONS_FOLDER).as_posix().encode())
        digest.update(script.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def cached_database(customers: int, cache_dir: Path, *, log: Any = print) -> BuiltDatabase:
    """The database with *customers* customers from *cache_dir*, built there first if it is not yet."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    stem = f"shop-{customers}-customers-{schema_hash()}"
    path = cache_dir / f"{stem}.sqlite3"
    report_path = cache_dir / f"{stem}.json"
    if path.exists() and report_path.exists():
        report = BuildReport(**json.loads(report_path.read_text(encoding="utf-8")))
        report.from_cache = True
        return BuiltDatabase(path, report)
    for stale in cache_dir.glob(f"shop-{customers}-customers-*"):  # built by an older schema or generator
        if not stale.name.startswith(stem):
            stale.unlink()
    log(f"building a database of {customers:,} customers in {cache_dir} (cached for later runs) ...")
    building = cache_dir / f"{stem}.building-{os.getpid()}.sqlite3"
    for leftover in _with_sidecars(building):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    rows = build_database(building, customers)
    seconds = time.perf_counter() - started
    os.replace(building, path)
    report = BuildReport(customers, round(seconds, 2), path.stat().st_size, rows)
    report_path.write_text(json.dumps(asdict(report), indent=2), encoding="utf-8")
    log(f"built in {seconds:.1f} s: {path.stat().st_size / 2**20:.1f} MiB, {rows}")
    return BuiltDatabase(path, report)


def _with_sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def build_empty_database(path: Path) -> None:
    """A migrated database with the shop set up and no customers, as after the first start."""
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        _set_up(db)
    finally:
        _close(db)


def build_database(path: Path, customers: int) -> dict[str, int]:
    """Create *path* with *customers* customers; returns the number of rows per table."""
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        staff_ids = _set_up(db)
        generator = _Generator(random.Random(SEED), customers, staff_ids, _next_id(db, AuditEntry.__tablename__))
        rows: dict[str, int] = {}
        for first in range(1, customers + 1, CUSTOMERS_PER_TRANSACTION):
            last = min(first + CUSTOMERS_PER_TRANSACTION - 1, customers)
            batch = generator.customers(range(first, last + 1))
            with db.engine.begin() as connection:
                for name, values in batch.items():  # parents before children, for the foreign keys
                    if values:
                        connection.execute(insert(Base.metadata.tables[name]), values)
                        rows[name] = rows.get(name, 0) + len(values)
        generator.check_sample()
    finally:
        _close(db)
    return rows


def _set_up(db: Database) -> list[int]:
    owner = set_up_shop(db, shop_name="토이구독 마포점", owner_name="박지영", now=SET_UP_AT)
    clerks = [add_staff(db, by_staff_id=owner.id, name=name, now=SET_UP_AT) for name in ("김하나", "이준서")]
    return [owner.id, *(clerk.id for clerk in clerks)]


def _next_id(db: Database, table_name: str) -> int:
    table = Base.metadata.tables[table_name]
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def _close(db: Database) -> None:
    """Fold the WAL into the file, so the file alone is the whole database."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


def _moment(day: date, rng: random.Random) -> datetime:
    """A moment during opening hours (10:00-19:00 in Seoul) on *day*, in UTC."""
    local = datetime.combine(day, datetime.min.time()) + timedelta(seconds=rng.randrange(10 * 3600, 19 * 3600))
    return (local - _SEOUL).replace(tzinfo=UTC)


def _seoul_day(moment: datetime) -> date:
    return (moment + _SEOUL).date()


class _Generator:
    """Rows for customers in id order; every random choice comes from one seeded generator."""

    def __init__(self, rng: random.Random, total: int, staff_ids: Sequence[int], first_audit_id: int) -> None:
        self.rng = rng
        self.total = total
        self.staff_ids = list(staff_ids)
        self.family_names = [name for name, _ in FAMILY_NAMES]
        self.family_weights = [weight for _, weight in FAMILY_NAMES]
        self.district_weights = [d.weight for d in DISTRICTS]
        # Zipf-like: the most common names are much more common than the tenth.
        self.mothers_weights = [1 / (rank + 3) for rank in range(len(MOTHERS_NAMES))]
        self.fathers_weights = [1 / (rank + 3) for rank in range(len(FATHERS_NAMES))]
        self.ids = {"address": 1, "phone": 1, "child": 1, "consent": 1, "audit": first_audit_id}
        # Unique 010 numbers for everyone (at most three each): drawn without replacement from 010-[2-9]xxx-xxxx.
        self.numbers: Iterator[int] = iter(rng.sample(range(20_000_000, 100_000_000), 3 * total))
        self.sample: list[tuple[str, Address, str, str]] = []
        self._tables: dict[str, list[dict[str, Any]]] = {}

    def customers(self, ids: range) -> dict[str, list[dict[str, Any]]]:
        """Rows for the customers *ids*, by table name, tables in an order that satisfies the foreign keys."""
        models = (Customer, Child, Consent, AddressVersion, PhoneVersion, AuditEntry)
        tables: dict[str, list[dict[str, Any]]] = {model.__tablename__: [] for model in models}
        self._tables = tables
        for customer_id in ids:
            self._customer(customer_id)
        return tables

    def _add(self, model: type[Any], row: dict[str, Any]) -> None:
        self._tables[model.__tablename__].append(row)

    def _next(self, kind: str) -> int:
        value = self.ids[kind]
        self.ids[kind] = value + 1
        return value

    def _name(self) -> str:
        rng = self.rng
        family = rng.choices(self.family_names, self.family_weights)[0]
        roll = rng.random()
        if roll < 0.55:
            given = rng.choices(MOTHERS_NAMES, self.mothers_weights)[0]
        elif roll < 0.75:
            given = rng.choices(FATHERS_NAMES, self.fathers_weights)[0]
        elif roll < 0.99:
            given = rng.choice(FIRST_SYLLABLES) + rng.choice(SECOND_SYLLABLES)
        else:
            given = rng.choice(SECOND_SYLLABLES)  # a one-syllable given name: 김 현
        return family + given

    def _phone(self) -> tuple[str, str]:
        """E.164 and national digits of a fresh 010 number."""
        digits = f"010{next(self.numbers):08d}"
        return "+82" + digits[1:], digits

    def _address(self) -> Address:
        rng = self.rng
        district = rng.choices(DISTRICTS, self.district_weights)[0]
        province, rest = district.city.split(" ", 1)
        if rng.random() < 0.1:
            province = SHORT_SPELLINGS[province]
        road = rng.choice(district.roads)
        if rng.random() < 0.4:
            road = f"{road}{rng.randrange(1, 12) * 2}길"
        road_address = f"{province} {rest} {road} {rng.randrange(1, 400)}"
        return Address(
            postal_code=f"{rng.randrange(district.postal_low, district.postal_high + 1):05d}",
            road_address=road_address,
            detail=self._detail(),
            entry_notes=rng.choice(ENTRY_NOTES),
            delivery_memo=rng.choice(DELIVERY_MEMOS),
        )

    def _detail(self) -> str:
        rng = self.rng
        kind = rng.random()
        if kind < 0.65:  # an apartment: building and unit
            return f"{rng.randrange(101, 120)}동 {rng.randrange(1, 25)}{rng.randrange(1, 5):02d}호"
        if kind < 0.9:  # a villa floor
            return f"{rng.randrange(1, 5)}층"
        return ""  # a house

    def _customer(self, customer_id: int) -> None:
        rng = self.rng
        # Ids are given in order of registration, spread over the three years.
        span = (LAST_DAY - FIRST_DAY).days - 60
        registered_on = FIRST_DAY + timedelta(days=(customer_id - 1) * span // self.total)
        created_at = _moment(registered_on, rng)
        staff_id = rng.choice(self.staff_ids)
        name = self._name()
        email = (
            f"{rng.choice(EMAIL_WORDS)}{rng.randrange(1, 9999)}@{rng.choice(EMAIL_DOMAINS)}"
            if rng.random() < 0.4
            else None
        )
        changes = 0
        address = self._address()
        primary = self._phone()
        spouse = self._phone() if rng.random() < 1 / 3 else None
        registration = {
            "customer_id": customer_id,
            "effective_from": registered_on,
            "effective_until": None,
            "reason": ChangeReason.REGISTRATION.value,
            "note": "",
            "recorded_at": created_at,
            "recorded_by_id": staff_id,
            "voided_at": None,
            "voided_by_id": None,
            "void_reason": None,
            "last_confirmed_on": registered_on,
            "version": 1,
            "supersedes_id": None,
        }
        address_id = self._next("address")
        corrected = rng.random() < 0.02
        self._add(AddressVersion, {**registration, **_address_columns(address), "id": address_id})
        for role, phone in ((PhoneRole.PRIMARY, primary), (PhoneRole.SPOUSE, spouse)):
            if phone is not None:
                self._add(PhoneVersion, {**registration, **_phone_columns(role, phone), "id": self._next("phone")})
        children = [
            rng.choices(self.family_names, self.family_weights)[0] + rng.choice(CHILDREN_NAMES)
            for _ in range(rng.choices((1, 2, 3), (70, 25, 5))[0])
        ]
        for child_name in children:
            months_old = rng.randrange(-6, 48)
            birth = date(registered_on.year, registered_on.month, 1) - timedelta(days=30 * months_old)
            self._add(
                Child,
                {
                    "id": self._next("child"),
                    "customer_id": customer_id,
                    "name": child_name,
                    "birth_month": birth.replace(day=1),
                    "notes": "",
                    "active": True,
                    "version": 1,
                },
            )
        marketing = rng.random() < 0.45
        for kind, granted in ((ConsentKind.PERSONAL_DATA, True), (ConsentKind.MARKETING, marketing)):
            self._add(
                Consent,
                {
                    "id": self._next("consent"),
                    "customer_id": customer_id,
                    "kind": kind.value,
                    "granted": granted,
                    "given_on": registered_on,
                    "notice_version": CURRENT_NOTICE_VERSION,
                    "method": (ConsentMethod.PAPER if rng.random() < 0.8 else ConsentMethod.ELECTRONIC).value,
                    "recorded_at": created_at,
                    "recorded_by_id": staff_id,
                },
            )
        phones = {PhoneRole.PRIMARY.value: primary[0]} | ({PhoneRole.SPOUSE.value: spouse[0]} if spouse else {})
        self._audit(
            created_at,
            staff_id,
            "customer.register",
            customer_id,
            None,
            {
                "number": format_customer_number(customer_id),
                "name": name,
                "email": email,
                "address": address.one_line,
                "phones": phones,
                "children": children,
                "marketing_consent": marketing,
            },
        )
        if corrected:  # the registration address had a typo, noticed a few days later
            changes += 1
            at = min(_moment(registered_on + timedelta(days=rng.randrange(1, 10)), rng), _moment(LAST_DAY, rng))
            fixed = Address(
                address.postal_code, address.road_address, self._detail(), address.entry_notes, address.delivery_memo
            )
            rows = self._tables[AddressVersion.__tablename__]
            rows[-1] |= {"voided_at": at, "voided_by_id": staff_id, "void_reason": "동 호수 오기", "version": 2}
            new_id = self._next("address")
            self._add(
                AddressVersion,
                {
                    **registration,
                    **_address_columns(fixed),
                    "id": new_id,
                    "reason": ChangeReason.CORRECTION.value,
                    "note": "동 호수 오기",
                    "recorded_at": at,
                    "supersedes_id": address_id,
                },
            )
            self._audit(
                at,
                staff_id,
                "address.correction",
                customer_id,
                {"version_id": address_id, "address": address.one_line, "effective_from": registered_on.isoformat()},
                {"version_id": new_id, "address": fixed.one_line, "reason": "동 호수 오기"},
            )
            address = fixed
        if rng.random() < 1 / 3:  # moved once during the term
            changes += 1
            moved_on, at = self._change_dates(registered_on)
            new_address = self._address()
            new_id = self._next("address")
            self._add(
                AddressVersion,
                {
                    **registration,
                    **_address_columns(new_address),
                    "id": new_id,
                    "effective_from": moved_on,
                    "reason": ChangeReason.MOVE.value,
                    "recorded_at": at,
                    "recorded_by_id": rng.choice(self.staff_ids),
                    "last_confirmed_on": _seoul_day(at),
                },
            )
            self._audit(
                at,
                staff_id,
                "address.move",
                customer_id,
                {"address": address.one_line},
                {
                    "address": new_address.one_line,
                    "effective_from": moved_on.isoformat(),
                    "effective_until": None,
                    "version_id": new_id,
                },
            )
        if rng.random() < 1 / 3:  # changed their number once
            changes += 1
            changed_on, at = self._change_dates(registered_on)
            new_phone = self._phone()
            new_id = self._next("phone")
            self._add(
                PhoneVersion,
                {
                    **registration,
                    **_phone_columns(PhoneRole.PRIMARY, new_phone),
                    "id": new_id,
                    "effective_from": changed_on,
                    "reason": ChangeReason.NUMBER_CHANGE.value,
                    "recorded_at": at,
                    "recorded_by_id": rng.choice(self.staff_ids),
                    "last_confirmed_on": _seoul_day(at),
                },
            )
            self._audit(
                at,
                staff_id,
                "phone.number_change",
                customer_id,
                {"role": PhoneRole.PRIMARY.value, "e164": primary[0]},
                {
                    "role": PhoneRole.PRIMARY.value,
                    "e164": new_phone[0],
                    "effective_from": changed_on.isoformat(),
                    "version_id": new_id,
                },
            )
        self._add(
            Customer,
            {
                "id": customer_id,
                "number": format_customer_number(customer_id),
                "name": name,
                "name_initials": initial_consonants(name),
                "email": email,
                "notes": "",
                "registered_on": registered_on,
                "created_at": created_at,
                "created_by_id": staff_id,
                "version": 1 + changes,
            },
        )
        if len(self.sample) < CHECKED_SAMPLE and rng.random() < 0.05:
            self.sample.append((name, address, primary[0], primary[1]))

    def _change_dates(self, registered_on: date) -> tuple[date, datetime]:
        """When a change took effect, and when the shop learned of it (often late, sometimes early)."""
        rng = self.rng
        latest = (LAST_DAY - registered_on).days - 20
        effective = registered_on + timedelta(days=rng.randrange(15, max(16, latest)))
        learned = min(max(effective + timedelta(days=rng.randrange(-10, 30)), registered_on), LAST_DAY)
        return effective, _moment(learned, rng)

    def _audit(
        self,
        at: datetime,
        staff_id: int,
        action: str,
        customer_id: int,
        before: dict[str, Any] | None,
        after: dict[str, Any],
    ) -> None:
        self._add(
            AuditEntry,
            {
                "id": self._next("audit"),
                "at": at,
                "staff_id": staff_id,
                "action": action,
                "entity": "customer",
                "entity_id": customer_id,
                "before": before,
                "after": after,
            },
        )

    def check_sample(self) -> None:
        """The generated values are what the app's validators would have stored."""
        for name, address, e164, digits in self.sample:
            if validate_person_name(name) != name:
                raise AssertionError(f"generated name {name!r} is not in its stored form")
            checked = validate_address(
                postal_code=address.postal_code,
                road_address=address.road_address,
                detail=address.detail,
                entry_notes=address.entry_notes,
                delivery_memo=address.delivery_memo,
            )
            if checked != address or checked.region is None:
                raise AssertionError(f"generated address {address} is not in its stored form")
            phone = parse_phone(f"{digits[:3]}-{digits[3:7]}-{digits[7:]}")
            if (phone.e164, phone.national_digits, phone.kind) != (e164, digits, PhoneKind.MOBILE):
                raise AssertionError(f"generated phone {e164} is not what parse_phone stores")


def _address_columns(address: Address) -> dict[str, Any]:
    """As ``services.customers.new_address_version`` writes them."""
    return {
        "postal_code": address.postal_code,
        "road_address": address.road_address,
        "detail": address.detail,
        "entry_notes": address.entry_notes,
        "delivery_memo": address.delivery_memo,
        "region": address.region,
        "is_temporary": False,
    }


def _phone_columns(role: PhoneRole, phone: tuple[str, str]) -> dict[str, Any]:
    """As ``services.customers.new_phone_version`` writes them."""
    e164, digits = phone
    return {
        "role": role.value,
        "e164": e164,
        "kind": PhoneKind.MOBILE.value,
        "national_digits": digits,
        "digits_reversed": digits[::-1],
    }


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: int(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in sorted(tables)}
