"""A large, realistic, deterministic shop database for the benchmarks, built once and cached.

The schema, indexes and pragmas are the app's own: the file is created and migrated by ``open_database`` and the
shop is set up by ``set_up_shop``. The customers are then filled in bulk (SQLAlchemy Core executemany on the
models' tables, a few transactions) with every column as the services would write it: ``name_initials`` from
``initial_consonants``, ``number`` from ``format_customer_number``, phones with their E.164 form, kind, national
and reversed digits, moments in UTC with a time zone.

Each customer has a registration address and primary phone; about a third moved once, a third changed their
number once, a third gave a spouse's phone, and a few had an address corrected (the wrong version voided). That is
about three contact versions per customer, plus children, consents and audit entries, as the services leave them.

The plan catalogue (five plans, as the demo shop has them) and a discount category are set up through the services.
Each customer signs at registration (one plan, or two: a box or a rental with the unlimited membership), one in
eight comes back later for another (so trials run up to ``LAST_DAY``), and a third of the terms that end are
renewed: about 1.46 subscriptions per customer, with contract numbers, terms of 12, 24 and 36 months, rental trials,
multi-child discounts, and the events the services append: pauses (about one subscription in twenty is paused on
``LAST_DAY``; some pauses were resumed early), cancellations with their fees (about one in ten, some during the
trial, some recorded ahead) and renewals (some signed ahead, so scheduled). ``ends_on``, ``paid_from``,
``cancelled_on``, ``renewed`` and ``version`` are kept in step with the events as the services keep them, every
transition is checked with the domain's own rules (``check_pause``, ``check_cancel``, ``renewal_start``) while it is
generated, and a sample of every state is read back through ``subscription_view`` after the build. Subscriptions come
from a second seeded generator, so the customers are the same as before they were added.
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
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.migrate import MIGRATIONS_FOLDER
from toysub_desktop.db.models import (
    AddressVersion,
    AuditEntry,
    Base,
    Child,
    Consent,
    Customer,
    CustomerNameKey,
    PhoneVersion,
    Plan,
    Shop,
    Subscription,
    SubscriptionDiscount,
    SubscriptionEvent,
    name_key_rows,
)
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.address import Address, validate_address
from toysub_desktop.domain.contacts import (
    CURRENT_NOTICE_VERSION,
    ChangeReason,
    ConsentKind,
    ConsentMethod,
    PhoneRole,
)
from toysub_desktop.domain.fees import EarlyTerminationRule, early_termination_fee
from toysub_desktop.domain.hangul import initial_consonants
from toysub_desktop.domain.person import format_customer_number, validate_person_name
from toysub_desktop.domain.phone import PhoneKind, parse_phone
from toysub_desktop.domain.plans import (
    Cadence,
    DiscountLine,
    PaymentMethod,
    PlanDetails,
    PlanKind,
    Quote,
    TermOption,
    quote,
)
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.subscriptions import (
    RENEWAL_WINDOW_DAYS,
    ContractTimeline,
    Pause,
    PauseEndRule,
    SubscriptionState,
    check_cancel,
    check_pause,
    renewal_start,
    resumed_pause,
)
from toysub_desktop.services.common import plain
from toysub_desktop.services.plans import create_discount_category, create_plan
from toysub_desktop.services.queries.plan_details import plan_details
from toysub_desktop.services.shop import add_staff, set_up_shop
from toysub_desktop.services.subscriptions import format_contract_number, subscription_view

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
#: The 8 digits after 010 from, and up to, which no mobile number is assigned (010-5970 to 010-5999).
NOT_MOBILE = (59_700_000, 60_000_000)

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

# --- plans and subscriptions ------------------------------------------------------------------------------------

_SHORT_TERMS = (TermOption(12, 0), TermOption(24, 5))
_ALL_TERMS = (TermOption(12, 0), TermOption(24, 5), TermOption(36, 10))
#: The catalogue the owner sets up at the opening (as the demo shop has it), with each plan's monthly price.
PLANS: tuple[tuple[PlanDetails, int], ...] = (
    (PlanDetails("정기배송 베이직", PlanKind.BOX, "베이직", Cadence.MONTHLY, _SHORT_TERMS), 29_000),
    (PlanDetails("정기배송 프리미엄", PlanKind.BOX, "프리미엄", Cadence.MONTHLY, _SHORT_TERMS), 45_000),
    (PlanDetails("렌털 베이직", PlanKind.RENTAL, "베이직", Cadence.EVERY_4_WEEKS, _ALL_TERMS, 14, 50_000), 29_000),
    (PlanDetails("렌털 프리미엄", PlanKind.RENTAL, "프리미엄", Cadence.EVERY_2_WEEKS, _ALL_TERMS, 14, 80_000), 39_000),
    (PlanDetails("무제한 멤버십", PlanKind.UNLIMITED, "스탠다드", Cadence.AT_THE_SHOP, _SHORT_TERMS), 25_000),
)  # fmt: skip
#: What a customer signs at registration (indexes into ``PLANS``), and how often.
FIRST_CHOICES: tuple[tuple[tuple[int, ...], float], ...] = (
    ((0,), 24), ((1,), 12), ((2,), 22), ((3,), 14), ((4,), 10),
    ((0, 4), 5), ((1, 4), 2), ((2, 4), 3), ((0, 2), 2),
)  # fmt: skip
#: A customer comes back later for another contract (a rental for a younger child, the membership) this often;
#: these, signed up to ``LAST_DAY``, are where the trials running on that day come from, as registrations stop
#: 60 days before it.
LATER_SHARE = 0.12
LATER_WEIGHTS = (20, 8, 30, 17, 25)
TERM_WEIGHTS = {12: 45, 24: 40, 36: 15}
PAYMENT_METHODS = (PaymentMethod.AUTO_DEBIT, PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH)
PAYMENT_WEIGHTS = (45, 35, 15, 5)
MULTI_CHILD = ("다자녀", 10, "가족관계증명서")
MULTI_CHILD_EVIDENCE = ("가족관계증명서 확인", "주민등록등본 확인", "다둥이 행복카드 확인")
#: A customer with two or more children who shows the evidence and gets the multi-child discount.
MULTI_CHILD_SHARE = 0.6
#: A term that ends (by ``LAST_DAY`` and the renewal window after it) is renewed this often.
RENEWAL_SHARE = 0.33
#: A contract with a trial is cancelled during it this often; any contract, later in its term, this often.
TRIAL_CANCEL_SHARE = 0.05
CANCEL_SHARE = 0.11
#: A contract running past its trial on ``LAST_DAY`` is paused that day this often (about 5% of all contracts).
PAUSED_NOW_SHARE = 0.10
#: A contract had a pause earlier in its term this often; some of those were resumed early. (No service voids an
#: event, so none is voided here.)
PAST_PAUSE_SHARE = 0.15
RESUMED_EARLY_SHARE = 0.25
CONTRACT_NOTES = ("어린이집 하원 후 수령", "소리 나는 장난감은 빼 달라고 요청", "원목 장난감 위주로 요청")
PAUSE_NOTES = ("해외 체류", "둘째 출산으로 잠시 쉼", "이사 준비로 한동안 쉼", "아이 입원", "장기 여행", "")
CANCEL_NOTES = ("아이가 커서 더 이상 필요 없음", "해외 이주", "배송 지역 밖으로 이사", "다른 서비스로 옮김", "")
#: How many generated subscriptions are read back through ``subscription_view`` after the build.
CHECKED_SUBSCRIPTIONS = 200


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
    """Create *path* with *customers* customers and their subscriptions; returns the number of rows per table."""
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        staff_ids = _set_up(db)
        catalogue = _plan_catalogue(db, staff_ids[0])
        generator = _Generator(
            random.Random(SEED), customers, staff_ids, _next_id(db, AuditEntry.__tablename__), catalogue
        )
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
        generator.check_subscriptions(db)
    finally:
        _close(db)
    return rows


def _set_up(db: Database) -> list[int]:
    owner = set_up_shop(db, shop_name="토이구독 마포점", owner_name="박지영", now=SET_UP_AT)
    clerks = [add_staff(db, by_staff_id=owner.id, name=name, now=SET_UP_AT) for name in ("김하나", "이준서")]
    return [owner.id, *(clerk.id for clerk in clerks)]


@dataclass(frozen=True)
class _Catalogue:
    """The plans as stored (id, details, monthly price), the discount category, and the shop's contract rules."""

    plans: tuple[tuple[int, PlanDetails, int], ...]
    multi_child_id: int
    pause_rule: PauseEndRule
    max_pause_days: int
    termination: EarlyTerminationRule


