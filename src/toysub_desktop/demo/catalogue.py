"""The demo shop's catalogue: the plans and their prices, the discount categories, and the toys with their
labelled items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.story import Action, Part, Story, moment
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.plans import Cadence, PlanKind, TermOption
from toysub_desktop.domain.toys import ToyCategory
from toysub_desktop.services.plans import create_discount_category, create_plan, schedule_price_change
from toysub_desktop.services.toys import add_items, create_toy


@dataclass(frozen=True)
class Offer:
    """A plan as the owner set it up at the opening."""

    key: str
    name: str
    kind: PlanKind
    tier: str
    cadence: Cadence
    terms: tuple[TermOption, ...]
    monthly_price: int
    trial_days: int = 0
    deposit: int = 0

    @property
    def term_months(self) -> tuple[int, ...]:
        return tuple(t.months for t in self.terms)


_SHORT_TERMS = (TermOption(12, 0), TermOption(24, 5))
_ALL_TERMS = (TermOption(12, 0), TermOption(24, 5), TermOption(36, 10))
OFFERS: dict[str, Offer] = {
    offer.key: offer
    for offer in (
        Offer("box", "정기배송 베이직", PlanKind.BOX, "베이직", Cadence.MONTHLY, _SHORT_TERMS, 29_000),
        Offer("box_premium", "정기배송 프리미엄", PlanKind.BOX, "프리미엄", Cadence.MONTHLY, _SHORT_TERMS, 45_000),
        Offer(
            "rental", "렌털 베이직", PlanKind.RENTAL, "베이직", Cadence.EVERY_4_WEEKS, _ALL_TERMS, 29_000, 14, 50_000
        ),
        Offer(
            "rental_premium",
            "렌털 프리미엄",
            PlanKind.RENTAL,
            "프리미엄",
            Cadence.EVERY_2_WEEKS,
            _ALL_TERMS,
            39_000,
            14,
            80_000,
        ),
        Offer("unlimited", "무제한 멤버십", PlanKind.UNLIMITED, "스탠다드", Cadence.AT_THE_SHOP, _SHORT_TERMS, 25_000),
    )
}
#: Where a subscriber who changes tier goes (plan changes stay within a kind).
OTHER_TIER = {"box": "box_premium", "box_premium": "box", "rental": "rental_premium", "rental_premium": "rental"}
#: Discount categories: key, name, percent, and the evidence the clerk asks for.
_DISCOUNT_CATEGORIES = (
    ("multi_child", "다자녀", 10, "가족관계증명서"),
    ("sibling", "형제 두 번째 구독", 5, "첫 구독 계약번호"),
    ("referral", "지인 소개", 3, "소개한 고객 이름"),
)


def _first_of_next_month(day: date) -> date:
    return add_months(day.replace(day=1), 1)


class Catalogue(Part):
    """Plans the owner's set-up of the plans and discount categories at the opening, and the price changes since.
    Their ids are known once the story is replayed."""

    def __init__(self, story: Story) -> None:
        super().__init__(story)
        #: Catalogue ids by ``Offer.key`` and discount key.
        self.plan_ids: dict[str, int] = {}
        self.discount_ids: dict[str, int] = {}

    def plan(self, opened: datetime) -> None:
        """At the opening the owner set up the plans and the discount categories. Delivery costs raised the basic
        box's price once since, and the premium rental's price goes up about two months from today, so its
        subscribers are still to be told."""
        at = opened
        for offer in OFFERS.values():
            at = self.schedule(at + timedelta(minutes=self.rng.randint(2, 8)), self.create_offer(offer), by_owner=True)
        for key, name, percent, hint in _DISCOUNT_CATEGORIES:
            at = self.schedule(
                at + timedelta(minutes=self.rng.randint(1, 4)),
                self.create_discount(key, name, percent, hint),
                by_owner=True,
            )
        effective = _first_of_next_month(self.today - timedelta(days=self.rng.randint(400, 440)))
        told = effective - timedelta(days=self.rng.randint(35, 50))
        self.plan_price_change("box", 32_000, effective, told, "택배비·원자재 가격 인상")
        effective = _first_of_next_month(self.today + timedelta(days=45))
        told = self.today - timedelta(days=self.rng.randint(3, 12))
        self.plan_price_change("rental_premium", 42_000, effective, told, "신규 완구 라인업 확대에 따른 가격 조정")

    def create_offer(self, offer: Offer) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            self.plan_ids[offer.key] = create_plan(
                self.db,
                staff_id=staff_id,
                name=offer.name,
                kind=offer.kind,
                tier=offer.tier,
                cadence=offer.cadence,
                terms=offer.terms,
                trial_days=offer.trial_days,
                deposit=offer.deposit,
                monthly_price=offer.monthly_price,
                now=now,
            )
            self.counts["plans"] += 1

        return run

    def create_discount(self, key: str, name: str, percent: int, hint: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            self.discount_ids[key] = create_discount_category(
                self.db, staff_id=staff_id, name=name, percent=percent, evidence_hint=hint, now=now
            )
            self.counts["discount_categories"] += 1

        return run

    def plan_price_change(self, key: str, price: int, effective: date, told: date, note: str) -> None:
        def run(now: datetime, staff_id: int) -> None:
            schedule_price_change(
                self.db,
                staff_id=staff_id,
                plan_id=self.plan_ids[key],
                monthly_price=price,
                effective_from=effective,
                note=note,
                now=now,
            )
            self.counts["price_changes"] += 1

        self.schedule(self.moment_on(told), run, by_owner=True)


#: The demo catalogue: name, category, ages in months, brand, value in won, copies.
DEMO_TOYS: tuple[tuple[str, ToyCategory, int, int, str, int, int], ...] = (
    ("아기체육관 피아노 플레이매트", ToyCategory.BABY, 0, 12, "피셔프라이스", 79_000, 3),
    ("모빌 오르골", ToyCategory.BABY, 0, 8, "타이니러브", 59_000, 2),
    ("촉감 놀이책 세트", ToyCategory.BABY, 3, 18, "블루래빗", 35_000, 3),
    ("러닝홈 아기집", ToyCategory.BABY, 6, 36, "피셔프라이스", 129_000, 2),
    ("걸음마 보조기", ToyCategory.ACTIVE, 8, 24, "브이텍", 49_000, 3),
    ("흔들 목마", ToyCategory.RIDE_ON, 12, 48, "리틀타익스", 89_000, 2),
    ("붕붕카 자동차", ToyCategory.RIDE_ON, 12, 36, "스마트트라이크", 99_000, 2),
    ("세발자전거", ToyCategory.RIDE_ON, 24, 60, "스마트트라이크", 149_000, 2),
    ("점퍼루 점프 놀이기구", ToyCategory.ACTIVE, 4, 12, "에보", 169_000, 1),
    ("미끄럼틀 그네 세트", ToyCategory.ACTIVE, 18, 72, "리틀타익스", 259_000, 1),
    ("볼풀 텐트", ToyCategory.ACTIVE, 12, 60, "파크론", 69_000, 2),
    ("원목 주방놀이 세트", ToyCategory.ROLE_PLAY, 24, 84, "에듀플레이", 159_000, 2),
    ("마트 계산대 놀이", ToyCategory.ROLE_PLAY, 30, 84, "토이트론", 69_000, 2),
    ("병원놀이 가방", ToyCategory.ROLE_PLAY, 30, 84, "마이리틀타이거", 29_000, 3),
    ("공구놀이 작업대", ToyCategory.ROLE_PLAY, 30, 84, "블랙앤데커 주니어", 79_000, 2),
    ("인형의 집 3층 하우스", ToyCategory.DOLLS, 36, 108, "킨더가든", 189_000, 1),
    ("콩순이 냉장고", ToyCategory.ROLE_PLAY, 36, 96, "영실업", 55_000, 2),
    ("자석 블록 100피스", ToyCategory.BLOCKS, 36, 120, "맥포머스", 119_000, 3),
    ("듀플로 기차 세트", ToyCategory.BLOCKS, 18, 60, "레고", 99_000, 2),
    ("원목 블록 80피스", ToyCategory.BLOCKS, 12, 60, "하바", 89_000, 2),
    ("와플 블록 대형", ToyCategory.BLOCKS, 18, 72, "와플블럭", 59_000, 2),
    ("구슬 레일 만들기", ToyCategory.BLOCKS, 48, 120, "쿼보도", 139_000, 1),
    ("뽀로로 기차 레일 세트", ToyCategory.VEHICLES, 24, 72, "오로라월드", 69_000, 2),
    ("타요 주차타워", ToyCategory.VEHICLES, 30, 84, "아이코닉스", 79_000, 2),
    ("원목 기차 레일 50피스", ToyCategory.VEHICLES, 30, 96, "브리오", 129_000, 1),
    ("소방차 변신 로봇", ToyCategory.VEHICLES, 36, 96, "영실업", 45_000, 2),
    ("탑 쌓기 링 컵", ToyCategory.BABY, 6, 24, "토미", 15_000, 3),
    ("모양 맞추기 상자", ToyCategory.PUZZLES, 12, 36, "멜리사앤더그", 32_000, 2),
    ("지도 퍼즐 대한민국", ToyCategory.PUZZLES, 48, 120, "아이들판", 25_000, 2),
    ("할리갈리 주니어", ToyCategory.PUZZLES, 48, 120, "코리아보드게임즈", 22_000, 2),
    ("숫자 자석 칠판", ToyCategory.SCIENCE, 36, 96, "멜리사앤더그", 45_000, 2),
    ("어린이 현미경", ToyCategory.SCIENCE, 60, 144, "내셔널지오그래픽", 69_000, 1),
    ("코딩 로봇 애벌레", ToyCategory.SCIENCE, 36, 96, "피셔프라이스", 89_000, 2),
    ("말하는 지구본", ToyCategory.SCIENCE, 48, 144, "립프로그", 119_000, 1),
    ("멜로디 실로폰", ToyCategory.MUSIC, 12, 48, "하페", 39_000, 2),
    ("키즈 드럼 세트", ToyCategory.MUSIC, 24, 72, "브이텍", 65_000, 2),
    ("디지털 키보드 37건반", ToyCategory.MUSIC, 36, 120, "카시오", 99_000, 1),
    ("애착 인형 토끼", ToyCategory.DOLLS, 0, 36, "젤리캣", 49_000, 2),
    ("공룡 피규어 세트", ToyCategory.DOLLS, 36, 120, "슐라이히", 79_000, 2),
    ("시크릿 쥬쥬 화장대", ToyCategory.DOLLS, 36, 96, "영실업", 69_000, 2),
)


def stock_toys(db: Database, staff_id: int, today: date) -> dict[str, list[str]]:
    """The toys of ``DEMO_TOYS``, added some weeks ago with their labelled items: the barcodes by toy name."""
    start = moment(today - timedelta(days=40), 10 * 60)
    toys = {}
    for name, category, low, high, brand, value, copies in DEMO_TOYS:
        toy_id = create_toy(
            db, staff_id=staff_id, name=name, category=category, min_age_months=low, max_age_months=high,
            brand=brand, value=value, now=start,
        )  # fmt: skip
        toys[name] = [item.barcode for item in add_items(db, staff_id=staff_id, toy_id=toy_id, new_labels=copies,
                                                          acquired_on=start.date(), now=start)]  # fmt: skip
    return toys
