"""The demo shop's people and places: names, phones, e-mail addresses, road addresses and children, as Korean
families have them, and the families as planned before the story is told.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from toysub_desktop.demo.story import Part, Story, month_index, month_of_index
from toysub_desktop.domain.address import region_of
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.phone import parse_phone
from toysub_desktop.services.inputs import AddressInput, ChildInput

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
#: Allergies and health: sensitive data, kept apart (``ChildInput.health_notes``) under its own consent.
_HEALTH_NOTES = (
    "땅콩 알레르기",
    "달걀 알레르기",
    "우유 알레르기",
    "아토피가 있어 천 소재 장난감 주의",
)
_CHILD_NOTES = (
    *_HEALTH_NOTES,
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
CUSTOMER_NOTES = (
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
class District:
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


_DISTRICTS: tuple[District, ...] = (
    # 서울 (01000–08999): the shop is in 마포, so its neighbours are over-represented.
    District("서울특별시 마포구", (3900, 4199), ("월드컵북로", "마포대로", "성미산로", "독막로", "월드컵로"), 8),
    District("서울특별시 서대문구", (3600, 3899), ("연희로", "가좌로", "수색로"), 3),
    District("서울특별시 은평구", (3300, 3599), ("통일로", "진관2로", "은평로"), 3),
    District("서울특별시 용산구", (4300, 4499), ("이촌로", "한강대로", "백범로"), 2),
    District("서울특별시 영등포구", (7200, 7499), ("여의대로", "당산로", "영등포로"), 2),
    District("서울특별시 강서구", (7500, 7899), ("공항대로", "마곡중앙로", "등촌로", "화곡로"), 3),
    District("서울특별시 양천구", (7900, 8099), ("목동동로", "목동서로", "신정로"), 2),
    District("서울특별시 강남구", (6000, 6399), ("테헤란로", "도곡로", "언주로", "삼성로", "개포로"), 2),
    District("서울특별시 서초구", (6500, 6799), ("반포대로", "서초대로", "잠원로", "방배로"), 2),
    District("서울특별시 송파구", (5500, 5899), ("올림픽로", "송파대로", "위례성대로", "오금로"), 3),
    District("서울특별시 강동구", (5200, 5399), ("천호대로", "고덕로", "상일로"), 2),
    District("서울특별시 노원구", (1600, 1899), ("동일로", "노원로", "상계로", "한글비석로"), 2),
    District("서울특별시 성동구", (4700, 4899), ("왕십리로", "행당로", "독서당로"), 2),
    District("서울특별시 광진구", (4900, 5099), ("자양로", "광나루로", "능동로"), 1.5),
    District("서울특별시 동작구", (6900, 7099), ("흑석로", "상도로", "사당로"), 1.5),
    District("서울특별시 관악구", (8700, 8899), ("관악로", "봉천로", "신림로"), 1.5),
    District("서울특별시 구로구", (8200, 8399), ("구로중앙로", "경인로", "디지털로"), 1.5),
    District("서울특별시 성북구", (2700, 2899), ("보문로", "정릉로", "종암로"), 1.5),
    District("서울특별시 종로구", (3000, 3199), ("자하문로", "율곡로", "사직로"), 1),
    District("서울특별시 중구", (4500, 4699), ("퇴계로", "다산로", "동호로"), 1),
    District("서울특별시 동대문구", (2400, 2699), ("왕산로", "답십리로", "전농로"), 1),
    District("서울특별시 중랑구", (2000, 2299), ("망우로", "신내로", "면목로"), 1),
    District("서울특별시 도봉구", (1300, 1499), ("방학로", "도봉로", "마들로"), 1),
    District("서울특별시 강북구", (1000, 1299), ("삼양로", "도봉로", "솔매로"), 1),
    District("서울특별시 금천구", (8500, 8699), ("시흥대로", "독산로"), 1),
    # 경기 (10000–18999)
    District("경기도 성남시 분당구", (13400, 13699), ("판교역로", "정자일로", "분당로", "불정로", "내정로"), 4),
    District("경기도 수원시 영통구", (16500, 16699), ("영통로", "광교중앙로", "매영로", "봉영로"), 3),
    District("경기도 고양시 일산동구", (10300, 10499), ("중앙로", "정발산로", "일산로"), 2),
    District("경기도 고양시 일산서구", (10200, 10399), ("대화로", "주엽로", "일현로"), 1.5),
    District("경기도 고양시 덕양구", (10400, 10599), ("화정로", "고양대로", "권율대로"), 2),
    District("경기도 용인시 수지구", (16800, 16999), ("포은대로", "성복2로", "수지로"), 2.5),
    District("경기도 용인시 기흥구", (16900, 17099), ("동백중앙로", "흥덕중앙로", "기흥로"), 2),
    District("경기도 화성시", (18300, 18599), ("동탄대로", "동탄순환대로", "노작로", "병점중앙로"), 3.5),
    District("경기도 하남시", (12900, 13099), ("미사강변대로", "미사대로"), 1.5),
    District("경기도 김포시", (10000, 10199), ("김포한강로", "김포대로", "풍무로"), 2),
    District("경기도 파주시", (10800, 10999), ("가람로", "경의로"), 1.5),
    District("경기도 남양주시", (12000, 12299), ("다산중앙로", "다산순환로", "경춘로"), 1.5),
    District("경기도 부천시", (14400, 14699), ("길주로", "부천로", "소향로"), 1.5),
    District("경기도 안양시 동안구", (13900, 14199), ("평촌대로", "시민대로", "귀인로"), 1.5),
    # 인천 (21000–23999)
    District("인천광역시 연수구", (21900, 22099), ("송도과학로", "인천타워대로", "컨벤시아대로", "해돋이로"), 2.5),
    District("인천광역시 서구", (22700, 22899), ("청라커낼로", "서곶로", "중봉대로"), 1.5),
    District("인천광역시 남동구", (21500, 21699), ("인하로", "논현로", "예술로"), 1),
    District("인천광역시 부평구", (21300, 21499), ("부평대로", "마장로", "굴포로"), 1),
    # 강원 (24000–26999)
    District("강원특별자치도 춘천시", (24200, 24499), ("춘천로", "후석로"), 0.4),
    District("강원특별자치도 원주시", (26300, 26599), ("혁신로", "원일로"), 0.4),
    District("강원특별자치도 강릉시", (25400, 25699), ("경강로", "하슬라로"), 0.3),
    District("강원특별자치도 속초시", (24800, 24899), ("중앙로", "설악금강대교로"), 0),
    # 충북 (27000–29999)
    District("충청북도 청주시 흥덕구", (28300, 28599), ("직지대로", "대농로", "풍산로"), 0.7),
    District("충청북도 충주시", (27300, 27499), ("충원대로", "국원대로"), 0),
    # 세종 (30000–30199)
    District("세종특별자치시", (30100, 30159), ("한누리대로", "도움3로", "보듬로", "갈매로"), 1),
    # 충남 (31000–33999)
    District("충청남도 천안시 서북구", (31000, 31299), ("불당대로", "번영로", "쌍용대로"), 0.8),
    District("충청남도 아산시", (31400, 31599), ("배방로", "번영로"), 0.4),
    District("충청남도 공주시", (32500, 32599), ("웅진로", "봉황로"), 0),
    # 대전 (34000–35999)
    District("대전광역시 유성구", (34000, 34299), ("대학로", "유성대로", "한밭대로", "노은동로"), 1),
    District("대전광역시 서구", (35200, 35399), ("둔산로", "계룡로", "둔산중로"), 0.6),
    # 경북 (36000–40999)
    District("경상북도 안동시", (36700, 36799), ("경동로", "퇴계로"), 0),
    District("경상북도 포항시 남구", (37600, 37999), ("포스코대로", "대이로"), 0.4),
    District("경상북도 구미시", (39100, 39499), ("구미대로", "인동중앙로"), 0.4),
    # 대구 (41000–43999)
    District("대구광역시 수성구", (42000, 42299), ("달구벌대로", "동대구로", "범어로", "들안로"), 1),
    District("대구광역시 달서구", (42600, 42899), ("월배로", "상화로", "월곡로"), 0.7),
    # 울산 (44000–45999)
    District("울산광역시 남구", (44600, 44799), ("삼산로", "번영로", "문수로"), 0.7),
    # 부산 (46000–49999)
    District("부산광역시 해운대구", (48000, 48199), ("해운대해변로", "센텀중앙로", "좌동순환로"), 1.5),
    District("부산광역시 수영구", (48200, 48399), ("광안해변로", "수영로", "남천동로"), 0.8),
    District("부산광역시 동래구", (47700, 47899), ("충렬대로", "명륜로", "온천장로"), 0.7),
    District("부산광역시 부산진구", (47100, 47399), ("중앙대로", "가야대로", "전포대로"), 0.6),
    # 경남 (50000–53999)
    District("경상남도 김해시", (50800, 51099), ("김해대로", "율하2로"), 0.4),
    District("경상남도 창원시 성산구", (51400, 51599), ("중앙대로", "원이대로"), 0.7),
    District("경상남도 진주시", (52600, 52899), ("진주대로", "동진로"), 0),
    # 전북 (54000–56999)
    District("전북특별자치도 군산시", (54000, 54199), ("대학로", "조촌로"), 0),
    District("전북특별자치도 전주시 완산구", (54900, 55199), ("효자로", "홍산로"), 0.6),
    # 전남 (57000–60999)
    District("전라남도 담양군 담양읍", (57300, 57399), ("추성로", "죽향대로"), 0),
    District("전라남도 순천시", (57900, 58099), ("왕지로", "중앙로"), 0.3),
    District("전라남도 나주시", (58200, 58399), ("빛가람로", "우정로"), 0.3),
    # 광주 (61000–62999)
    District("광주광역시 서구", (61900, 62099), ("상무중앙로", "상무대로"), 0.4),
    District("광주광역시 광산구", (62200, 62499), ("수완로", "임방울대로", "장신로"), 0.8),
    # 제주 (63000–63999)
    District("제주특별자치도 제주시", (63000, 63399), ("연북로", "노형로", "중앙로"), 0.6),
    District("제주특별자치도 서귀포시", (63500, 63699), ("중앙로", "일주동로"), 0.3),
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


@dataclass(eq=False)
class Family:
    """A customer as planned: who they are, and their contacts as the story goes on (compared by identity)."""

    name: str
    family_name: str
    email: str
    registered_at: datetime
    district: District
    #: The address and primary number as they really are at registration (what was typed may have a slip).
    address: AddressInput
    primary: str
    spouse: str | None = None
    home: str | None = None
    home_is_landline: bool = False
    children: list[tuple[str, date]] = field(default_factory=list)
    marketing: bool = False
    #: When the latest move planned so far is recorded.
    last_move_at: datetime | None = None
    #: Filled in as the story is replayed: the customer id and the version ids later steps need.
    customer_id: int = 0
    versions: dict[str, int] = field(default_factory=dict)

    @property
    def registered_on(self) -> date:
        return shop_today(self.registered_at)


class People(Part):
    """Makes up the families and their contact details; no number or e-mail address is given out twice."""

    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.numbers: set[str] = set()
        self.emails: set[str] = set()

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

    def landline(self, district: District) -> str:
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

    def district(self, *, near: District | None = None) -> District:
        """Where a family lives; a family that moves mostly stays in its region."""
        pool = _LIVING
        if near is not None and self.chance(0.7):
            pool = tuple(d for d in _LIVING if d.region == near.region)
        return self.weighted(pool, [d.weight for d in pool])

    def road_address(self, district: District) -> tuple[str, str]:
        """A postal code and road address in *district*."""
        low, high = district.postal_codes
        road = self.pick(district.roads)
        if self.chance(0.15):
            line = f"{district.area} {road}{self.rng.randint(1, 60)}번길 {self.rng.randint(1, 80)}"
        else:
            line = f"{district.area} {road} {self.rng.randint(1, 420)}"
        return f"{self.rng.randint(low, high):05d}", line

    def address(self, district: District) -> AddressInput:
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

    def grandparents_address(self, home: District) -> AddressInput:
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

    def child_name(self, family: Family, taken: Sequence[str]) -> str:
        while True:
            name = family.family_name + self.pick(_BOY_NAMES if self.chance(0.5) else _GIRL_NAMES)
            if name not in taken:
                return name

    def children(self, family: Family) -> tuple[ChildInput, ...]:
        """1–3 children, 0–7 years old today; the youngest born at most five months after registration (parents
        sign up for the first toys before the birth)."""
        today = month_index(self.today)
        registered = month_index(family.registered_on)
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
            year, month = month_of_index(index)
            notes = self.pick(_CHILD_NOTES) if self.chance(0.25) else ""
            health = ""
            if notes in _HEALTH_NOTES:
                notes, health = "", notes
            if births.count(index) > 1:
                notes = f"쌍둥이, {notes}" if notes else "쌍둥이"
            name = self.child_name(family, [c.name for c in result])
            result.append(ChildInput(name, year, month, notes, health))
            family.children.append((name, date(year, month, 1)))
        return tuple(result)

    def plan_families(self, count: int, opened: date) -> list[Family]:
        span = (self.today - opened).days
        families = []
        for _ in range(count):
            # The shop grew: more customers registered lately than in its first months.
            day = opened + timedelta(days=1 + int((span - 1) * self.rng.random() ** 0.8))
            family_name, family_roman, _ = self.weighted(_FAMILY_NAMES, [w for _, _, w in _FAMILY_NAMES])
            given, given_roman = self.pick(_MOTHER_NAMES if self.chance(0.75) else _FATHER_NAMES)
            district = self.district()
            families.append(
                Family(
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