def _plan_catalogue(db: Database, owner_id: int) -> _Catalogue:
    """The owner sets up the plans and the multi-child discount before the first customer comes."""
    plans = []
    for details, price in PLANS:
        plan_id = create_plan(
            db,
            staff_id=owner_id,
            name=details.name,
            kind=details.kind,
            tier=details.tier,
            cadence=details.cadence,
            terms=details.terms,
            trial_days=details.trial_days,
            deposit=details.deposit,
            monthly_price=price,
            now=SET_UP_AT,
        )
        plans.append((plan_id, details, price))
    name, percent, hint = MULTI_CHILD
    category_id = create_discount_category(
        db, staff_id=owner_id, name=name, percent=percent, evidence_hint=hint, now=SET_UP_AT
    )
    with db.reading() as session:
        shop = session.scalars(select(Shop)).one()
        stored = {plan.id: plan_details(plan) for plan in session.scalars(select(Plan))}
        if any(stored[plan_id] != details for plan_id, details, _ in plans):
            raise AssertionError("the plans were not stored as given")
        return _Catalogue(
            tuple(plans),
            category_id,
            PauseEndRule(shop.pause_end_rule),
            shop.max_pause_days,
            EarlyTerminationRule(shop.early_termination_percent, shop.early_termination_cap),
        )


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

    def __init__(
        self, rng: random.Random, total: int, staff_ids: Sequence[int], first_audit_id: int, catalogue: _Catalogue
    ) -> None:
        self.rng = rng
        # Subscriptions draw from their own generator, so the customers stay as they were before subscriptions.
        self.contracts_rng = random.Random(SEED + 1)
        self.catalogue = catalogue
        self.choice_weights = [weight for _, weight in FIRST_CHOICES]
        self.total = total
        self.staff_ids = list(staff_ids)
        self.family_names = [name for name, _ in FAMILY_NAMES]
        self.family_weights = [weight for _, weight in FAMILY_NAMES]
        self.district_weights = [d.weight for d in DISTRICTS]
        # Zipf-like: the most common names are much more common than the tenth.
        self.mothers_weights = [1 / (rank + 3) for rank in range(len(MOTHERS_NAMES))]
        self.fathers_weights = [1 / (rank + 3) for rank in range(len(FATHERS_NAMES))]
        self.ids = {
            "address": 1,
            "phone": 1,
            "child": 1,
            "consent": 1,
            "audit": first_audit_id,
            "subscription": 1,
            "subscription_discount": 1,
            "subscription_event": 1,
        }
        #: Generated subscriptions to read back through the service: (id, state on ``LAST_DAY``, ends_on).
        self.subscription_sample: list[tuple[int, SubscriptionState, date]] = []
        self.sampled_states: dict[SubscriptionState, int] = {}
        self.sample_rng = random.Random(SEED + 2)
        # Unique 010 numbers for everyone (at most three each): drawn without replacement from 010-[2-9]xxx-xxxx,
        # leaving out 010-5970-xxxx to 010-5999-xxxx, which are no mobile numbers (parse_phone refuses them). Three
        # are drawn per customer and at most about 1.7 used, so leaving a few out never runs short.
        drawn = rng.sample(range(20_000_000, 100_000_000), 3 * total)
        self.numbers: Iterator[int] = iter(n for n in drawn if not NOT_MOBILE[0] <= n < NOT_MOBILE[1])
        self.sample: list[tuple[str, Address, str, str]] = []
        self._tables: dict[str, list[dict[str, Any]]] = {}

    def customers(self, ids: range) -> dict[str, list[dict[str, Any]]]:
        """Rows for the customers *ids*, by table name, tables in an order that satisfies the foreign keys."""
        models = (
            Customer,
            CustomerNameKey,
            Child,
            Consent,
            AddressVersion,
            PhoneVersion,
            Subscription,
            SubscriptionDiscount,
            SubscriptionEvent,
            AuditEntry,
        )
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
        # Core inserts skip the ORM listeners that keep the search keys in step: add them as the app would.
        self._tables[CustomerNameKey.__tablename__].extend(name_key_rows(customer_id, name))
        if len(self.sample) < CHECKED_SAMPLE and rng.random() < 0.05:
            self.sample.append((name, address, primary[0], primary[1]))
        self._subscriptions(customer_id, registered_on, created_at, staff_id, len(children))

    # --- subscriptions ------------------------------------------------------------------------------------------

    def _subscriptions(
        self, customer_id: int, registered_on: date, registered_at: datetime, staff_id: int, children: int
    ) -> None:
        """What the customer signs at registration, each contract followed by its renewals."""
        rng = self.contracts_rng
        plans = rng.choices(FIRST_CHOICES, self.choice_weights)[0][0]
        discount = None
        if children > 1 and rng.random() < MULTI_CHILD_SHARE:
            discount = DiscountLine(MULTI_CHILD[0], MULTI_CHILD[1], rng.choice(MULTI_CHILD_EVIDENCE))
        start = registered_on if rng.random() < 0.6 else registered_on + timedelta(days=rng.randrange(1, 15))
        at = registered_at
        payment = rng.choices(PAYMENT_METHODS, PAYMENT_WEIGHTS)[0]
        contracts = []
        for index in plans:
            at += timedelta(minutes=rng.randrange(3, 15))
            contracts.append((index, start, at, staff_id))
        if rng.random() < LATER_SHARE:
            day = registered_on + timedelta(days=rng.randrange(30, max(31, (LAST_DAY - registered_on).days + 1)))
            index = rng.choices(range(len(PLANS)), LATER_WEIGHTS)[0]
            later = day + timedelta(days=rng.randrange(0, 15) if rng.random() < 0.3 else 0)
            contracts.append((index, later, _moment(day, rng), rng.choice(self.staff_ids)))
        for index, contract_start, signed_at, signed_by in contracts:
            renews: dict[str, Any] | None = None
            while True:
                plan = self.catalogue.plans[index]
                row, timeline = self._contract(
                    customer_id, plan, contract_start, signed_at, signed_by, payment, discount, renews
                )
                renewal = self._renewal(row, timeline)
                self._sample_subscription(row, replace(timeline, renewed=row["renewed"]))
                if renewal is None:
                    break
                renews, (contract_start, signed_at, signed_by) = row, renewal

    def _term(self, details: PlanDetails) -> int:
        offered = [t.months for t in details.terms]
        return self.contracts_rng.choices(offered, [TERM_WEIGHTS[months] for months in offered])[0]

    def _contract(
        self,
        customer_id: int,
        plan: tuple[int, PlanDetails, int],
        start: date,
        signed_at: datetime,
        staff_id: int,
        payment: PaymentMethod,
        discount: DiscountLine | None,
        renews: dict[str, Any] | None,
    ) -> tuple[dict[str, Any], ContractTimeline]:
        """One contract as ``sign_up`` (or ``renew``) writes it, then its pauses and cancellation, if any."""
        rng = self.contracts_rng
        catalogue = self.catalogue
        plan_id, details, price = plan
        months = self._term(details)
        figures = quote(details, list_price=price, months=months, discounts=(discount,) if discount else ())
        if renews is not None:  # a renewal has no second free trial
            figures = replace(figures, trial_days=0)
        timeline = ContractTimeline(start, figures.trial_days, months, catalogue.pause_rule)
        subscription_id = self._next("subscription")
        signed_on = _seoul_day(signed_at)
        row: dict[str, Any] = {
            "id": subscription_id,
            "contract_number": format_contract_number(subscription_id, signed_on),
            "customer_id": customer_id,
            "plan_id": plan_id,
            "plan_name": details.name,
            "kind": details.kind.value,
            "tier": details.tier,
            "cadence": details.cadence.value,
            "term_months": months,
            "start_on": start,
            "trial_days": figures.trial_days,
            "paid_from": timeline.paid_from,
            "list_price": figures.list_price,
            "term_discount_percent": figures.term_discount_percent,
            "monthly_fee": figures.monthly_fee,
            "deposit": figures.deposit,
            "delivery_day": rng.randrange(1, 29) if details.kind is PlanKind.BOX else None,
            "swap_weekday": rng.randrange(7) if details.kind is PlanKind.RENTAL else None,
            "payment_method": payment.value,
            "pause_end_rule": catalogue.pause_rule.value,
            "max_pause_days": catalogue.max_pause_days,
            "early_termination_percent": catalogue.termination.percent,
            "early_termination_cap": catalogue.termination.cap,
            "renews_id": renews["id"] if renews else None,
            "renewed": False,
            "ends_on": timeline.end,
            "cancelled_on": None,
            "signed_on": signed_on,
            "signed_at": signed_at,
            "signed_by_id": staff_id,
            "note": rng.choice(CONTRACT_NOTES) if rng.random() < 0.05 else "",
            "version": 1,
        }
        self._add(Subscription, row)
        if discount is not None:
            self._add_discount(subscription_id, discount, figures)
        self._audit(
            signed_at,
            staff_id,
            "subscription.sign_up",
            subscription_id,
            None,
            _signed_json(row, figures) | ({"renews": renews["contract_number"]} if renews else {}),
            entity="subscription",
        )
        timeline = self._pauses(row, timeline)
        return row, self._cancellation(row, timeline, figures)

    def _add_discount(self, subscription_id: int, discount: DiscountLine, figures: Quote) -> None:
        self._add(
            SubscriptionDiscount,
            {
                "id": self._next("subscription_discount"),
                "subscription_id": subscription_id,
                "category_id": self.catalogue.multi_child_id,
                "label": discount.label,
                "percent": discount.percent,
                "amount": figures.discounts[0].amount,
                "evidence": discount.evidence,
            },
        )

    def _event(
        self,
        row: dict[str, Any],
        kind: EventKind,
        effective_on: date,
        at: datetime,
        timeline: ContractTimeline,
        staff_id: int | None = None,
        **values: Any,
    ) -> int:
        """An event as ``services.subscriptions._record`` appends it, with its audit entry; the row's version and
        end follow."""
        staff_id = staff_id or self.contracts_rng.choice(self.staff_ids)
        event_id = self._next("subscription_event")
        row["version"] += 1
        row["ends_on"] = timeline.end
        self._add(
            SubscriptionEvent,
            {
                "id": event_id,
                "subscription_id": row["id"],
                "kind": kind.value,
                "effective_on": effective_on,
                "until": None,
                "refers_to_id": None,
                "plan_id": None,
                "monthly_fee": None,
                "fee": None,
                "details": None,
                "note": "",
                "recorded_at": at,
                "recorded_by_id": staff_id,
                "voided_at": None,
                "voided_by_id": None,
                "void_reason": None,
                **values,
            },
        )
        after = {"event_id": event_id, "effective_on": effective_on, **values, "ends_on": timeline.end}
        self._audit(at, staff_id, f"subscription.{kind.value}", row["id"], None, plain(after), entity="subscription")
        return event_id

    def _recorded(self, day: date, row: dict[str, Any], after: datetime | None = None) -> datetime:
        """A moment on *day* (kept between the signing and ``LAST_DAY``) after *after*: when staff recorded it."""
        earliest = after or row["signed_at"]
        day = min(max(day, row["signed_on"]), LAST_DAY)
        return max(_moment(day, self.contracts_rng), earliest + timedelta(minutes=1))

    def _pauses(self, row: dict[str, Any], timeline: ContractTimeline) -> ContractTimeline:
        """Perhaps a pause earlier in the term, perhaps one covering ``LAST_DAY``; each checked as ``pause`` does."""
        rng = self.contracts_rng
        max_days = self.catalogue.max_pause_days
        current = None
        if timeline.paid_from < LAST_DAY <= timeline.mandatory_end and rng.random() < PAUSED_NOW_SHARE:
            first = max(timeline.paid_from, LAST_DAY - timedelta(days=rng.randrange(0, 45)))
            days = rng.randrange(max(14, (LAST_DAY - first).days + 1), max_days + 1)
            current = Pause(first, first + timedelta(days=days - 1))
        window_end = min(current.first if current else LAST_DAY, timeline.mandatory_end) - timedelta(days=1)
        latest_first = window_end - timedelta(days=13)
        at = row["signed_at"]
        if latest_first >= timeline.paid_from and rng.random() < PAST_PAUSE_SHARE:
            first = timeline.paid_from + timedelta(days=rng.randrange((latest_first - timeline.paid_from).days + 1))
            days = rng.randrange(14, min(max_days, (window_end - first).days + 1) + 1)
            resume = rng.random() < RESUMED_EARLY_SHARE  # the customer came back before the pause's last day
            timeline, at = self._pause(row, timeline, Pause(first, first + timedelta(days=days - 1)), at, resume)
        if current is not None:
            # A quarter of these resume early: about half of them before today (no longer paused), the others
            # said ahead when they will be back (still paused today, with the resume recorded).
            timeline, at = self._pause(row, timeline, current, at, rng.random() < 0.25)
        return timeline

    def _pause(
        self, row: dict[str, Any], timeline: ContractTimeline, pause: Pause, at: datetime, resume: bool
    ) -> tuple[ContractTimeline, datetime]:
        rng = self.contracts_rng
        check_pause(timeline, pause, max_days=self.catalogue.max_pause_days)
        at = self._recorded(pause.first - timedelta(days=rng.randrange(0, 10)), row, at)
        timeline = timeline.with_pause(pause)
        pause_id = self._event(
            row, EventKind.PAUSE, pause.first, at, timeline, until=pause.last, note=rng.choice(PAUSE_NOTES)
        )
        if resume and pause.days > 1:
            resume_on = pause.first + timedelta(days=rng.randrange(1, pause.days))
            at = self._recorded(min(resume_on, LAST_DAY) - timedelta(days=rng.randrange(0, 5)), row, at)
            shortened = resumed_pause(pause, resume_on)
            kept = tuple(p for p in timeline.pauses if p != pause)
            timeline = replace(timeline, pauses=(*kept, shortened) if shortened else kept)
            self._event(row, EventKind.RESUME, resume_on, at, timeline, refers_to_id=pause_id)
        return timeline, at

    def _cancellation(self, row: dict[str, Any], timeline: ContractTimeline, figures: Quote) -> ContractTimeline:
        """Perhaps a cancellation during the trial or later in the term (not while paused), with its fee."""
        rng = self.contracts_rng
        if timeline.pause_on(LAST_DAY) is not None:
            return timeline
        cancelled_on = None
        horizon = LAST_DAY + timedelta(days=30)  # a cancellation may be recorded ahead
        if (
            timeline.trial_days
            and not timeline.pauses
            and timeline.start < LAST_DAY
            and rng.random() < TRIAL_CANCEL_SHARE
        ):
            cancelled_on = timeline.start + timedelta(days=rng.randrange(1, timeline.trial_days + 1))
        elif rng.random() < CANCEL_SHARE:
            low = max([timeline.start, *(p.last for p in timeline.pauses)]) + timedelta(days=1)
            high = min(timeline.end, horizon)
            if low <= high:
                cancelled_on = low + timedelta(days=rng.randrange((high - low).days + 1))
        if cancelled_on is None or cancelled_on > horizon:
            return timeline
        check_cancel(timeline, cancelled_on)
        # As ``services.subscriptions._fee``: days still paused after the cancellation are not lost service.
        paused = sum(p.days_within(cancelled_on, timeline.end) for p in timeline.pauses)
        fee = early_termination_fee(
            self.catalogue.termination,
            monthly_fee=figures.monthly_fee,
            effective_on=cancelled_on,
            mandatory_end=timeline.end - timedelta(days=paused),
            paid_from=timeline.paid_from if timeline.trial_days else None,
        )
        last_event = self._tables[SubscriptionEvent.__tablename__]
        after = last_event[-1]["recorded_at"] if last_event and last_event[-1]["subscription_id"] == row["id"] else None
        at = self._recorded(cancelled_on - timedelta(days=rng.randrange(0, 21)), row, after)
        row["cancelled_on"] = cancelled_on
        timeline = replace(timeline, cancelled_on=cancelled_on)
        details = {
            "remaining_days": fee.remaining_days,
            "remaining_fees": fee.remaining_fees,
            "percent": fee.percent,
            "cap": fee.cap,
            "monthly_fee": fee.monthly_fee,
        }
        note = rng.choice(CANCEL_NOTES)
        self._event(row, EventKind.CANCEL, cancelled_on, at, timeline, fee=fee.fee, note=note, details=details)
        return timeline

    def _renewal(self, row: dict[str, Any], timeline: ContractTimeline) -> tuple[date, datetime, int] | None:
        """Perhaps a renewal signed within the window before the term ends (or a little after): the new contract's
        start, when it was signed and by whom. The old contract is marked renewed, with its event."""
        rng = self.contracts_rng
        if timeline.cancelled_on is not None or rng.random() >= RENEWAL_SHARE:
            return None
        events = self._tables[SubscriptionEvent.__tablename__]
        last_at = events[-1]["recorded_at"] if events and events[-1]["subscription_id"] == row["id"] else None
        earliest = max(timeline.end - timedelta(days=RENEWAL_WINDOW_DAYS), _seoul_day(last_at or row["signed_at"]))
        latest = min(timeline.end + timedelta(days=20), LAST_DAY)
        if earliest > latest:
            return None
        day = earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))
        start = renewal_start(timeline, day)
        at = self._recorded(day, row, last_at)
        staff_id = rng.choice(self.staff_ids)
        renewal_id = self.ids["subscription"]  # the next contract's id, as ``renew`` records it
        number = format_contract_number(renewal_id, _seoul_day(at))
        row["renewed"] = True
        renewed = replace(timeline, renewed=True)
        self._event(
            row,
            EventKind.RENEW,
            start,
            at,
            renewed,
            staff_id,
            details={"renewal_id": renewal_id, "contract_number": number},
        )
        return start, at, staff_id

    def _sample_subscription(self, row: dict[str, Any], timeline: ContractTimeline) -> None:
        """Keep some of every state (as the generator meant it) to read back after the build."""
        state = timeline.state_on(LAST_DAY)
        if row["ends_on"] != timeline.end or (state is SubscriptionState.CANCELLED) != (
            row["cancelled_on"] is not None and row["cancelled_on"] <= LAST_DAY
        ):
            raise AssertionError(f"subscription {row['id']}: its row and its timeline disagree")
        kept = self.sampled_states.get(state, 0)
        if kept < CHECKED_SUBSCRIPTIONS // len(SubscriptionState) and self.sample_rng.random() < 0.05:
            self.sampled_states[state] = kept + 1
            self.subscription_sample.append((row["id"], state, timeline.end))

    def check_subscriptions(self, db: Database) -> None:
        """A sample of the generated subscriptions reads back through the service with the state and end the
        generator meant, so the rows are what the services would have written."""
        for subscription_id, state, ends_on in self.subscription_sample:
            view = subscription_view(db, subscription_id, today=LAST_DAY)
            if (view.state, view.timeline.end) != (state, ends_on):
                raise AssertionError(
                    f"subscription {subscription_id}: generated {state} to {ends_on},"
                    f" the service reads {view.state} to {view.timeline.end}"
                )

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
        entity_id: int,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        *,
        entity: str = "customer",
    ) -> None:
        self._add(
            AuditEntry,
            {
                "id": self._next("audit"),
                "at": at,
                "staff_id": staff_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
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


def _signed_json(row: dict[str, Any], figures: Quote) -> dict[str, Any]:
    """As ``services.subscriptions._signed_json`` audits a sign-up."""
    return {
        "contract_number": row["contract_number"],
        "customer_id": row["customer_id"],
        "plan_id": row["plan_id"],
        "term_months": row["term_months"],
        "start_on": row["start_on"].isoformat(),
        "ends_on": row["ends_on"].isoformat(),
        "monthly_fee": figures.monthly_fee,
        "discounts": [[line.label, line.amount] for line in figures.discounts],
        "deposit": figures.deposit,
        "payment_method": row["payment_method"],
    }


def _address_columns(address: Address) -> dict[str, Any]:
    """As ``services.customers.new_address_version`` writes them."""
    return {
        "postal_code": address.postal_code,
        "road_address": address.road_address,
        "detail": address.detail,
        "entry_notes": address.entry_notes,
        "delivery_memo": address.delivery_memo,
        "region": address.region,
        "district": address.district,
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
