"""Reading a shop's spreadsheet rows: Korean headers recognised (merged group headings too), cells as shops type
them (numbers stored as text, phones without their 0, Excel date serials), every problem with its row and column,
and which rows are one person."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from toysub_desktop.domain.address import Address
from toysub_desktop.domain.imports import (
    Cell,
    Column,
    DuplicateReason,
    PlanChoice,
    Resolution,
    duplicate_reason,
    find_header,
    person_keys,
    plan_key,
    proposed_resolution,
    read_date,
    read_month,
    read_phone,
    read_row,
    read_term,
    read_won,
    recognise_header,
    recognise_headers,
)
from toysub_desktop.domain.plans import PaymentMethod, PlanKind

TODAY = date(2026, 3, 2)
PLANS = {
    plan_key("렌털 프리미엄"): PlanChoice("렌털 프리미엄", PlanKind.RENTAL),
    plan_key("정기배송 베이직"): PlanChoice("정기배송 베이직", PlanKind.BOX),
}


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("이름", Column.NAME),
        ("성함", Column.NAME),
        ("보호자", Column.NAME),
        ("연락처", Column.PHONE),
        ("휴대폰 번호", Column.PHONE),
        ("전화번호", Column.PHONE),
        ("주소", Column.ADDRESS),
        ("우편번호", Column.POSTAL_CODE),
        ("자녀", Column.CHILD_NAME),
        ("생년월", Column.CHILD_BIRTH_MONTH),
        ("가입일", Column.REGISTERED_ON),
        ("요금제", Column.PLAN),
        ("시작일", Column.START_ON),
        ("약정", Column.TERM_MONTHS),
        ("월 요금(원)", Column.MONTHLY_FEE),
        ("* 결제 방법 :", Column.PAYMENT_METHOD),
        ("보증금", Column.DEPOSIT),
    ],
)
def test_common_korean_headers_are_recognised(header: str, column: Column) -> None:
    assert recognise_header([header]) is column


def test_a_merged_group_heading_names_its_parts() -> None:
    assert recognise_header(["자녀", "이름"]) is Column.CHILD_NAME
    assert recognise_header(["자녀", "생년월"]) is Column.CHILD_BIRTH_MONTH
    assert recognise_header(["연락처", "휴대폰"]) is Column.PHONE
    assert recognise_header(["보호자", "이름"]) is Column.NAME
    assert recognise_header(["회원 명단", "이름"]) is Column.NAME


def test_each_kind_is_used_once_and_a_second_phone_column_is_the_second_phone() -> None:
    mapping = recognise_headers([("이름",), ("연락처",), ("전화번호",), ("이름",), ("기타",)])
    assert mapping == {0: Column.NAME, 1: Column.PHONE, 2: Column.PHONE_2}


def test_the_header_is_found_below_a_title_and_over_a_merged_group_heading() -> None:
    rows: list[list[Cell]] = [
        ["2026년 회원 명단", "2026년 회원 명단", "2026년 회원 명단", "2026년 회원 명단"],
        [None, None, None, None],
        ["보호자", "연락처", "자녀", "자녀"],
        ["이름", "휴대폰", "이름", "생년월"],
        ["김민수", "010-1234-5678", "김하늘", "2023-05"],
    ]
    found = find_header(rows)
    assert found is not None
    assert (found.first_row, found.last_row) == (2, 3)
    assert found.mapping == {0: Column.NAME, 1: Column.PHONE, 2: Column.CHILD_NAME, 3: Column.CHILD_BIRTH_MONTH}


def test_the_first_row_of_data_is_never_taken_for_part_of_the_header() -> None:
    rows: list[list[Cell]] = [
        ["이름", "연락처", "기타"],
        ["김민수", "010-1234-5678", "메모: 현관 비밀번호 1234"],
    ]
    found = find_header(rows)
    assert found is not None and (found.first_row, found.last_row) == (0, 0)
    assert found.mapping == {0: Column.NAME, 1: Column.PHONE}


def test_a_title_merged_across_the_table_names_no_column_of_its_own() -> None:
    title = "2026년 회원 명단"  # "회원명" inside would otherwise read as the name column
    rows: list[list[Cell]] = [[title] * 5, ["장난감명", "분류", "가격", None, None]]
    found = find_header(rows)
    assert found is not None and (found.first_row, found.last_row) == (1, 1)
    assert found.mapping == {0: Column.TOY_NAME, 1: Column.TOY_CATEGORY, 2: Column.TOY_VALUE}


def test_no_header_among_rows_of_data_is_none() -> None:
    assert find_header([["김민수", "010-1234-5678"], ["이영희", "010-9876-5432"]]) is None


def test_cells_as_shops_type_them() -> None:
    # Excel keeps 010… typed in a number cell as 10…; dashes or not, the number is the same.
    assert read_phone(1012345678).e164 == read_phone("010-1234-5678").e164 == read_phone("01012345678").e164
    assert read_phone(212345678).e164 == "+82212345678"
    # Dates: a real date, an Excel serial (as a number or as text), and text people write.
    assert read_date(45352, today=TODAY) == date(2024, 3, 1)
    assert read_date("45352", today=TODAY) == date(2024, 3, 1)
    assert read_date(datetime(2024, 3, 1, 9, 30), today=TODAY) == date(2024, 3, 1)
    assert read_date("2024.3.1", today=TODAY) == date(2024, 3, 1)
    assert read_date("2024-03-01 00:00:00", today=TODAY) == date(2024, 3, 1)
    assert read_month("2023-05", today=TODAY) == read_month(202305, today=TODAY) == date(2023, 5, 1)
    assert read_month(date(2023, 5, 17), today=TODAY) == date(2023, 5, 1)
    assert read_won("39,000원") == read_won("39000") == read_won("₩39,000") == 39_000
    assert read_won("삼만구천") is None
    assert read_term("24개월") == read_term("24") == read_term("2년") == 24


HEADERS = ["이름", "연락처", "우편번호", "주소", "자녀", "생년월", "개인정보동의일", "요금제", "시작일", "약정",
           "월 요금", "결제방법", "교환요일"]  # fmt: skip
MAPPING = recognise_headers([(h,) for h in HEADERS])
LABELS = {column: HEADERS[index] for index, column in MAPPING.items()}


def _row(number: int, *cells: Cell) -> object:
    return read_row(number, list(cells), MAPPING, headers=LABELS, plans=PLANS, today=TODAY)


def test_a_good_row_becomes_a_customer_with_child_and_contract_as_signed() -> None:
    reading = read_row(
        5,
        [
            "이영희",
            1098765432,
            4001,
            "서울특별시 마포구 월드컵북로 396",
            "이하나",
            "2024.01",
            46027.0,
            "렌털프리미엄",
            "46027",
            "24개월",
            "37,050원",
            "카드",
            "화",
        ],
        MAPPING,
        headers=LABELS,
        plans=PLANS,
        today=TODAY,
    )
    assert reading.problems == []
    customer = reading.customer
    assert customer is not None
    assert customer.name == "이영희"
    assert [p.e164 for p in customer.phones] == ["+821098765432"]
    assert customer.address.postal_code == "04001"
    assert customer.consent_on == customer.registered_on == date(2026, 1, 5)
    assert [(c.name, c.birth_month) for c in customer.children] == [("이하나", date(2024, 1, 1))]
    contract = customer.contract
    assert contract is not None
    assert (contract.start_on, contract.term_months, contract.ends_on) == (date(2026, 1, 5), 24, date(2028, 1, 4))
    assert (contract.monthly_fee, contract.payment_method, contract.swap_weekday) == (37_050, PaymentMethod.CARD, 1)


def test_every_problem_of_a_row_is_said_with_its_row_and_column() -> None:
    reading = read_row(
        9,
        [
            "박철수",
            "010-111",
            "04001",
            "서울특별시 마포구 월드컵북로 1",
            "",
            "",
            "2026-01-05",
            "골드 플랜",
            "2026-13-01",
            "24",
            "abc",
            "현금",
            "",
        ],
        MAPPING,
        headers=LABELS,
        plans=PLANS,
        today=TODAY,
    )
    assert reading.customer is None
    found = {(p.row, p.column, p.value) for p in reading.problems}
    assert found == {
        (9, "연락처", "010-111"),
        (9, "요금제", "골드 플랜"),
        (9, "시작일", "2026-13-01"),
        (9, "월 요금", "abc"),
    }
    plan_problem = next(p for p in reading.problems if p.column == "요금제")
    assert plan_problem.problem.arguments["plans"] == "렌털 프리미엄, 정기배송 베이직"


def test_a_row_without_consent_date_or_name_is_refused() -> None:
    reading = read_row(3, ["", "010-1234-5678", "04001", "서울특별시 마포구 월드컵북로 1"], MAPPING,
                       headers=LABELS, plans=PLANS, today=TODAY)  # fmt: skip
    assert {p.column for p in reading.problems} == {"이름", "개인정보동의일"}


def test_a_contract_already_ended_is_not_a_running_one() -> None:
    reading = read_row(
        4,
        [
            "김민수",
            "010-1234-5678",
            "04001",
            "서울특별시 마포구 월드컵북로 1",
            "",
            "",
            "2024-01-01",
            "정기배송 베이직",
            "2024-01-01",
            "12",
            "29000",
            "현금",
            "",
        ],
        MAPPING,
        headers=LABELS,
        plans=PLANS,
        today=TODAY,
    )
    assert [(p.column, p.problem.arguments) for p in reading.problems] == [("시작일", {"date": "2024-12-31"})]


def test_one_person_is_the_same_name_and_phone_and_anything_less_waits_for_the_clerk() -> None:
    home = Address("04001", "서울특별시 마포구 월드컵북로 396", "101동 1203호")
    kim = person_keys("김민수", ["+821012345678"], home)
    assert duplicate_reason(person_keys("김 민수", ["+821012345678"], Address("1", "x")), kim) is (
        DuplicateReason.SAME_PERSON
    )
    assert duplicate_reason(person_keys("이영희", ["+821012345678"], home), kim) is DuplicateReason.SAME_PHONE
    moved_number = person_keys(
        "김민수", ["+821099998888"], Address("04001", "서울특별시 마포구 월드컵북로 396", "101동1203호")
    )
    assert duplicate_reason(moved_number, kim) is DuplicateReason.SAME_NAME_AND_ADDRESS
    assert duplicate_reason(person_keys("김민수", ["+821099998888"], Address("1", "부산")), kim) is None
    assert proposed_resolution(DuplicateReason.SAME_PERSON) is Resolution.MERGE
    assert proposed_resolution(DuplicateReason.SAME_PHONE) is None
    assert proposed_resolution(DuplicateReason.SAME_NAME_AND_ADDRESS) is None
