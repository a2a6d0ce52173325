"""Reading a bank statement's deposits and matching them to customers' open charges, without a database."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.bank_statements import (
    BankColumn,
    NameMatch,
    OpenCharge,
    PayerCandidate,
    charges_paid_by,
    name_match,
    read_bank_rows,
    recognise_bank_headers,
    suggest_match,
)
from toysub_desktop.domain.errors import ValidationError

TODAY = date(2026, 12, 7)


def _rows_with_title() -> list[list[object]]:
    return [
        ["입출금 거래내역 조회", None, None, None, None, None],
        ["계좌번호: 123-456-789012  조회기간: 2026.12.01 ~ 2026.12.07", None, None, None, None, None],
        [None, None, None, None, None, None],
        ["거래일시", "적요", "기재내용", "출금액(찾으신 금액)", "입금액(맡기신 금액)", "잔액"],
        ["2026.12.01 09:12:30", "타행이체", "김민수", "0", "39,000", "1,039,000"],
        ["2026.12.01 10:00:00", "카드대금", "신한카드", "120,000", "0", "919,000"],
        [datetime(2026, 12, 2, 14, 5), "인터넷뱅킹", "이 영희", None, 58000.0, 977000.0],
        [None, None, None, None, None, None],
        ["합계", None, None, "120,000", "97,000", None],
    ]


def test_the_header_is_found_below_the_titles_and_only_deposits_are_read() -> None:
    deposits = read_bank_rows(_rows_with_title(), file_name="국민은행.xlsx", today=TODAY)

    assert [(d.row, d.on, d.time, d.depositor, d.amount, d.balance) for d in deposits] == [
        (5, date(2026, 12, 1), "09:12:30", "김민수", 39_000, 1_039_000),
        (7, date(2026, 12, 2), "14:05:00", "이 영희", 58_000, 977_000),
    ]
    assert deposits[0].summary == "타행이체"


def test_bank_headers_are_recognised_in_their_usual_spellings() -> None:
    found = recognise_bank_headers(
        [("거래일자",), ("거래시간",), ("내용",), ("의뢰인",), ("맡기신금액",), ("찾으신금액",), ("거래후 잔액",)]
    )
    assert list(found.values()) == [
        BankColumn.DATE,
        BankColumn.TIME,
        BankColumn.SUMMARY,
        BankColumn.DEPOSITOR,
        BankColumn.DEPOSIT,
        BankColumn.WITHDRAWAL,
        BankColumn.BALANCE,
    ]
    assert recognise_bank_headers([("보낸분/받는분",), ("입금자명",)]) == {0: BankColumn.DEPOSITOR}


def test_a_file_without_the_depositor_column_is_refused_naming_it() -> None:
    rows = [["거래일", "입금액", "잔액"], ["2026-12-01", "39000", "100000"]]
    with pytest.raises(ValidationError) as refused:
        read_bank_rows(rows, file_name="통장.csv", today=TODAY)
    problem = refused.value.problems[0]
    assert problem.field == "file"
    assert problem.arguments["file"] == "통장.csv"
    assert "입금자" in problem.message


@pytest.mark.parametrize(
    ("cells", "column", "value"),
    [
        (["12월 첫째주", "김민수", "39000"], "거래일", "12월 첫째주"),
        (["2026-12-01", "김민수", "삼만구천"], "입금액", "삼만구천"),
    ],
)
def test_a_bad_value_refuses_the_file_naming_the_row_and_column(cells: list[str], column: str, value: str) -> None:
    rows = [["거래일", "입금자", "입금액"], ["2026-11-30", "박서준", "10000"], cells]
    with pytest.raises(ValidationError) as refused:
        read_bank_rows(rows, file_name="통장.csv", today=TODAY)
    arguments = refused.value.problems[0].arguments
    assert (arguments["file"], arguments["row"], arguments["column"], arguments["value"]) == (
        "통장.csv",
        "3",
        column,
        value,
    )


def test_identical_lines_without_a_balance_are_told_apart_by_their_order() -> None:
    rows = [["거래일", "입금자", "입금액"], ["2026-12-01", "김민수", "39000"], ["2026-12-01", "김민수", "39000"]]
    first, second = read_bank_rows(rows, file_name="통장.csv", today=TODAY)
    assert first.key != second.key
    again = read_bank_rows(rows, file_name="통장 (1).csv", today=TODAY)
    assert [d.key for d in again] == [first.key, second.key]


def test_the_same_line_has_the_same_key_whatever_the_spaces_in_the_name() -> None:
    a = read_bank_rows([["거래일", "입금자", "입금액", "잔액"], ["2026-12-01", "김 민수", "39000", "5"]],
                       file_name="a.csv", today=TODAY)  # fmt: skip
    b = read_bank_rows([["거래일", "입금자", "입금액", "잔액"], ["2026-12-01", "김민수", "39,000원", "5"]],
                       file_name="b.csv", today=TODAY)  # fmt: skip
    assert a[0].key == b[0].key


# --- matching ---------------------------------------------------------------------------------------------------


def test_names_match_exactly_or_contained_with_spaces_ignored() -> None:
    assert name_match("김 민수", "김민수") is NameMatch.EXACT
    assert name_match("김민수엄마", "김민수") is NameMatch.CONTAINED
    assert name_match("민수", "김민수") is NameMatch.CONTAINED
    assert name_match("김", "김민수") is None
    assert name_match("이영희", "김민수") is None
    assert name_match("", "김민수") is None


def _charge(charge_id: int, due: date, amount: int) -> OpenCharge:
    return OpenCharge(charge_id, due, amount)


NOV = date(2026, 11, 1)
DEC = date(2026, 12, 1)


def test_the_amount_pays_the_oldest_charges_together_or_one_charge_exactly() -> None:
    charges = [_charge(2, DEC, 39_000), _charge(1, NOV, 39_000), _charge(3, DEC, 5_000)]
    assert [c.id for c in charges_paid_by(78_000, charges, DEC) or ()] == [1, 2]
    assert [c.id for c in charges_paid_by(39_000, charges, DEC) or ()] == [1]
    assert [c.id for c in charges_paid_by(5_000, charges, DEC) or ()] == [3]
    assert charges_paid_by(40_000, charges, DEC) is None


def test_the_customer_whose_name_and_charges_fit_is_suggested() -> None:
    kim = PayerCandidate(1, ("김민수",), (_charge(10, NOV, 39_000), _charge(11, DEC, 39_000)))
    lee = PayerCandidate(2, ("이영희",), (_charge(20, DEC, 39_000),))
    suggestion = suggest_match(DEC, "김민수", 78_000, [lee, kim])
    assert suggestion is not None
    assert (suggestion.customer_id, [c.id for c in suggestion.charges], suggestion.name) == (
        1,
        [10, 11],
        NameMatch.EXACT,
    )
    assert suggest_match(DEC, "김민수", 50_000, [lee, kim]) is None  # pays nothing exactly


def test_an_exact_name_wins_over_a_contained_one() -> None:
    exact = PayerCandidate(1, ("김민수",), (_charge(10, NOV, 39_000),))
    contained = PayerCandidate(2, ("김민수아빠",), (_charge(20, NOV, 39_000),))
    suggestion = suggest_match(DEC, "김민수", 39_000, [contained, exact])
    assert suggestion is not None and suggestion.customer_id == 1


def test_the_registered_depositor_name_matches_as_well_as_the_customers_own() -> None:
    parent = PayerCandidate(1, ("박지훈", "이수진"), (_charge(10, NOV, 29_000),))
    suggestion = suggest_match(DEC, "박지훈", 29_000, [parent])
    assert suggestion is not None and suggestion.customer_id == 1


def test_a_charge_already_due_is_preferred_over_one_not_yet_due() -> None:
    due = PayerCandidate(1, ("김민수",), (_charge(10, NOV, 39_000),))
    not_yet = PayerCandidate(2, ("김민수",), (_charge(20, date(2026, 12, 15), 39_000),))
    suggestion = suggest_match(DEC, "김민수", 39_000, [not_yet, due])
    assert suggestion is not None and suggestion.customer_id == 1


def test_two_customers_fitting_alike_leave_the_line_unmatched() -> None:
    one = PayerCandidate(1, ("김민수",), (_charge(10, NOV, 39_000),))
    other = PayerCandidate(2, ("김민수",), (_charge(20, NOV, 39_000),))
    assert suggest_match(DEC, "김민수", 39_000, [one, other]) is None
    # …and an ambiguous exact name is not settled by a contained one further down.
    third = PayerCandidate(3, ("김민수엄마",), (_charge(30, NOV, 39_000),))
    assert suggest_match(DEC, "김민수", 39_000, [one, other, third]) is None


_charges = st.lists(
    st.builds(
        OpenCharge,
        id=st.integers(1, 10_000),
        due_on=st.dates(date(2026, 1, 1), date(2027, 3, 1)),
        open=st.integers(1, 5).map(lambda n: n * 10_000),
    ),
    max_size=5,
    unique_by=lambda c: c.id,
)
_candidates = st.lists(
    st.builds(
        PayerCandidate,
        customer_id=st.integers(1, 50),
        names=st.tuples(st.sampled_from(["김민수", "김민수엄마", "이영희", "민수", "박 지훈"])),
        open_charges=_charges.map(tuple),
    ),
    max_size=6,
    unique_by=lambda c: c.customer_id,
)


@given(
    candidates=_candidates,
    amount=st.integers(1, 12).map(lambda n: n * 10_000),
    depositor=st.sampled_from(["김민수", "이영희", "박지훈", "민수엄마"]),
    on=st.dates(date(2026, 6, 1), date(2027, 1, 1)),
)
def test_a_suggestion_pays_its_charges_exactly_and_does_not_depend_on_the_order(
    candidates: list[PayerCandidate], amount: int, depositor: str, on: date
) -> None:
    suggestion = suggest_match(on, depositor, amount, candidates)
    assert suggest_match(on, depositor, amount, list(reversed(candidates))) == suggestion
    if suggestion is not None:
        chosen = next(c for c in candidates if c.customer_id == suggestion.customer_id)
        assert sum(c.open for c in suggestion.charges) == amount
        assert set(suggestion.charges) <= set(chosen.open_charges)
        assert any(name_match(depositor, name) is not None for name in chosen.names)


_bank_rows = st.lists(
    st.tuples(
        st.dates(date(2026, 1, 1), date(2026, 12, 31)),
        st.sampled_from(["김민수", "김 민수", "이영희", "박지훈", ""]),
        st.integers(1, 3).map(lambda n: n * 10_000),
    ),
    max_size=12,
)


@given(rows=_bank_rows)
def test_every_deposit_of_a_file_has_its_own_key_and_the_same_again_in_another_export(
    rows: list[tuple[date, str, int]],
) -> None:
    cells: list[list[object]] = [["거래일", "입금자", "입금액"]]
    cells += [[on.isoformat(), name, f"+{amount:,}"] for on, name, amount in rows]
    first = read_bank_rows(cells, file_name="a.csv", today=TODAY)
    assert [d.amount for d in first] == [amount for _, _, amount in rows]
    assert len({d.key for d in first}) == len(first)
    again = read_bank_rows([["날짜", "의뢰인", "맡기신 금액"], *cells[1:]], file_name="b.xlsx", today=TODAY)
    assert [d.key for d in again] == [d.key for d in first]
