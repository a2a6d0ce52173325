"""Delivery addresses: tidy when accepted, every problem listed at once when not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain import address as address_module
from toysub_desktop.domain.address import Address, region_of, validate_address
from toysub_desktop.domain.errors import REQUIRED, ValidationError

GOOD = {"postal_code": "03925", "road_address": "서울특별시 마포구 월드컵북로 396"}


def problems_of(**fields: str) -> dict[str, str]:
    """field → template of each problem, for an address built from GOOD overridden by *fields*."""
    with pytest.raises(ValidationError) as caught:
        validate_address(**{**GOOD, **fields})
    for problem in caught.value.problems:
        assert problem.message.strip()
    return {p.field: p.template for p in caught.value.problems}


def test_a_complete_address_reads_on_one_line() -> None:
    address = validate_address(
        postal_code="03925",
        road_address="서울특별시 마포구 월드컵북로 396",
        detail="101동 1203호",
        entry_notes="공동현관 #1234",
        delivery_memo="문 앞에 놓아 주세요",
    )

    assert address == Address(
        "03925", "서울특별시 마포구 월드컵북로 396", "101동 1203호", "공동현관 #1234", "문 앞에 놓아 주세요"
    )
    assert address.one_line == "(03925) 서울특별시 마포구 월드컵북로 396, 101동 1203호"
    assert address.region == "서울"


def test_a_house_without_detail_has_no_trailing_comma() -> None:
    address = validate_address(postal_code="63309", road_address="제주특별자치도 제주시 첨단로 242")

    assert address.one_line == "(63309) 제주특별자치도 제주시 첨단로 242"
    assert address.detail == address.entry_notes == address.delivery_memo == ""


def test_what_was_typed_is_tidied() -> None:
    address = validate_address(
        postal_code=" ０３９２５ ",
        road_address="  서울특별시   마포구 월드컵북로　396 ",
        detail=" 101동  1203호 ",
        entry_notes="  공동현관 #1234\r\n경비실에 맡겨 주세요  ",
        delivery_memo="  ",
    )

    assert address.postal_code == "03925"
    assert address.road_address == "서울특별시 마포구 월드컵북로 396"
    assert address.detail == "101동 1203호"
    assert address.entry_notes == "공동현관 #1234\n경비실에 맡겨 주세요"
    assert address.delivery_memo == ""


@pytest.mark.parametrize(
    ("road_address", "region"),
    [
        ("서울특별시 마포구 월드컵북로 396", "서울"),
        ("서울 마포구 월드컵북로 396", "서울"),
        ("서울시 마포구 월드컵북로 396", "서울"),
        ("부산광역시 해운대구 센텀중앙로 79", "부산"),
        ("대구 중구 동덕로 130", "대구"),
        ("인천광역시 연수구 송도과학로 32", "인천"),
        ("광주광역시 서구 내방로 111", "광주"),
        ("대전광역시 서구 둔산로 100", "대전"),
        ("울산 남구 중앙로 201", "울산"),
        ("세종특별자치시 한누리대로 2130", "세종"),
        ("세종시 한누리대로 2130", "세종"),
        ("경기도 성남시 분당구 정자일로 95", "경기"),
        ("경기 수원시 팔달구 효원로 1", "경기"),
        ("강원특별자치도 춘천시 중앙로 1", "강원"),
        ("강원도 춘천시 중앙로 1", "강원"),
        ("충청북도 청주시 상당구 상당로 82", "충북"),
        ("충남 홍성군 홍북읍 충남대로 21", "충남"),
        ("전북특별자치도 전주시 완산구 효자로 225", "전북"),
        ("전라북도 전주시 완산구 효자로 225", "전북"),
        ("전라남도 무안군 삼향읍 오룡길 1", "전남"),
        ("경상북도 안동시 풍천면 도청대로 455", "경북"),
        ("경남 창원시 의창구 중앙대로 300", "경남"),
        ("제주특별자치도 제주시 문연로 6", "제주"),
        ("제주시 문연로 6", "제주"),
    ],
)
def test_the_region_is_the_short_name_of_the_province_or_city(road_address: str, region: str) -> None:
    assert validate_address(postal_code="12345", road_address=road_address).region == region


def test_gwangju_si_alone_is_ambiguous_and_refused() -> None:
    # 광주시 is both 광주광역시 and a city in 경기도: staff must say which.
    assert region_of("광주시 경안로 1") is None
    assert problems_of(road_address="광주시 경안로 1") == {"road_address": address_module._NO_REGION}
    assert validate_address(postal_code="12345", road_address="경기도 광주시 경안로 1").region == "경기"


@pytest.mark.parametrize(
    ("postal_code", "template"),
    [
        ("", REQUIRED),
        ("   ", REQUIRED),
        ("121-904", address_module._POSTAL_OLD),
        ("121904", address_module._POSTAL_OLD),
        ("3925", address_module._POSTAL_SHAPE),
        ("039255", address_module._POSTAL_OLD),
        ("0392a", address_module._POSTAL_SHAPE),
        ("039-25", address_module._POSTAL_SHAPE),
        ("00123", address_module._POSTAL_RANGE),
        ("99999", address_module._POSTAL_RANGE),
    ],
)
def test_the_postal_code_is_five_digits_in_the_korean_range(postal_code: str, template: str) -> None:
    assert problems_of(postal_code=postal_code) == {"postal_code": template}


def test_whitespace_around_the_postal_code_is_trimmed() -> None:
    assert validate_address(**{**GOOD, "postal_code": " 03925\n"}).postal_code == "03925"


def test_an_old_postal_code_asks_for_the_new_five_digit_one() -> None:
    assert "5-digit" in address_module._POSTAL_OLD


@pytest.mark.parametrize(
    ("road_address", "template"),
    [
        ("", REQUIRED),
        ("마포구 월드컵북로 396", address_module._NO_REGION),
        ("Seoul Mapo-gu 396", address_module._NO_REGION),
        ("서울특별시마포구 월드컵북로 396", address_module._NO_REGION),
        ("서울특별시 마포구 월드컵북로", address_module._INCOMPLETE),
        ("서울특별시 396", address_module._INCOMPLETE),
        ("서울특별시", address_module._INCOMPLETE),
        ("서울특별시 마포구\n월드컵북로 396", address_module._ONE_LINE),
        ("서울특별시 마포구 월드컵북로\t396", address_module._ONE_LINE),
        ("서울특별시 " + "가" * 200 + " 1", address_module._TOO_LONG),
    ],
)
def test_the_road_address_needs_a_region_a_road_and_a_number(road_address: str, template: str) -> None:
    assert problems_of(road_address=road_address) == {"road_address": template}


def test_long_texts_are_refused_with_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_address(**GOOD, detail="가" * 101)

    problem = caught.value.for_field("detail")
    assert problem is not None
    assert problem.arguments == {"limit": "100", "length": "101"}


@pytest.mark.parametrize(("field", "limit"), [("detail", 100), ("entry_notes", 200), ("delivery_memo", 200)])
def test_optional_parts_have_a_length_limit(field: str, limit: int) -> None:
    assert validate_address(**GOOD, **{field: "가" * limit}) is not None
    assert problems_of(**{field: "가" * (limit + 1)}) == {field: address_module._TOO_LONG}


def test_detail_stays_on_one_line_but_notes_may_span_lines() -> None:
    assert problems_of(detail="101동\n1203호") == {"detail": address_module._ONE_LINE}
    assert validate_address(**GOOD, entry_notes="공동현관\n#1234").entry_notes == "공동현관\n#1234"
    assert problems_of(delivery_memo="문 앞\x00") == {"delivery_memo": address_module._CONTROL}
    assert problems_of(entry_notes="\u200b#1234") == {"entry_notes": address_module._CONTROL}


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_address(
            postal_code="121-904",
            road_address="마포구 월드컵북로 396",
            detail="가" * 101,
            entry_notes="\x07",
            delivery_memo="가" * 201,
        )

    assert set(caught.value.fields) == {"postal_code", "road_address", "detail", "entry_notes", "delivery_memo"}


@given(
    postal_code=st.text(max_size=8),
    road_address=st.one_of(st.text(max_size=40), st.builds(lambda s: "서울 " + s, st.text(max_size=40))),
    detail=st.text(max_size=10),
)
def test_any_input_gives_a_sound_address_or_field_problems(postal_code: str, road_address: str, detail: str) -> None:
    try:
        address = validate_address(postal_code=postal_code, road_address=road_address, detail=detail)
    except ValidationError as error:
        assert set(error.fields) <= {"postal_code", "road_address", "detail"}
    else:
        assert len(address.postal_code) == 5
        assert address.postal_code.isascii()
        assert address.postal_code.isdigit()
        assert address.region is not None
        assert "\n" not in address.one_line
        assert validate_address(postal_code=address.postal_code, road_address=address.road_address) is not None
