"""A sample shop for ``--demo``: about three years of a Korean toy-subscription counter, so a new user sees a
working shop at once.

Nothing is inserted behind the services' back: every customer, move, number change, correction and confirmation,
every plan, price change, sign-up, pause, skipped box, plan change, cancellation and renewal goes through the same
service a clerk's input does, so it is validated and audited like real data. The shop's life is planned first (who
registers when, who moves, who changes their number, which typo gets corrected, who signs up for what and what
becomes of it), then replayed in the order it happened, each call with its own moment (``now=``) in the past.
Subscriptions are planned with the same rules the services apply (``domain.subscriptions``), so no call is refused.
Everything comes from ``random.Random(seed)``: the same seed and day give the same shop.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import Literal, TypeVar

from toysub_desktop.db.engine import Database
from toysub_desktop.domain.address import region_of
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod, PhoneRole
from toysub_desktop.domain.dates import SHOP_TIMEZONE, shop_today, utc_now
from toysub_desktop.domain.deliveries import COMMON_COURIERS, DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.phone import parse_phone
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.domain.subscriptions import (
    DEFAULT_MAX_PAUSE_DAYS,
    ContractTimeline,
    Pause,
    PauseEndRule,
    SubscriptionState,
    check_cancel,
    check_pause,
    check_skip,
    check_start,
    plan_change_date,
    renewal_start,
)
from toysub_desktop.domain.toys import ToyCategory
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
from toysub_desktop.services.deliveries import (
    DeliveryFilter,
    count_deliveries,
    keep_schedule_ahead,
    list_deliveries,
    mark_delivered,
    mark_failed,
    mark_returned,
    pack,
    schedule_deliveries,
    ship,
)
from toysub_desktop.services.inputs import AddressInput, ChildInput, ConsentInput, NewCustomer, PhoneInput
from toysub_desktop.services.plans import create_discount_category, create_plan, schedule_price_change
from toysub_desktop.services.rentals import ReturnLine, lend, reserve, return_items
from toysub_desktop.services.shop import add_staff, set_up_shop
from toysub_desktop.services.staff import DEMO_PIN, set_first_pin
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    SubscriptionFilter,
    cancel,
    change_plan,
    format_contract_number,
    list_subscriptions,
    pause,
    renew,
    resume,
    sign_up,
    skip_delivery,
)
from toysub_desktop.services.toys import add_items, create_toy, find_item

T = TypeVar("T")

SHOP_NAME = "토이구독 마포점"
OWNER_NAME = "오은정"
CLERK_NAMES = ("이수빈", "최민혁", "정다은")

#: How far back the shop's history goes.
HISTORY_DAYS = 3 * 365


@dataclass(frozen=True)
class DemoSummary:
    """What the demo shop was filled with (counts of the changes as recorded)."""

    shop_name: str
    staff: int
    customers: int
    children: int
    moves: int
    scheduled_moves: int
    temporary_stays: int
    number_changes: int
    scheduled_number_changes: int
    corrections: int
    confirmations: int
    plans: int
    discount_categories: int
    price_changes: int
    #: Contracts signed, renewals included.
    subscriptions: int
    renewals: int
    pauses: int
    resumes: int
    skipped_deliveries: int
    plan_changes: int
    cancellations: int
    #: The early-termination fees charged, in won.
    cancellation_fees: int


# --- people ----------------------------------------------------------------------------------------------------

#: Family names with their approximate share of the population (percent) and a usual romanisation for emails.
_FAMILY_NAMES: tuple[tuple[str, str, float], ...] = (
    ("김", "kim", 21.5),
    ("이", "lee", 14.7),
    ("박", "park", 8.4),
    ("최", "choi", 4.7),
    ("정", "jung", 4.3),
    ("강", "kang", 2.4),
    ("조", "cho", 2.1),
    ("윤", "yoon", 2.1),
    ("장", "jang", 2.0),
    ("임", "lim", 1.7),
    ("한", "han", 1.5),
    ("오", "oh", 1.5),
    ("서", "seo", 1.5),
    ("신", "shin", 1.5),
    ("권", "kwon", 1.4),
    ("황", "hwang", 1.4),
    ("안", "ahn", 1.4),
    ("송", "song", 1.3),
    ("류", "ryu", 1.2),
    ("전", "jeon", 1.1),
    ("홍", "hong", 1.1),
    ("고", "ko", 0.9),
    ("문", "moon", 0.9),
    ("양", "yang", 0.9),
    ("손", "son", 0.9),
    ("배", "bae", 0.8),
    ("백", "baek", 0.8),
    ("허", "heo", 0.7),
    ("유", "yoo", 0.7),
    ("남", "nam", 0.6),
    ("심", "shim", 0.6),
    ("노", "noh", 0.6),
    ("하", "ha", 0.5),
    ("곽", "kwak", 0.4),
    ("성", "sung", 0.4),
    ("차", "cha", 0.4),
    ("주", "joo", 0.4),
    ("우", "woo", 0.4),
    ("구", "koo", 0.4),
    ("민", "min", 0.3),
    ("진", "jin", 0.3),
    ("나", "na", 0.3),
)

#: Given names common for parents born in the 1980s and 1990s.
_MOTHER_NAMES: tuple[tuple[str, str], ...] = (
    ("지영", "jiyoung"),
    ("수진", "sujin"),
    ("민지", "minji"),
    ("지현", "jihyun"),
    ("은지", "eunji"),
    ("지은", "jieun"),
    ("혜진", "hyejin"),
    ("수연", "suyeon"),
    ("은정", "eunjung"),
    ("유진", "yujin"),
    ("지혜", "jihye"),
    ("소연", "soyeon"),
    ("민정", "minjung"),
    ("보람", "boram"),
    ("하나", "hana"),
    ("슬기", "seulgi"),
    ("다은", "daeun"),
    ("예진", "yejin"),
    ("정은", "jungeun"),
    ("아름", "areum"),
    ("세영", "seyoung"),
    ("선영", "sunyoung"),
    ("지민", "jimin"),
    ("은영", "eunyoung"),
    ("미진", "mijin"),
    ("나래", "narae"),
    ("혜원", "hyewon"),
    ("서영", "seoyoung"),
)
_FATHER_NAMES: tuple[tuple[str, str], ...] = (
    ("민수", "minsu"),
    ("준호", "junho"),
    ("성민", "sungmin"),
    ("지훈", "jihoon"),
    ("현우", "hyunwoo"),
    ("동현", "donghyun"),
    ("상현", "sanghyun"),
    ("재훈", "jaehoon"),
    ("영훈", "younghoon"),
    ("성진", "sungjin"),
    ("준영", "junyoung"),
    ("민호", "minho"),
    ("정훈", "junghoon"),
    ("승현", "seunghyun"),
    ("우진", "woojin"),
    ("진우", "jinwoo"),
    ("상우", "sangwoo"),
    ("대현", "daehyun"),
    ("정민", "jungmin"),
    ("석진", "seokjin"),
    ("태호", "taeho"),
    ("용준", "yongjun"),
)
#: Given names popular for children born from 2019 on.
_BOY_NAMES = (
    "서준",
    "하준",
    "도윤",
    "은우",
    "시우",
    "지호",
    "예준",
    "유준",
    "수호",
    "이준",
    "선우",
    "도현",
    "건우",
    "우진",
    "연우",
    "주원",
    "로운",
    "이안",
    "시윤",
    "지안",
)
_GIRL_NAMES = (
    "서아",
    "하윤",
    "지안",
    "이서",
    "하은",
    "아윤",
    "지우",
    "서윤",
    "수아",
    "아린",
    "하린",
    "지유",
    "윤서",
    "채아",
    "유나",
    "시아",
    "다인",
    "소율",
    "이솔",
    "로아",
)
_CHILD_NOTES = (
    "땅콩 알레르기",
    "달걀 알레르기",
    "우유 알레르기",
    "아토피가 있어 천 소재 장난감 주의",
    "공룡 장난감을 좋아함",
    "자동차·기차 장난감을 좋아함",
    "블록 놀이를 좋아함",
    "소리 나는 장난감은 싫어함",
    "뭐든 입에 넣는 시기 — 작은 부품 주의",
    "뽀로로를 좋아함",
    "티니핑을 좋아함",
    "주방놀이·역할놀이를 좋아함",
    "그림책을 좋아함",
    "원목 장난감 선호",
)
_CUSTOMER_NOTES = (
    "평일 저녁 6시 이후 통화 선호",
    "카카오톡으로 연락 선호",
    "할머니가 대신 수령하는 경우가 많음",
    "주말 배송 선호",
    "첫째 때부터 이용한 단골",
    "지인 소개로 가입",
)
_EMAIL_DOMAINS: tuple[tuple[str, float], ...] = (
    ("naver.com", 45),
    ("gmail.com", 30),
    ("daum.net", 8),
    ("hanmail.net", 7),
    ("kakao.com", 6),
    ("nate.com", 4),
)


# --- places ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _District:
    """Where customers live: the start of the road address, its postal-code range and some of its roads."""

    area: str
    postal_codes: tuple[int, int]
    roads: tuple[str, ...]
    #: Share of customers living here; 0 for the countryside where only grandparents live.
    weight: float

    @property
    def region(self) -> str:
        found = region_of(self.area)
        assert found is not None, self.area
        return found


_DISTRICTS: tuple[_District, ...] = (
    # 서울 (01000–08999): the shop is in 마포, so its neighbours are over-represented.
    _District("서울특별시 마포구", (3900, 4199), ("월드컵북로", "마포대로", "성미산로", "독막로", "월드컵로"), 8),
    _District("서울특별시 서대문구", (3600, 3899), ("연희로", "가좌로", "수색로"), 3),
    _District("서울특별시 은평구", (3300, 3599), ("통일로", "진관2로", "은평로"), 3),
    _District("서울특별시 용산구", (4300, 4499), ("이촌로", "한강대로", "백범로"), 2),
    _District("서울특별시 영등포구", (7200, 7499), ("여의대로", "당산로", "영등포로"), 2),
    _District("서울특별시 강서구", (7500, 7899), ("공항대로", "마곡중앙로", "등촌로", "화곡로"), 3),
    _District("서울특별시 양천구", (7900, 8099), ("목동동로", "목동서로", "신정로"), 2),
    _District("서울특별시 강남구", (6000, 6399), ("테헤란로", "도곡로", "언주로", "삼성로", "개포로"), 2),
    _District("서울특별시 서초구", (6500, 6799), ("반포대로", "서초대로", "잠원로", "방배로"), 2),
    _District("서울특별시 송파구", (5500, 5899), ("올림픽로", "송파대로", "위례성대로", "오금로"), 3),
    _District("서울특별시 강동구", (5200, 5399), ("천호대로", "고덕로", "상일로"), 2),
    _District("서울특별시 노원구", (1600, 1899), ("동일로", "노원로", "상계로", "한글비석로"), 2),
    _District("서울특별시 성동구", (4700, 4899), ("왕십리로", "행당로", "독서당로"), 2),
    _District("서울특별시 광진구", (4900, 5099), ("자양로", "광나루로", "능동로"), 1.5),
    _District("서울특별시 동작구", (6900, 7099), ("흑석로", "상도로", "사당로"), 1.5),
    _District("서울특별시 관악구", (8700, 8899), ("관악로", "봉천로", "신림로"), 1.5),
    _District("서울특별시 구로구", (8200, 8399), ("구로중앙로", "경인로", "디지털로"), 1.5),
    _District("서울특별시 성북구", (2700, 2899), ("보문로", "정릉로", "종암로"), 1.5),
    _District("서울특별시 종로구", (3000, 3199), ("자하문로", "율곡로", "사직로"), 1),
    _District("서울특별시 중구", (4500, 4699), ("퇴계로", "다산로", "동호로"), 1),
    _District("서울특별시 동대문구", (2400, 2699), ("왕산로", "답십리로", "전농로"), 1),
    _District("서울특별시 중랑구", (2000, 2299), ("망우로", "신내로", "면목로"), 1),
    _District("서울특별시 도봉구", (1300, 1499), ("방학로", "도봉로", "마들로"), 1),
    _District("서울특별시 강북구", (1000, 1299), ("삼양로", "도봉로", "솔매로"), 1),
    _District("서울특별시 금천구", (8500, 8699), ("시흥대로", "독산로"), 1),
    # 경기 (10000–18999)
    _District("경기도 성남시 분당구", (13400, 13699), ("판교역로", "정자일로", "분당로", "불정로", "내정로"), 4),
    _District("경기도 수원시 영통구", (16500, 16699), ("영통로", "광교중앙로", "매영로", "봉영로"), 3),
    _District("경기도 고양시 일산동구", (10300, 10499), ("중앙로", "정발산로", "일산로"), 2),
    _District("경기도 고양시 일산서구", (10200, 10399), ("대화로", "주엽로", "일현로"), 1.5),
    _District("경기도 고양시 덕양구", (10400, 10599), ("화정로", "고양대로", "권율대로"), 2),
    _District("경기도 용인시 수지구", (16800, 16999), ("포은대로", "성복2로", "수지로"), 2.5),
    _District("경기도 용인시 기흥구", (16900, 17099), ("동백중앙로", "흥덕중앙로", "기흥로"), 2),
    _District("경기도 화성시", (18300, 18599), ("동탄대로", "동탄순환대로", "노작로", "병점중앙로"), 3.5),
    _District("경기도 하남시", (12900, 13099), ("미사강변대로", "미사대로"), 1.5),
    _District("경기도 김포시", (10000, 10199), ("김포한강로", "김포대로", "풍무로"), 2),
    _District("경기도 파주시", (10800, 10999), ("가람로", "경의로"), 1.5),
    _District("경기도 남양주시", (12000, 12299), ("다산중앙로", "다산순환로", "경춘로"), 1.5),
    _District("경기도 부천시", (14400, 14699), ("길주로", "부천로", "소향로"), 1.5),
    _District("경기도 안양시 동안구", (13900, 14199), ("평촌대로", "시민대로", "귀인로"), 1.5),
    # 인천 (21000–23999)
    _District("인천광역시 연수구", (21900, 22099), ("송도과학로", "인천타워대로", "컨벤시아대로", "해돋이로"), 2.5),
    _District("인천광역시 서구", (22700, 22899), ("청라커낼로", "서곶로", "중봉대로"), 1.5),
    _District("인천광역시 남동구", (21500, 21699), ("인하로", "논현로", "예술로"), 1),
    _District("인천광역시 부평구", (21300, 21499), ("부평대로", "마장로", "굴포로"), 1),
    # 강원 (24000–26999)
    _District("강원특별자치도 춘천시", (24200, 24499), ("춘천로", "후석로"), 0.4),
    _District("강원특별자치도 원주시", (26300, 26599), ("혁신로", "원일로"), 0.4),
    _District("강원특별자치도 강릉시", (25400, 25699), ("경강로", "하슬라로"), 0.3),
    _District("강원특별자치도 속초시", (24800, 24899), ("중앙로", "설악금강대교로"), 0),
    # 충북 (27000–29999)
    _District("충청북도 청주시 흥덕구", (28300, 28599), ("직지대로", "대농로", "풍산로"), 0.7),
    _District("충청북도 충주시", (27300, 27499), ("충원대로", "국원대로"), 0),
    # 세종 (30000–30199)
    _District("세종특별자치시", (30100, 30159), ("한누리대로", "도움3로", "보듬로", "갈매로"), 1),
    # 충남 (31000–33999)
    _District("충청남도 천안시 서북구", (31000, 31299), ("불당대로", "번영로", "쌍용대로"), 0.8),
    _District("충청남도 아산시", (31400, 31599), ("배방로", "번영로"), 0.4),
    _District("충청남도 공주시", (32500, 32599), ("웅진로", "봉황로"), 0),
    # 대전 (34000–35999)
    _District("대전광역시 유성구", (34000, 34299), ("대학로", "유성대로", "한밭대로", "노은동로"), 1),
    _District("대전광역시 서구", (35200, 35399), ("둔산로", "계룡로", "둔산중로"), 0.6),
    # 경북 (36000–40999)
    _District("경상북도 안동시", (36700, 36799), ("경동로", "퇴계로"), 0),
    _District("경상북도 포항시 남구", (37600, 37999), ("포스코대로", "대이로"), 0.4),
    _District("경상북도 구미시", (39100, 39499), ("구미대로", "인동중앙로"), 0.4),
    # 대구 (41000–43999)
    _District("대구광역시 수성구", (42000, 42299), ("달구벌대로", "동대구로", "범어로", "들안로"), 1),
    _District("대구광역시 달서구", (42600, 42899), ("월배로", "상화로", "월곡로"), 0.7),
    # 울산 (44000–45999)
    _District("울산광역시 남구", (44600, 44799), ("삼산로", "번영로", "문수로"), 0.7),
    # 부산 (46000–49999)
    _District("부산광역시 해운대구", (48000, 48199), ("해운대해변로", "센텀중앙로", "좌동순환로"), 1.5),
    _District("부산광역시 수영구", (48200, 48399), ("광안해변로", "수영로", "남천동로"), 0.8),
    _District("부산광역시 동래구", (47700, 47899), ("충렬대로", "명륜로", "온천장로"), 0.7),
    _District("부산광역시 부산진구", (47100, 47399), ("중앙대로", "가야대로", "전포대로"), 0.6),
    # 경남 (50000–53999)
    _District("경상남도 김해시", (50800, 51099), ("김해대로", "율하2로"), 0.4),
    _District("경상남도 창원시 성산구", (51400, 51599), ("중앙대로", "원이대로"), 0.7),
    _District("경상남도 진주시", (52600, 52899), ("진주대로", "동진로"), 0),
    # 전북 (54000–56999)
    _District("전북특별자치도 군산시", (54000, 54199), ("대학로", "조촌로"), 0),
    _District("전북특별자치도 전주시 완산구", (54900, 55199), ("효자로", "홍산로"), 0.6),
    # 전남 (57000–60999)
    _District("전라남도 담양군 담양읍", (57300, 57399), ("추성로", "죽향대로"), 0),
    _District("전라남도 순천시", (57900, 58099), ("왕지로", "중앙로"), 0.3),
    _District("전라남도 나주시", (58200, 58399), ("빛가람로", "우정로"), 0.3),
    # 광주 (61000–62999)
    _District("광주광역시 서구", (61900, 62099), ("상무중앙로", "상무대로"), 0.4),
    _District("광주광역시 광산구", (62200, 62499), ("수완로", "임방울대로", "장신로"), 0.8),
    # 제주 (63000–63999)
    _District("제주특별자치도 제주시", (63000, 63399), ("연북로", "노형로", "중앙로"), 0.6),
    _District("제주특별자치도 서귀포시", (63500, 63699), ("중앙로", "일주동로"), 0.3),
)
_LIVING = tuple(d for d in _DISTRICTS if d.weight > 0)

_AREA_CODES = {
    "서울": "02",
    "경기": "031",
    "인천": "032",
    "강원": "033",
    "충남": "041",
    "대전": "042",
    "충북": "043",
    "세종": "044",
    "부산": "051",
    "울산": "052",
    "대구": "053",
    "경북": "054",
    "경남": "055",
    "전남": "061",
    "광주": "062",
    "전북": "063",
    "제주": "064",
}

_DELIVERY_MEMOS = (
    "문 앞에 놓아 주세요",
    "경비실에 맡겨 주세요",
    "부재 시 택배함에 넣어 주세요",
    "벨 누르지 말고 노크해 주세요 (아기가 자요)",
    "도착 전에 연락 주세요",
    "현관 앞 계단 아래에 놓아 주세요",
)
_GRANDPARENT_MEMOS = (
    "대문 안쪽에 놓아 주세요",
    "할머니께 전화 후 전달해 주세요",
    "",
)


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


# --- the catalogue and the subscriptions -----------------------------------------------------------------------

#: The rules a new shop signs contracts under (its default settings, which the demo keeps): a pause moves the end
#: of the term, and lasts at most this long. Subscriptions are planned by them.
_PAUSE_RULE = PauseEndRule.EXTEND_TERM
_MAX_PAUSE_DAYS = DEFAULT_MAX_PAUSE_DAYS


@dataclass(frozen=True)
class _Offer:
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
_OFFERS: dict[str, _Offer] = {
    offer.key: offer
    for offer in (
        _Offer("box", "정기배송 베이직", PlanKind.BOX, "베이직", Cadence.MONTHLY, _SHORT_TERMS, 29_000),
        _Offer("box_premium", "정기배송 프리미엄", PlanKind.BOX, "프리미엄", Cadence.MONTHLY, _SHORT_TERMS, 45_000),
        _Offer(
            "rental", "렌털 베이직", PlanKind.RENTAL, "베이직", Cadence.EVERY_4_WEEKS, _ALL_TERMS, 29_000, 14, 50_000
        ),
        _Offer(
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
        _Offer("unlimited", "무제한 멤버십", PlanKind.UNLIMITED, "스탠다드", Cadence.AT_THE_SHOP, _SHORT_TERMS, 25_000),
    )
}
#: Where a subscriber who changes tier goes (plan changes stay within a kind).
_OTHER_TIER = {"box": "box_premium", "box_premium": "box", "rental": "rental_premium", "rental_premium": "rental"}
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
#: Discount categories: key, name, percent, and the evidence the clerk asks for.
_DISCOUNT_CATEGORIES = (
    ("multi_child", "다자녀", 10, "가족관계증명서"),
    ("sibling", "형제 두 번째 구독", 5, "첫 구독 계약번호"),
    ("referral", "지인 소개", 3, "소개한 고객 이름"),
)
_MULTI_CHILD_EVIDENCE = ("가족관계증명서 확인", "가족관계증명서 확인", "주민등록등본 확인", "다둥이 행복카드 확인")
_CONTRACT_NOTES = (
    "어린이집 하원 후 수령",
    "소리 나는 장난감은 빼 달라고 요청",
    "원목 장난감 위주로 요청",
    "첫째가 쓰던 구독을 둘째용으로 새로 계약",
    "할머니 댁 근처 이사 예정 — 주소 변경 시 연락 주기로 함",
)
_PAUSE_NOTES = (
    "해외 체류",
    "둘째 출산으로 잠시 쉼",
    "이사 준비로 한동안 쉼",
    "아이 입원",
    "외가에서 한 달 지냄",
    "장기 여행",
    "",
)
_SKIP_NOTES = ("여행으로 이번 달 건너뜀", "명절에 외가 방문", "지난 상자 장난감을 더 갖고 놀고 싶어 함", "")
_CANCEL_NOTES = (
    "아이가 커서 더 이상 필요 없음",
    "해외 이주",
    "배송 지역 밖으로 이사",
    "다른 서비스로 옮김",
    "경제적 사정",
    "어린이집 입소로 이용이 줄어듦",
)
_TRIAL_CANCEL_NOTES = (
    "체험 기간 중 해지 — 아이가 관심을 보이지 않음",
    "체험 기간 중 해지 — 보관 공간이 부족함",
    "체험 후 정기배송으로 바꾸기로 함",
)


def _notice_version(day: date) -> str:
    """The personal-data notice in use on *day* (its wording was revised over the years)."""
    if day >= date(2026, 1, 1):
        return CURRENT_NOTICE_VERSION
    return "2024-07" if day >= date(2024, 7, 1) else "2023-01"


def _moment(day: date, minutes: int) -> datetime:
    """*minutes* after midnight on *day* at the shop, as a UTC moment."""
    return datetime.combine(day, time(minutes // 60, minutes % 60), SHOP_TIMEZONE).astimezone(UTC)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _first_of_next_month(day: date) -> date:
    return add_months(day.replace(day=1), 1)


def _month(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


#: A planned service call: given the moment it happens and who records it.
_Action = Callable[[datetime, int], None]


@dataclass(frozen=True)
class _Event:
    at: datetime
    seq: int
    staff: int
    action: _Action


@dataclass(eq=False)
class _Family:
    """A customer as planned: who they are, and their contacts as the story goes on (compared by identity)."""

    name: str
    family_name: str
    email: str
    registered_at: datetime
    district: _District
    #: The address and primary number as they really are at registration (what was typed may have a slip).
    address: AddressInput
    primary: str
    spouse: str | None = None
    home: str | None = None
    home_is_landline: bool = False
    children: list[tuple[str, date]] = field(default_factory=list)
    marketing: bool = False
    #: Filled in as the story is replayed: the customer id and the version ids later steps need.
    customer_id: int = 0
    versions: dict[str, int] = field(default_factory=dict)

    @property
    def registered_on(self) -> date:
        return shop_today(self.registered_at)


@dataclass(eq=False)
class _Contract:
    """A subscription as planned: what was signed, and its timeline as the steps planned so far leave it (compared
    by identity)."""

    family: _Family
    offer: _Offer
    months: int
    signed_at: datetime
    timeline: ContractTimeline
    delivery_day: int | None
    swap_weekday: int | None
    #: The moment of its latest planned step: the next one is recorded after it.
    last_at: datetime
    #: The last day a planned pause, skip or plan change concerns (a cancellation comes after it).
    busy_until: date
    #: Plan changes (the day each takes effect, the plan), box months skipped, what became of it.
    changes: list[tuple[date, _Offer]] = field(default_factory=list)
    skipped: list[tuple[int, int]] = field(default_factory=list)
    resumed: bool = False
    #: None while not cancelled; False when cancelled within the free trial (no fee).
    cancelled_with_fee: bool | None = None
    #: Filled in as the story is replayed.
    subscription_id: int = 0
    contract_number: str = ""

    @property
    def signed_on(self) -> date:
        return shop_today(self.signed_at)

    def offer_on(self, day: date) -> _Offer:
        """The plan the contract is on on *day* (after the plan changes in effect by then)."""
        due = [offer for effective, offer in self.changes if effective <= day]
        return due[-1] if due else self.offer


class _DemoShop:
    def __init__(self, db: Database, rng: random.Random, today: date, latest: datetime) -> None:
        self.db = db
        self.rng = rng
        self.today = today
        self.latest = latest
        self.events: list[_Event] = []
        #: When each staff member (by index; 0 is the owner) started; ids are known once the story is replayed.
        self.staff_hired: list[datetime] = []
        self.staff_ids: list[int] = []
        self.numbers: set[str] = set()
        self.emails: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.contracts: list[_Contract] = []
        #: Catalogue ids by ``_Offer.key`` and discount key, known once the story is replayed.
        self.plan_ids: dict[str, int] = {}
        self.discount_ids: dict[str, int] = {}

    # --- randomness --------------------------------------------------------------------------------------------

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, choices: Sequence[T]) -> T:
        return choices[self.rng.randrange(len(choices))]

    def weighted(self, choices: Sequence[T], weights: Sequence[float]) -> T:
        return self.rng.choices(choices, weights=weights)[0]

    def sample(self, pool: Sequence[T], count: int) -> list[T]:
        return self.rng.sample(list(pool), min(max(count, 0), len(pool)))

    def day_between(self, first: date, last: date) -> date:
        """A day from *first* to *last*, both included (*first* if the range is empty)."""
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def moment_on(self, day: date, *, after: datetime | None = None) -> datetime:
        """Some time during opening hours on *day*, later than *after* (an earlier step of the same story)."""
        at = _moment(day, self.rng.randint(10 * 60, 19 * 60 + 30))
        if after is not None and at <= after:
            at = after + timedelta(minutes=self.rng.randint(3, 40))
        return at

    # --- generated values --------------------------------------------------------------------------------------

    def unused(self, make: Callable[[], str]) -> str:
        """A valid number nobody in the shop has had yet, spelled as a clerk might type it."""
        while True:
            try:
                phone = parse_phone(make())
            except ValidationError:
                continue
            if phone.national_digits not in self.numbers:
                self.numbers.add(phone.national_digits)
                roll = self.rng.random()
                if roll < 0.12:
                    return phone.national_digits
                if roll < 0.16:
                    return phone.national.replace("-", " ")
                return phone.national

    def digits(self, count: int) -> str:
        """*count* digits not starting with 0 or 1, as an exchange number does."""
        return str(self.rng.randint(2, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(count - 1))

    def four_digits(self) -> str:
        return f"{self.rng.randint(0, 9999):04d}"

    def mobile(self) -> str:
        return self.unused(lambda: f"010-{self.digits(4)}-{self.four_digits()}")

    def retired_mobile(self) -> str:
        prefixes = ("011", "016", "017", "019")
        return self.unused(lambda: f"{self.pick(prefixes)}-{self.digits(self.pick((3, 4)))}-{self.four_digits()}")

    def landline(self, district: _District) -> str:
        area = _AREA_CODES[district.region]
        return self.unused(lambda: f"{area}-{self.digits(self.pick((3, 4)))}-{self.four_digits()}")

    def internet_phone(self) -> str:
        return self.unused(lambda: f"070-{self.digits(4)}-{self.four_digits()}")

    def typo_of(self, number: str) -> str:
        """*number* with one of its last eight digits mistyped: still a valid number, and nobody else's."""
        digits = "".join(c for c in number if c.isdigit())

        def mistyped() -> str:
            position = self.rng.randrange(len(digits) - 8, len(digits))
            wrong = self.pick([d for d in "0123456789" if d != digits[position]])
            return digits[:position] + wrong + digits[position + 1 :]

        return self.unused(mistyped)

    def district(self, *, near: _District | None = None) -> _District:
        """Where a family lives; a family that moves mostly stays in its region."""
        pool = _LIVING
        if near is not None and self.chance(0.7):
            pool = tuple(d for d in _LIVING if d.region == near.region)
        return self.weighted(pool, [d.weight for d in pool])

    def road_address(self, district: _District) -> tuple[str, str]:
        """A postal code and road address in *district*."""
        low, high = district.postal_codes
        road = self.pick(district.roads)
        if self.chance(0.15):
            line = f"{district.area} {road}{self.rng.randint(1, 60)}번길 {self.rng.randint(1, 80)}"
        else:
            line = f"{district.area} {road} {self.rng.randint(1, 420)}"
        return f"{self.rng.randint(low, high):05d}", line

    def address(self, district: _District) -> AddressInput:
        postal_code, road_address = self.road_address(district)
        kind = self.rng.random()
        entry_notes = ""
        if kind < 0.68:  # an apartment
            dong = self.rng.randint(101, 118) if self.chance(0.8) else self.rng.randint(201, 212)
            detail = f"{dong}동 {self.rng.randint(1, 25)}{self.rng.randint(1, 4):02d}호"
            if self.chance(0.45):
                code = self.four_digits()
                entry_notes = self.pick((f"공동현관 #{code}*", f"공동현관 비밀번호 {code}#", "경비실 호출 후 출입"))
        elif kind < 0.85:  # a villa or an officetel
            detail = f"{self.rng.randint(2, 15)}0{self.rng.randint(1, 6)}호"
            if self.chance(0.3):
                entry_notes = f"현관 비밀번호 {self.four_digits()}*"
        else:  # a house
            detail = self.pick(("", "", "1층", "2층"))
        memo = self.pick(_DELIVERY_MEMOS) if self.chance(0.6) else ""
        return AddressInput(postal_code, road_address, detail, entry_notes, memo)

    def grandparents_address(self, home: _District) -> AddressInput:
        district = self.pick([d for d in _DISTRICTS if d.region != home.region])
        postal_code, road_address = self.road_address(district)
        detail = (
            ""
            if self.chance(0.6)
            else f"{self.rng.randint(101, 110)}동 {self.rng.randint(1, 15)}0{self.rng.randint(1, 4)}호"
        )
        return AddressInput(postal_code, road_address, detail, "", self.pick(_GRANDPARENT_MEMOS))

    def with_detail_typo(self, address: AddressInput) -> AddressInput:
        """The address with one digit of its 동/호 mistyped."""
        positions = [i for i, c in enumerate(address.detail) if c.isdigit()]
        position = self.pick(positions)
        wrong = self.pick([d for d in "123456789" if d != address.detail[position]])
        return replace(address, detail=address.detail[:position] + wrong + address.detail[position + 1 :])

    def email(self, given: str, family: str) -> str:
        local = self.pick((f"{given}.{family}", f"{given}{family}", f"{family}.{given}", given))
        if self.chance(0.6):
            local += str(self.rng.randint(80, 99)) if self.chance(0.6) else str(self.rng.randint(1, 999))
        domain = self.weighted([d for d, _ in _EMAIL_DOMAINS], [w for _, w in _EMAIL_DOMAINS])
        address = f"{local}@{domain}"
        while address in self.emails:
            address = f"{local}{self.rng.randint(1, 99)}@{domain}"
        self.emails.add(address)
        return address

    def child_name(self, family: _Family, taken: Sequence[str]) -> str:
        while True:
            name = family.family_name + self.pick(_BOY_NAMES if self.chance(0.5) else _GIRL_NAMES)
            if name not in taken:
                return name

    def children(self, family: _Family) -> tuple[ChildInput, ...]:
        """1–3 children, 0–7 years old today; the youngest born at most five months after registration (parents
        sign up for the first toys before the birth)."""
        today = _month_index(self.today)
        registered = _month_index(family.registered_on)
        oldest_allowed = today - 83
        births = [self.rng.randint(max(oldest_allowed, registered - 36), min(registered + 5, today))]
        count = self.weighted((1, 2, 3), (55, 35, 10))
        if count >= 2 and self.chance(0.05):
            births.append(births[0])  # twins
        while len(births) < count:
            older = births[-1] - self.rng.randint(18, 42)
            if older < oldest_allowed:
                break
            births.append(older)
        result: list[ChildInput] = []
        for index in sorted(births):
            year, month = _month(index)
            notes = self.pick(_CHILD_NOTES) if self.chance(0.25) else ""
            if births.count(index) > 1:
                notes = f"쌍둥이, {notes}" if notes else "쌍둥이"
            name = self.child_name(family, [c.name for c in result])
            result.append(ChildInput(name, year, month, notes))
            family.children.append((name, date(year, month, 1)))
        return tuple(result)

    # --- planning ----------------------------------------------------------------------------------------------

    def schedule(self, at: datetime, action: _Action, *, by_owner: bool = False) -> datetime:
        """Plan *action* at *at*, by someone working at the shop then (the owner, for what only an owner decides).
        Returns *at*, for the steps after it."""
        working = [i for i, hired in enumerate(self.staff_hired) if hired <= at]
        staff = 0 if by_owner else self.weighted(working, [1.0 if i == 0 else 1.6 for i in working])
        self.events.append(_Event(at, len(self.events), staff, action))
        return at

    def replay(self) -> None:
        """Run every planned call in the order it happened (any planned for later today happen now)."""
        for event in sorted(self.events, key=lambda e: (min(e.at, self.latest), e.seq)):
            event.action(min(event.at, self.latest), self.staff_ids[event.staff])

    def plan_staff(self, opened: datetime) -> None:
        """The owner opened the shop with one clerk; one or two more joined as it grew."""
        hires = [
            opened + timedelta(days=1, hours=1),
            self.moment_on(self.today - timedelta(days=self.rng.randint(420, 620))),
        ]
        if self.chance(0.5):
            hires.append(self.moment_on(self.today - timedelta(days=self.rng.randint(90, 200))))
        self.staff_hired = [opened]
        for name, hired in zip(CLERK_NAMES, hires, strict=False):
            self.events.append(_Event(hired, len(self.events), 0, self.hire(name)))
            self.staff_hired.append(hired)

    def hire(self, name: str) -> _Action:
        def run(now: datetime, staff_id: int) -> None:
            self.staff_ids.append(add_staff(self.db, by_staff_id=staff_id, name=name, now=now).id)

        return run

    def plan_families(self, count: int, opened: date) -> list[_Family]:
        span = (self.today - opened).days
        families = []
        for _ in range(count):
            # The shop grew: more customers registered lately than in its first months.
            day = opened + timedelta(days=1 + int((span - 1) * self.rng.random() ** 0.8))
            family_name, family_roman, _ = self.weighted(_FAMILY_NAMES, [w for _, _, w in _FAMILY_NAMES])
            given, given_roman = self.pick(_MOTHER_NAMES if self.chance(0.75) else _FATHER_NAMES)
            district = self.district()
            families.append(
                _Family(
                    name=family_name + given,
                    family_name=family_name,
                    email=self.email(given_roman, family_roman) if self.chance(0.5) else "",
                    registered_at=self.moment_on(day),
                    district=district,
                    address=self.address(district),
                    primary=self.mobile(),
                    spouse=self.mobile() if self.chance(0.4) else None,
                )
            )
        families.sort(key=lambda f: f.registered_at)
        return families

    def plan(self, families: list[_Family]) -> None:
        n = len(families)

        def registered_before(days: int) -> list[_Family]:
            return [f for f in families if (self.today - f.registered_on).days >= days]

        def excluding(pool: Sequence[_Family], *others: Collection[_Family]) -> list[_Family]:
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
                family.home = self.internet_phone()
            else:
                family.home, family.home_is_landline = self.landline(family.district), True
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

    def after_registration(self, family: _Family, first: int, last: int) -> date:
        """A day *first*..*last* days after registration, not after today."""
        start = family.registered_on + timedelta(days=first)
        return min(self.day_between(start, family.registered_on + timedelta(days=last)), self.today)

    def plan_registration(self, family: _Family, *, retired: bool, address_typo: bool, phone_typo: bool) -> None:
        if retired:
            family.primary = self.retired_mobile()
        typed_primary = self.typo_of(family.primary) if phone_typo else family.primary
        typed_address = self.with_detail_typo(family.address) if address_typo else family.address
        phones = [PhoneInput(PhoneRole.PRIMARY, typed_primary)]
        if family.spouse:
            phones.append(PhoneInput(PhoneRole.SPOUSE, family.spouse))
        if family.home:
            phones.append(PhoneInput(PhoneRole.HOME, family.home))
        if self.chance(0.05):  # a grandparent who often picks up the box
            phones.append(PhoneInput(PhoneRole.OTHER, self.retired_mobile() if self.chance(0.3) else self.mobile()))
        family.marketing = self.chance(0.6)
        day = family.registered_on
        new = NewCustomer(
            name=family.name,
            phones=tuple(phones),
            address=typed_address,
            consent=ConsentInput(
                personal_data=True,
                marketing=family.marketing,
                given_on=day,
                method=ConsentMethod.PAPER if self.chance(0.65) else ConsentMethod.ELECTRONIC,
                notice_version=_notice_version(day),
            ),
            email=family.email,
            notes=self.pick(_CUSTOMER_NOTES) if self.chance(0.08) else "",
            children=self.children(family),
        )

        def register(now: datetime, staff_id: int) -> None:
            family.customer_id = register_customer(self.db, staff_id=staff_id, new=new, now=now)
            self.counts["customers"] += 1
            self.counts["children"] += len(new.children)

        registered = self.schedule(family.registered_at, register)
        if address_typo:
            reason = self.pick(_ADDRESS_TYPO_REASONS)
            self.schedule(
                self.moment_on(self.after_registration(family, 0, 10), after=registered),
                self.registration_address_fix(family, family.address, reason),
            )
        if phone_typo:
            reason = self.pick(_PHONE_TYPO_REASONS)
            self.schedule(
                self.moment_on(self.after_registration(family, 0, 7), after=registered),
                self.registration_phone_fix(family, family.primary, reason),
            )

    def registration_address_fix(self, family: _Family, right: AddressInput, reason: str) -> _Action:
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

    def registration_phone_fix(self, family: _Family, right: str, reason: str) -> _Action:
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

    def plan_moves(self, family: _Family, *, twice: bool, correction: Literal["typo", "date"] | None) -> None:
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
            district = self.district(near=family.district)
            address = self.address(district)
            typo = correction == "typo" and any(c.isdigit() for c in address.detail) and told < self.today
            key = f"move-{effective.isoformat()}"
            self.schedule(
                recorded,
                self.move(family, self.with_detail_typo(address) if typo else address, effective, told, key),
            )
            family.district, family.address = district, address
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

    def move(self, family: _Family, address: AddressInput, effective: date, told: date, key: str) -> _Action:
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

    def move_fix(self, family: _Family, key: str, right: AddressInput, effective: date | None, reason: str) -> _Action:
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

    def plan_home_phone_after_move(self, family: _Family, effective: date, recorded: datetime) -> None:
        """A landline stays behind: most families drop it, some get a new one at the new home."""
        roll = self.rng.random()
        at = self.moment_on(shop_today(recorded), after=recorded)
        if roll < 0.5:
            family.home, family.home_is_landline = None, False
            self.schedule(at, self.phone_removed(family, PhoneRole.HOME, effective, "이사하며 집 전화 해지"))
        elif roll < 0.8:
            family.home = self.landline(family.district)
            self.schedule(
                at, self.phone_changed(family, PhoneRole.HOME, family.home, effective, "이사로 집 전화번호 변경")
            )

    def plan_future_move(self, family: _Family) -> None:
        effective = self.today + timedelta(days=self.rng.randint(1, 60))
        told = self.day_between(
            max(family.registered_on + timedelta(days=1), self.today - timedelta(days=20)), self.today
        )
        district = self.district(near=family.district)
        address = self.address(district)
        family.district, family.address = district, address
        self.schedule(
            self.moment_on(told, after=family.registered_at), self.move(family, address, effective, told, "future-move")
        )

    def plan_open_temporary_stay(self, family: _Family) -> None:
        """Staying with the grandparents since lately, back on a day nobody knows yet."""
        start = self.day_between(
            max(family.registered_on + timedelta(days=10), self.today - timedelta(days=45)),
            self.today - timedelta(days=3),
        )
        told = self.day_between(max(family.registered_on + timedelta(days=1), start - timedelta(days=7)), start)
        address = self.grandparents_address(family.district)
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.temporary_stay(family, address, start, None, self.pick(_TEMPORARY_NOTES[:2])),
        )

    def plan_temporary_stay(self, family: _Family, *, end_known_at_once: bool) -> None:
        registered = family.registered_on
        start = self.day_between(registered + timedelta(days=30), self.today - timedelta(days=30))
        end = min(start + timedelta(days=self.rng.randint(14, 70)), self.today - timedelta(days=1))
        told = self.day_between(max(registered + timedelta(days=1), start - timedelta(days=10)), start)
        address = self.grandparents_address(family.district)
        recorded = self.moment_on(told, after=family.registered_at)
        note = self.pick(_TEMPORARY_NOTES)
        self.schedule(recorded, self.temporary_stay(family, address, start, end if end_known_at_once else None, note))
        if not end_known_at_once:
            told_end = end + timedelta(days=self.rng.randint(-5, 3))
            told_end = min(max(told_end, told + timedelta(days=1)), self.today)
            self.schedule(self.moment_on(told_end, after=recorded), self.temporary_stay_end(family, end))

    def temporary_stay(
        self, family: _Family, address: AddressInput, start: date, end: date | None, note: str
    ) -> _Action:
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

    def temporary_stay_end(self, family: _Family, end: date) -> _Action:
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

    def plan_number_change(self, family: _Family) -> None:
        registered = family.registered_on
        effective = self.day_between(registered + timedelta(days=45), self.today - timedelta(days=1))
        told = effective + timedelta(days=self.rng.randint(0, 10) if self.chance(0.7) else -self.rng.randint(1, 7))
        told = min(max(told, registered + timedelta(days=1)), self.today)
        retired = family.primary[:3] != "010"
        family.primary = self.mobile()
        note = "010 번호로 통합" if retired else self.pick(("", "", "고객 전화로 알림", "통신사를 바꾸며 새 번호"))
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_changed(family, PhoneRole.PRIMARY, family.primary, effective, note),
        )

    def plan_future_number_change(self, family: _Family) -> None:
        effective = self.today + timedelta(days=self.rng.randint(1, 30))
        told = self.day_between(
            max(family.registered_on + timedelta(days=1), self.today - timedelta(days=14)), self.today
        )
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_changed(family, PhoneRole.PRIMARY, self.mobile(), effective, "새 번호 개통 예정"),
        )

    def plan_spouse_added(self, family: _Family) -> None:
        effective = self.day_between(family.registered_on + timedelta(days=30), self.today - timedelta(days=1))
        told = min(effective + timedelta(days=self.rng.randint(0, 5)), self.today)
        family.spouse = self.mobile()
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_changed(family, PhoneRole.SPOUSE, family.spouse, effective, "배우자 번호 추가"),
        )

    def plan_spouse_removed(self, family: _Family) -> None:
        effective = self.day_between(family.registered_on + timedelta(days=30), self.today - timedelta(days=1))
        told = min(effective + timedelta(days=self.rng.randint(0, 5)), self.today)
        family.spouse = None
        self.schedule(
            self.moment_on(told, after=family.registered_at),
            self.phone_removed(family, PhoneRole.SPOUSE, effective, "배우자 번호 삭제 요청"),
        )

    def phone_changed(self, family: _Family, role: PhoneRole, number: str, effective: date, note: str) -> _Action:
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

    def phone_removed(self, family: _Family, role: PhoneRole, effective: date, note: str) -> _Action:
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

    def plan_new_sibling(self, family: _Family) -> None:
        """A baby born since registration, added at a later visit."""
        told = self.after_registration(family, 150, HISTORY_DAYS)
        birth = _month_index(told) - self.rng.randint(0, 4)
        if birth < max(_month_index(born) for _, born in family.children) + 12:
            return
        year, month = _month(birth)
        name = self.child_name(family, [n for n, _ in family.children])
        family.children.append((name, date(year, month, 1)))
        child = ChildInput(name, year, month, "")

        def run(now: datetime, staff_id: int) -> None:
            add_child(
                self.db, staff_id=staff_id, customer_id=family.customer_id, expected_version=None, child=child, now=now
            )
            self.counts["children"] += 1

        self.schedule(self.moment_on(told, after=family.registered_at), run)

    def plan_marketing_change(self, family: _Family) -> None:
        """Changed their mind about marketing messages, by phone or by link."""
        told = self.after_registration(family, 30, HISTORY_DAYS)
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

    def plan_confirmation(self, family: _Family, day: date) -> None:
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

    # --- the catalogue -----------------------------------------------------------------------------------------

    def plan_catalogue(self, opened: datetime) -> None:
        """At the opening the owner set up the plans and the discount categories. Delivery costs raised the basic
        box's price once since, and the premium rental's price goes up about two months from today, so its
        subscribers are still to be told."""
        at = opened
        for offer in _OFFERS.values():
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

    def create_offer(self, offer: _Offer) -> _Action:
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

    def create_discount(self, key: str, name: str, percent: int, hint: str) -> _Action:
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

    # --- subscriptions -----------------------------------------------------------------------------------------

    def plan_subscriptions(self, families: list[_Family]) -> None:
        for family in families:
            self.plan_family_subscriptions(family, families)
        if families:
            self.plan_showcases(families)

    def plan_family_subscriptions(self, family: _Family, families: list[_Family]) -> None:
        """Most families sign up at registration or within two weeks, some after thinking it over for months, a few
        never; a family with two children sometimes takes a second contract for the younger one later."""
        roll = self.rng.random()
        if roll < 0.07:
            return
        if roll < 0.17:
            day = self.after_registration(family, 15, 240)
        else:
            day = family.registered_on + timedelta(days=0 if self.chance(0.6) else self.rng.randint(1, 14))
        if day > self.today:
            return
        referrer = None
        if self.chance(0.05):
            earlier = [f for f in families if f.registered_at < family.registered_at]
            referrer = self.pick(earlier) if earlier else None
        choice = self.weighted([keys for keys, _ in _FIRST_CHOICES], [weight for _, weight in _FIRST_CHOICES])
        first: _Contract | None = None
        after = family.registered_at
        for key in choice:
            contract = self.sign_up_contract(family, _OFFERS[key], day, after=after, referrer=referrer)
            if contract is None:
                return
            first = first or contract
            after = contract.signed_at
            referrer = None
            self.plan_life(contract)
        if first is not None and self.chance(0.15):
            later = self.after_registration(family, 120, 900)
            if later > first.signed_on and sum(1 for _, born in family.children if born <= later) >= 2:
                offer = _OFFERS[self.pick(("rental", "rental_premium", "box"))]
                second = self.sign_up_contract(family, offer, later, after=first.signed_at, sibling_of=first)
                if second is not None:
                    self.plan_life(second)

    def sign_up_contract(
        self,
        family: _Family,
        offer: _Offer,
        day: date,
        *,
        after: datetime,
        start: date | None = None,
        months: int | None = None,
        referrer: _Family | None = None,
        sibling_of: _Contract | None = None,
    ) -> _Contract | None:
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
        contract = _Contract(
            family=family,
            offer=offer,
            months=months,
            signed_at=at,
            timeline=ContractTimeline(start, offer.trial_days, months, _PAUSE_RULE),
            delivery_day=delivery_day,
            swap_weekday=swap_weekday,
            last_at=at,
            busy_until=start,
        )
        self.contracts.append(contract)

        def run(now: datetime, staff_id: int) -> None:
            lines = [(self.discount_ids[key], evidence) for key, evidence in discounts]
            if sibling_of is not None:
                lines.append((self.discount_ids["sibling"], f"첫 구독 {sibling_of.contract_number}"))
            new = NewSubscription(
                customer_id=family.customer_id,
                plan_id=self.plan_ids[offer.key],
                term_months=months,
                start_on=start,
                payment_method=payment,
                delivery_day=delivery_day,
                swap_weekday=swap_weekday,
                discounts=tuple(lines),
                note=note,
            )
            contract.subscription_id = sign_up(self.db, staff_id=staff_id, new=new, now=now)
            contract.contract_number = format_contract_number(contract.subscription_id, shop_today(now))
            self.counts["subscriptions"] += 1

        self.schedule(at, run)
        return contract

    def start_delay(self, offer: _Offer) -> int:
        """Days from signing to the start: the first box some days later, rentals mostly at once."""
        if offer.kind is PlanKind.BOX:
            return self.rng.randint(0, 10)
        if offer.kind is PlanKind.RENTAL:
            return 0 if self.chance(0.6) else self.rng.randint(1, 7)
        return 0

    def term_for(self, offer: _Offer) -> int:
        return self.weighted(offer.term_months, [_TERM_WEIGHTS[m] for m in offer.term_months])

    def plan_life(self, contract: _Contract) -> None:
        """What becomes of a contract, as far as today: a few end within the free trial; some pause (one in three
        of those comes back early), skip a month's box or change tier; at the end of the term some cancel early,
        about half renew and the rest complete."""
        timeline = contract.timeline
        if timeline.trial_days and self.chance(0.07):
            effective = timeline.start + timedelta(days=self.rng.randint(3, timeline.trial_days))
            told = max(effective - timedelta(days=self.rng.randint(0, 2)), contract.signed_on)
            self.try_cancel(contract, told, effective=effective, note=self.pick(_TRIAL_CANCEL_NOTES))
            return
        steps: list[tuple[date, Callable[[date], bool]]] = []
        if self.chance(0.18) and (timeline.mandatory_end - timeline.paid_from).days > 150:
            first = self.day_between(
                timeline.paid_from + timedelta(days=30), timeline.mandatory_end - timedelta(days=90)
            )
            last = first + timedelta(days=self.rng.randint(13, 59))
            told = first - timedelta(days=self.rng.randint(2, 20))
            steps.append(
                (told, partial(self.try_pause, contract, first=first, last=last, note=self.pick(_PAUSE_NOTES)))
            )
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
                    (told, partial(self.try_skip, contract, delivery_on=delivery_on, note=self.pick(_SKIP_NOTES)))
                )
        if contract.offer.key in _OTHER_TIER and self.chance(0.12):
            told = self.day_between(timeline.start + timedelta(days=10), timeline.mandatory_end - timedelta(days=45))
            steps.append((told, partial(self.try_change, contract, target=_OFFERS[_OTHER_TIER[contract.offer.key]])))
        for told, step in sorted(steps, key=lambda s: s[0]):
            if told > self.today:
                break
            step(told)
        self.plan_ending(contract)

    def plan_ending(self, contract: _Contract) -> None:
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
                self.try_cancel(contract, told, effective=effective, note=self.pick(_CANCEL_NOTES))
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

    def step_at(self, contract: _Contract, told: date) -> datetime | None:
        """The moment of a step told on *told* (after the contract's last step), or None if it falls after today."""
        at = self.moment_on(told, after=contract.last_at)
        return at if shop_today(at) <= self.today else None

    def try_pause(self, contract: _Contract, told: date, *, first: date, last: date, note: str) -> bool:
        at = self.step_at(contract, told)
        if at is None:
            return False
        try:
            checked = check_pause(contract.timeline, Pause(first, last), max_days=_MAX_PAUSE_DAYS)
        except ValidationError:
            return False
        contract.timeline = contract.timeline.with_pause(checked)
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

    def try_resume(self, contract: _Contract, told: date, *, resume_on: date) -> bool:
        at = self.step_at(contract, told)
        if contract.timeline.pause_on(resume_on) is None or at is None:
            return False
        contract.timeline = contract.timeline.resumed(resume_on)
        contract.last_at, contract.resumed = at, True

        def run(now: datetime, staff_id: int) -> None:
            resume(self.db, staff_id=staff_id, subscription_id=contract.subscription_id, resume_on=resume_on, now=now)
            self.counts["resumes"] += 1

        self.schedule(at, run)
        return True

    def try_skip(self, contract: _Contract, told: date, *, delivery_on: date, note: str) -> bool:
        at = self.step_at(contract, told)
        if at is None or contract.offer.kind is not PlanKind.BOX:
            return False
        if (delivery_on.year, delivery_on.month) in contract.skipped:
            return False
        try:
            check_skip(contract.timeline, delivery_on)
        except ValidationError:
            return False
        contract.skipped.append((delivery_on.year, delivery_on.month))
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

    def try_change(self, contract: _Contract, told: date, *, target: _Offer) -> bool:
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
        contract.changes.append((effective, target))
        contract.last_at, contract.busy_until = at, max(contract.busy_until, effective)

        def run(now: datetime, staff_id: int) -> None:
            change_plan(
                self.db,
                staff_id=staff_id,
                subscription_id=contract.subscription_id,
                plan_id=self.plan_ids[target.key],
                now=now,
            )
            self.counts["plan_changes"] += 1

        self.schedule(at, run)
        return True

    def try_cancel(self, contract: _Contract, told: date, *, effective: date, note: str) -> bool:
        at = self.step_at(contract, told)
        if at is None:
            return False
        timeline = contract.timeline
        try:
            check_cancel(timeline, effective)
        except ValidationError:
            return False
        contract.timeline = replace(timeline, cancelled_on=effective)
        contract.cancelled_with_fee = not (timeline.trial_days and effective <= timeline.paid_from)
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

    def try_renew(self, contract: _Contract, told: date) -> _Contract | None:
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
        contract.timeline = replace(contract.timeline, renewed=True)
        contract.last_at = at
        renewal = _Contract(
            family=contract.family,
            offer=offer,
            months=months,
            signed_at=at,
            timeline=ContractTimeline(start, 0, months, _PAUSE_RULE),
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

    # --- today's lists -----------------------------------------------------------------------------------------

    def plan_showcases(self, families: list[_Family]) -> None:
        """Make sure today's screens have something to show: every state, the daily lists (trials ending within a
        week, terms ending within 30, 60 and 90 days, pauses), and each kind of change. A small shop's story may
        not reach them all by chance; a few more contracts (or steps on running ones) are planned where one is
        missing."""
        today = self.today
        state = SubscriptionState

        def has(wanted: SubscriptionState) -> Callable[[], bool]:
            return lambda: any(c.timeline.state_on(today) is wanted for c in self.contracts)

        def ending_between(low: int, high: int) -> Callable[[], bool]:
            return lambda: any(self.ends_between(c, low, high) for c in self.contracts)

        needs: list[tuple[Callable[[], bool], Callable[[list[_Family]], object]]] = [
            # Steps on running contracts first: a pause can move a term out of an ending list, checked later.
            (has(state.PAUSED), self.showcase_pause),
            (lambda: any(c.changes for c in self.contracts), self.showcase_plan_change),
            (lambda: any(c.skipped for c in self.contracts), self.showcase_skip),
            (lambda: any(self.trial_ends_within(c, 7) for c in self.contracts), self.showcase_trial),
            (has(state.SCHEDULED), self.showcase_scheduled),
            (has(state.ACTIVE), self.showcase_active),
            (
                lambda: any(
                    c.cancelled_with_fee and c.timeline.state_on(today) is state.CANCELLED for c in self.contracts
                ),
                self.showcase_cancellation,
            ),
            (lambda: any(c.cancelled_with_fee is False for c in self.contracts), self.showcase_trial_cancellation),
            (has(state.COMPLETED), self.showcase_completed),
            (has(state.RENEWED), self.showcase_renewed),
            (lambda: any(c.resumed for c in self.contracts), self.showcase_resume),
            (ending_between(0, 30), partial(self.showcase_ending, low=3, high=28)),
            (ending_between(31, 60), partial(self.showcase_ending, low=33, high=58)),
            (ending_between(61, 90), partial(self.showcase_ending, low=63, high=88)),
        ]
        for present, add in needs:
            for _ in range(5):
                if present():
                    break
                add(families)

    def ends_between(self, contract: _Contract, low: int, high: int) -> bool:
        """The term ends *low*..*high* days from today, and nothing is decided yet (not cancelled, not renewed)."""
        timeline = contract.timeline
        if timeline.renewed or (timeline.cancelled_on is not None and timeline.cancelled_on <= self.today):
            return False
        return low <= (timeline.end - self.today).days <= high

    def trial_ends_within(self, contract: _Contract, days: int) -> bool:
        timeline = contract.timeline
        if timeline.cancelled_on is not None and timeline.cancelled_on <= self.today:
            return False
        return timeline.start <= self.today < timeline.paid_from <= self.today + timedelta(days=days)

    def running_today(self, contract: _Contract, *, told: date) -> bool:
        """Active today with nothing decided about its end, and no step of its own recorded from *told* on."""
        timeline = contract.timeline
        return (
            timeline.state_on(self.today) is SubscriptionState.ACTIVE
            and timeline.cancelled_on is None
            and not timeline.renewed
            and contract.last_at < _moment(told, 0)
        )

    def showcase_contract(
        self, families: list[_Family], key: str, day: date, *, start: date | None = None, months: int | None = None
    ) -> _Contract | None:
        """A contract signed on *day* by a family registered by then."""
        registered = [f for f in families if f.registered_on <= day]
        if not registered:
            return None
        family = self.pick(registered)
        return self.sign_up_contract(family, _OFFERS[key], day, after=family.registered_at, start=start, months=months)

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def showcase_pause(self, families: list[_Family]) -> None:
        """Paused since a few days ago, back in a few weeks."""
        first = self.days_ago(2, 15)
        last = self.today + timedelta(days=self.rng.randint(14, 45))
        told = first - timedelta(days=self.rng.randint(1, 7))
        note = self.pick(_PAUSE_NOTES)
        running = [c for c in self.contracts if self.running_today(c, told=told) and c.timeline.paid_from <= first]
        for contract in self.sample(running, 3):
            if self.try_pause(contract, told, first=first, last=last, note=note):
                return
        fresh = self.showcase_contract(families, "box", self.days_ago(150, 330), months=24)
        if fresh is not None:
            self.try_pause(fresh, told, first=first, last=last, note=note)

    def showcase_plan_change(self, families: list[_Family]) -> None:
        told = self.days_ago(1, 20)
        running = [c for c in self.contracts if self.running_today(c, told=told) and c.offer.key in _OTHER_TIER]
        for contract in self.sample(running, 3):
            if self.try_change(contract, told, target=_OFFERS[_OTHER_TIER[contract.offer.key]]):
                return
        fresh = self.showcase_contract(families, "box", self.days_ago(60, 300), months=24)
        if fresh is not None:
            self.try_change(fresh, told, target=_OFFERS["box_premium"])

    def showcase_skip(self, families: list[_Family]) -> None:
        """Next month's box skipped."""
        told = self.days_ago(0, 10)
        month = add_months(self.today.replace(day=1), 1)
        note = self.pick(_SKIP_NOTES)
        running = [c for c in self.contracts if self.running_today(c, told=told) and c.delivery_day is not None]
        candidates = self.sample(running, 3)
        if not candidates:
            contract = self.showcase_contract(families, "box", self.days_ago(60, 300), months=24)
            candidates = [contract] if contract is not None else []
        for contract in candidates:
            assert contract.delivery_day is not None
            delivery_on = date(month.year, month.month, contract.delivery_day)
            if self.try_skip(contract, told, delivery_on=delivery_on, note=note):
                return

    def showcase_trial(self, families: list[_Family]) -> None:
        """A rental in its free trial, which turns into the paid term within a week."""
        start = self.days_ago(7, 11)
        self.showcase_contract(
            families,
            self.pick(("rental", "rental_premium")),
            start - timedelta(days=self.rng.randint(0, 2)),
            start=start,
        )

    def showcase_scheduled(self, families: list[_Family]) -> None:
        """Signed lately for a first box a couple of weeks from now."""
        start = self.today + timedelta(days=self.rng.randint(4, 20))
        self.showcase_contract(families, self.pick(("box", "box_premium")), self.days_ago(0, 6), start=start)

    def showcase_active(self, families: list[_Family]) -> None:
        self.showcase_contract(families, "box", self.days_ago(40, 200), months=24)

    def showcase_cancellation(self, families: list[_Family]) -> None:
        """Cancelled in the middle of the term, with the early-termination fee."""
        signed = self.days_ago(200, 420)
        contract = self.showcase_contract(families, self.pick(("rental", "box_premium")), signed, months=24)
        if contract is not None:
            effective = self.days_ago(5, 60)
            told = effective - timedelta(days=self.rng.randint(0, 20))
            self.try_cancel(contract, told, effective=effective, note=self.pick(_CANCEL_NOTES))

    def showcase_trial_cancellation(self, families: list[_Family]) -> None:
        """Cancelled within the free trial, which costs nothing."""
        signed = self.days_ago(30, 300)
        contract = self.showcase_contract(families, "rental", signed, start=signed)
        if contract is not None:
            effective = contract.timeline.start + timedelta(days=self.rng.randint(4, 14))
            told = max(effective - timedelta(days=self.rng.randint(0, 2)), contract.signed_on)
            self.try_cancel(contract, told, effective=effective, note=self.pick(_TRIAL_CANCEL_NOTES))

    def year_ended(self, families: list[_Family], key: str) -> _Contract | None:
        """A one-year contract whose term ended one to six months ago."""
        start = self.days_ago(400, 560)
        return self.showcase_contract(
            families, key, start - timedelta(days=self.rng.randint(0, 3)), start=start, months=12
        )

    def showcase_completed(self, families: list[_Family]) -> None:
        self.year_ended(families, self.pick(("box", "unlimited")))

    def showcase_renewed(self, families: list[_Family]) -> None:
        contract = self.year_ended(families, "box")
        if contract is not None:
            self.try_renew(contract, contract.timeline.end - timedelta(days=self.rng.randint(5, 60)))

    def showcase_resume(self, families: list[_Family]) -> None:
        """A pause some months ago that ended early: the family came back sooner than planned."""
        contract = self.showcase_contract(families, "box", self.days_ago(250, 500), months=24)
        if contract is None:
            return
        first = self.days_ago(60, 150)
        last = first + timedelta(days=self.rng.randint(30, 60))
        told = first - timedelta(days=self.rng.randint(3, 10))
        if self.try_pause(contract, told, first=first, last=last, note=self.pick(_PAUSE_NOTES)):
            resume_on = first + timedelta(days=self.rng.randint(7, (last - first).days - 3))
            self.try_resume(contract, resume_on - timedelta(days=self.rng.randint(0, 2)), resume_on=resume_on)

    def showcase_ending(self, families: list[_Family], *, low: int, high: int) -> None:
        """A one-year term that ends *low*..*high* days from today, not renewed yet."""
        end = self.today + timedelta(days=self.rng.randint(low, high))
        start = add_months(end + timedelta(days=1), -12)
        key = self.pick(("box", "box_premium", "unlimited"))
        self.showcase_contract(families, key, start - timedelta(days=self.rng.randint(0, 5)), start=start, months=12)


def populate_demo_shop(db: Database, *, customers: int = 400, seed: int = 7, today: date | None = None) -> DemoSummary:
    """Fill a database that has no shop yet with a sample shop: staff, *customers* customers and about three years
    of their changes, ending on *today* (default: the shop's today, up to this moment).

    The same *seed*, *customers* and *today* give the same shop. Raises the services' ``ValidationError`` (on
    ``shop_name``) if the database already belongs to a shop. Each change is its own transaction, as at the counter.
    """
    if customers < 0:
        raise ValueError(f"customers must not be negative, not {customers}")
    if today is None:
        latest = utc_now()
        today = shop_today(latest)
    else:
        latest = _moment(today, 20 * 60)
    shop = _DemoShop(db, random.Random(seed), today, latest)
    opened_on = today - timedelta(days=HISTORY_DAYS)
    opened = _moment(opened_on, 9 * 60)
    # The whole story is planned before anything is written: a slip in the plan leaves the database untouched.
    shop.plan_staff(opened)
    families = shop.plan_families(customers, opened_on)
    shop.plan(families)
    # Planned after the families' contacts, so adding subscriptions left the rest of the story as it was.
    shop.plan_catalogue(opened)
    shop.plan_subscriptions(families)
    shop.staff_ids.append(set_up_shop(db, shop_name=SHOP_NAME, owner_name=OWNER_NAME, now=opened).id)
    shop.replay()
    _rentals_story(db, random.Random(seed + 1), shop.staff_ids[0], today)
    _deliveries_story(db, random.Random(seed + 2), shop.staff_ids, today, latest)
    for staff_id in shop.staff_ids:
        set_first_pin(db, staff_id=staff_id, pin=DEMO_PIN, repeated_pin=DEMO_PIN, now=latest)
    counts = shop.counts
    return DemoSummary(
        shop_name=SHOP_NAME,
        staff=len(shop.staff_ids),
        customers=counts["customers"],
        children=counts["children"],
        moves=counts["moves"],
        scheduled_moves=counts["scheduled_moves"],
        temporary_stays=counts["temporary_stays"],
        number_changes=counts["number_changes"],
        scheduled_number_changes=counts["scheduled_number_changes"],
        corrections=counts["corrections"],
        confirmations=counts["confirmations"],
        plans=counts["plans"],
        discount_categories=counts["discount_categories"],
        price_changes=counts["price_changes"],
        subscriptions=counts["subscriptions"],
        renewals=counts["renewals"],
        pauses=counts["pauses"],
        resumes=counts["resumes"],
        skipped_deliveries=counts["skipped_deliveries"],
        plan_changes=counts["plan_changes"],
        cancellations=counts["cancellations"],
        cancellation_fees=counts["cancellation_fees"],
    )


# --- deliveries -------------------------------------------------------------------------------------------------

#: Days of delivery history before today: three weeks of boxes and swaps sent and delivered.
DELIVERY_HISTORY_DAYS = 21


def _deliveries_story(
    db: Database, rng: random.Random, staff_ids: Sequence[int], today: date, latest: datetime
) -> None:
    """Three weeks of deliveries, as the shop worked through them: each morning the day's boxes and swaps were
    shipped with a courier and a tracking number, and the next day marked delivered; one courier could not deliver,
    and one box came back "addressee moved", so that customer's deliveries are held. Today's are half packed, and
    the schedule reaches a month ahead."""
    first = today - timedelta(days=DELIVERY_HISTORY_DAYS)
    for week_start in range(0, DELIVERY_HISTORY_DAYS, 7):
        day = first + timedelta(days=week_start)
        schedule_deliveries(
            db, through=min(day + timedelta(days=6), today - timedelta(days=1)), staff_id=staff_ids[0],
            now=_moment(day, 8 * 60),
        )  # fmt: skip
    shipped: list[tuple[date, list[int]]] = []
    for offset in range(DELIVERY_HISTORY_DAYS):
        day = first + timedelta(days=offset)
        clerk = staff_ids[offset % len(staff_ids)]
        ids = [
            row.id
            for row in list_deliveries(
                db, DeliveryFilter(first=day, last=day, state=DeliveryState.SCHEDULED), limit=500
            ).rows
        ]
        if not ids:
            continue
        courier = COMMON_COURIERS[offset % 2]
        numbers = {delivery_id: f"{rng.randrange(10**11, 10**12)}" for delivery_id in ids}
        ship(db, staff_id=clerk, delivery_ids=ids, courier=courier, tracking_numbers=numbers,
             now=_moment(day, 10 * 60 + offset % 30))  # fmt: skip
        shipped.append((day, ids))
    now = min(latest, _moment(today, 9 * 60))
    keep_schedule_ahead(db, staff_id=staff_ids[0], now=now)

    def with_deliveries_ahead(ids: Sequence[int]) -> int | None:
        """A delivery whose customer has more to come, so holding them shows."""
        for row in list_deliveries(db, DeliveryFilter(first=today - timedelta(days=31)), limit=2000).rows:
            if row.id in ids and count_deliveries(db, DeliveryFilter(customer_id=row.customer_id, first=today)):
                return row.id
        return None

    failed = shipped[-4][1][0] if len(shipped) >= 4 else None
    came_back = with_deliveries_ahead(shipped[-8][1]) if len(shipped) >= 8 else None
    for day, ids in shipped:
        delivered = [i for i in ids if i not in (failed, came_back)]
        if delivered:
            mark_delivered(
                db, staff_id=staff_ids[0], delivery_ids=delivered, now=_moment(day + timedelta(days=1), 18 * 60)
            )
    if failed is not None:
        day = shipped[-4][0] + timedelta(days=1)
        mark_failed(db, staff_id=staff_ids[0], delivery_ids=[failed], reason="수취인 부재 (3회 방문)",
                    now=_moment(day, 19 * 60))  # fmt: skip
    if came_back is not None:
        day = shipped[-8][0] + timedelta(days=3)
        mark_returned(db, staff_id=staff_ids[0], delivery_ids=[came_back], reason="수취인 이사 (택배사 반송)",
                      customer_moved=True, now=_moment(day, 15 * 60))  # fmt: skip
    todays = [
        row.id for row in list_deliveries(db, DeliveryFilter(first=today, last=today, held=False), limit=500).rows
    ]
    if len(todays) > 1:
        pack(db, staff_id=staff_ids[-1], delivery_ids=todays[: len(todays) // 2], now=now)


# --- toys and rentals -------------------------------------------------------------------------------------------

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


def _rentals_story(db: Database, rng: random.Random, staff_id: int, today: date) -> None:
    """The toy catalogue with labelled items, and the rental customers' loans: most due later, some returned (one
    damaged, one needing a wash), one overdue, and a popular toy with a child waiting for it."""
    start = _moment(today - timedelta(days=40), 10 * 60)
    toys = {}
    for name, category, low, high, brand, value, copies in DEMO_TOYS:
        toy_id = create_toy(
            db, staff_id=staff_id, name=name, category=category, min_age_months=low, max_age_months=high,
            brand=brand, value=value, now=start,
        )  # fmt: skip
        toys[name] = [item.barcode for item in add_items(db, staff_id=staff_id, toy_id=toy_id, new_labels=copies,
                                                          acquired_on=start.date(), now=start)]  # fmt: skip
    renters = [
        row
        for state in (SubscriptionState.ACTIVE, SubscriptionState.TRIAL)
        for row in list_subscriptions(
            db, SubscriptionFilter(state=state, kind=PlanKind.RENTAL), limit=60, today=today
        ).rows
        if row.start_on <= today - timedelta(days=40)
    ]
    on_shelf = [code for codes in toys.values() for code in codes[1:]] + [codes[0] for codes in toys.values()]
    rng.shuffle(on_shelf)
    popular = toys["원목 기차 레일 50피스"][0]
    on_shelf.remove(popular)
    for index, row in enumerate(renters[:24]):
        children = customer_card(db, row.customer_id, today=today).children
        if not children or len(on_shelf) < 3:
            continue
        child = children[0].id
        # The first renter is overdue (lent 25 days ago for 14 days); the others are in the middle of a loan.
        days_ago = 25 if index == 0 else rng.randint(1, 12)
        codes = [popular] if index == 1 else [on_shelf.pop() for _ in range(rng.randint(1, 3))]
        moment = _moment(today - timedelta(days=days_ago), 11 * 60)
        try:
            lend(db, staff_id=staff_id, customer_id=row.customer_id, child_id=child, barcodes=codes, now=moment)
        except ValidationError:
            continue
        if index in (2, 3):  # back already: one damaged, one needing a wash
            condition = ReturnCondition.DAMAGED if index == 2 else ReturnCondition.NEEDS_CLEANING
            return_items(
                db, staff_id=staff_id, lines=[ReturnLine(codes[0], condition, note="데모 반납")],
                now=_moment(today - timedelta(days=1), 15 * 60),
            )  # fmt: skip
    for row in renters[24:26]:
        children = customer_card(db, row.customer_id, today=today).children
        if children:
            reserve(
                db, staff_id=staff_id, customer_id=row.customer_id, child_id=children[0].id,
                toy_id=find_item_toy(db, popular), now=_moment(today, 9 * 60),
            )  # fmt: skip


def find_item_toy(db: Database, barcode: str) -> int:
    found = find_item(db, barcode)
    assert found is not None
    return found.toy_id
