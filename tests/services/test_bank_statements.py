"""Bank statements in, on SQLite and PostgreSQL: a bank's export read (CP949 csv, xlsx under a title), its deposits
kept once however often it is imported, each matched to the customer whose depositor name and open charges fit,
and the clerk's confirmation recording a bank-transfer payment in the same transaction as the line's status."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, BankStatementLine, Customer, LedgerEntry
from toysub_desktop.domain.bank_statements import LineStatus
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services import bank_statements
from toysub_desktop.services.bank_statements import (
    bank_line_counts,
    confirm_bank_line,
    ignore_bank_line,
    import_statement,
    open_bank_lines,
    read_statement,
)
from toysub_desktop.services.customers import customer_card, register_customer, update_customer_details
from toysub_desktop.services.ledger import NewPayment, account_view, bill_customer, take_payment, void_entry
from toysub_desktop.services.queries.ledger import open_debits, open_debits_of
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

START = date(2026, 3, 2)
BILLED = datetime(2026, 4, 5, 1, 0, tzinfo=UTC)
LATER = datetime(2026, 4, 6, 2, 0, tzinfo=UTC)
FEE = 29_000

STATEMENT = """\
거래일시,적요,기재내용,출금액,입금액,잔액
2026-04-03 10:12:05,타행이체,김민수,0,"58,000","1,058,000"
2026-04-03 11:00:00,카드대금,신한카드,"120,000",0,"938,000"
2026-04-03 15:30:00,인터넷뱅킹,박지훈,0,"29,000","967,000"
2026-04-04 09:00:00,타행이체,홍길동,0,"10,000","977,000"
"""


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    """김민수 and 이영희 (whose husband 박지훈 pays) on the box plan since 2 March, two months billed each."""
    ids = sample_shop(db, owner_id)
    ids["lee"] = register_customer(db, staff_id=owner_id, new=new_customer("이영희", phone="010-2222-3333"), now=NOW)
    card = customer_card(db, ids["lee"], today=START)
    update_customer_details(
        db, staff_id=owner_id, customer_id=ids["lee"], expected_version=card.version, name=card.name,
        email=card.email or "", notes=card.notes, depositor_name=" 박지훈 ", now=NOW,
    )  # fmt: skip
    for customer in (ids["customer"], ids["lee"]):
        new = NewSubscription(
            customer_id=customer, plan_id=ids["box"], term_months=12, start_on=START,
            payment_method=PaymentMethod.BANK_TRANSFER, delivery_day=5,
        )  # fmt: skip
        sign_up(db, staff_id=owner_id, new=new, now=NOW)
        bill_customer(db, staff_id=owner_id, customer_id=customer, now=BILLED)
    return ids


def _csv(tmp_path: Path, text: str = STATEMENT, name: str = "농협_거래내역.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("cp949"))
    return path


def _lines(db: Database) -> list[tuple[str, int, str | None]]:
    rows, more = open_bank_lines(db, None, 100)
    assert not more
    return [(r.depositor, r.amount, r.suggestion.customer_name if r.suggestion else None) for r in rows]


def _count(db: Database, model: type[BankStatementLine] | type[LedgerEntry]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_depositor_name_is_kept_trimmed_and_empty_means_the_customers_own(
    db: Database, shop: dict[str, int]
) -> None:
    card = customer_card(db, shop["lee"], today=START)
    assert card.depositor_name == "박지훈"
    update_customer_details(
        db, staff_id=shop["owner"], customer_id=shop["lee"], expected_version=card.version, name=card.name,
        email=card.email or "", notes=card.notes, depositor_name="", now=NOW,
    )  # fmt: skip
    assert customer_card(db, shop["lee"], today=START).depositor_name is None


def test_a_cp949_statement_is_imported_with_suggestions_and_importing_it_again_adds_nothing(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    first = import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path), now=LATER)
    assert (first.deposits, first.added, first.already) == (3, 3, 0)
    assert _lines(db) == [("김민수", 58_000, "김민수"), ("박지훈", 29_000, "이영희"), ("홍길동", 10_000, None)]
    rows, _ = open_bank_lines(db, None, 100)
    kim = rows[0].suggestion
    assert kim is not None and [c.entry_on for c in kim.charges] == [date(2026, 3, 2), date(2026, 4, 2)]

    # The same statement downloaded again a day later, with one new line: only that one is added.
    again = STATEMENT + '2026-04-05 08:00:00,타행이체,김 민수,0,"29,000","1,006,000"\n'
    second = import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, again, "농협 (1).csv"), now=LATER)
    assert (second.deposits, second.added, second.already) == (4, 1, 3)
    assert _count(db, BankStatementLine) == 4
    assert bank_line_counts(db).open == 4


def test_confirming_a_suggestion_records_a_bank_transfer_that_pays_its_charges(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path), now=LATER)
    rows, _ = open_bank_lines(db, None, 100)
    lee_line = rows[1]
    assert lee_line.suggestion is not None
    payment_id = confirm_bank_line(
        db, staff_id=shop["owner"], line_id=lee_line.id, customer_id=lee_line.suggestion.customer_id,
        charge_ids=[c.id for c in lee_line.suggestion.charges], now=LATER,
    )  # fmt: skip
    view = account_view(db, shop["lee"], today=date(2026, 4, 6))
    assert view.balance == FEE  # April is still open; March is paid
    assert [c.entry_on for c in view.open_charges] == [date(2026, 4, 2)]
    payment = next(line for line in view.history if line.id == payment_id)
    assert (payment.kind, payment.amount, payment.means) == (EntryKind.PAYMENT, 29_000, PaymentMeans.BANK_TRANSFER)
    assert payment.note.startswith("2026-04-03 15:30") and "박지훈" in payment.note
    with db.reading() as session:
        line = session.get(BankStatementLine, lee_line.id)
        assert line is not None
        assert (line.status, line.payment_id, line.customer_id) == (LineStatus.MATCHED.value, payment_id, shop["lee"])
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2)))
    assert actions == ["bank.confirm", "ledger.payment"]
    assert [r[0] for r in _lines(db)] == ["김민수", "홍길동"]

    # A second counter confirming the same line (its list not yet refreshed) is refused; nothing is written.
    entries = _count(db, LedgerEntry)
    with pytest.raises(ValidationError) as refused:
        confirm_bank_line(db, staff_id=shop["owner"], line_id=lee_line.id, customer_id=shop["lee"], now=LATER)
    assert refused.value.fields == ("line",)
    assert _count(db, LedgerEntry) == entries


def test_a_line_given_to_another_customer_pays_their_oldest_charges_and_keeps_the_rest_as_credit(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    text = "거래일,입금자,입금액\n2026-04-04,홍길동,70000\n"
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, text), now=LATER)
    (line,), _ = open_bank_lines(db, None, 100)
    assert line.suggestion is None
    confirm_bank_line(db, staff_id=shop["owner"], line_id=line.id, customer_id=shop["customer"], now=LATER)
    view = account_view(db, shop["customer"], today=date(2026, 4, 6))
    assert view.balance == 2 * FEE - 70_000 and view.open_charges == ()
    assert bank_line_counts(db).matched == 1 and _lines(db) == []


def test_an_ignored_line_leaves_the_list_and_records_no_payment(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path), now=LATER)
    rows, _ = open_bank_lines(db, None, 100)
    entries = _count(db, LedgerEntry)
    ignore_bank_line(db, staff_id=shop["owner"], line_id=rows[2].id, now=LATER)
    assert _count(db, LedgerEntry) == entries
    assert [r[0] for r in _lines(db)] == ["김민수", "박지훈"]
    counts = bank_line_counts(db)
    assert (counts.open, counts.matched, counts.ignored) == (2, 0, 1)
    # Reimporting does not bring it back.
    assert import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path), now=LATER).added == 0
    assert len(_lines(db)) == 2


def test_open_lines_page_in_bank_order(db: Database, shop: dict[str, int], tmp_path: Path) -> None:
    body = "".join(f"2026-04-{day:02d},손님{day},{1000 * day}\n" for day in range(1, 8))
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, "거래일,입금자,입금액\n" + body), now=LATER)
    first, more = open_bank_lines(db, None, 3)
    assert more and [r.depositor for r in first] == ["손님1", "손님2", "손님3"]
    second, more = open_bank_lines(db, first[-1], 3)
    assert more and [r.depositor for r in second] == ["손님4", "손님5", "손님6"]
    third, more = open_bank_lines(db, second[-1], 3)
    assert not more and [r.depositor for r in third] == ["손님7"]


def test_an_xlsx_export_with_a_merged_title_above_the_header_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["거래내역조회"])
    sheet.merge_cells("A1:F1")
    sheet.append(["계좌번호", "301-1234-5678-91"])
    sheet.append([])
    sheet.append(["거래일자", "거래시간", "내용", "입금자명", "맡기신금액", "찾으신금액", "거래후잔액"])
    sheet.append([datetime(2026, 4, 3), "10:12:05", "타행이체", "김민수", 58000, 0, 1058000])
    sheet.append([datetime(2026, 4, 3), "11:00:00", "출금", "ATM", 0, 30000, 1028000])
    path = tmp_path / "국민은행.xlsx"
    book.save(path)
    (deposit,) = read_statement(path, today=date(2026, 4, 6))
    assert (deposit.row, deposit.on, deposit.time, deposit.depositor, deposit.amount, deposit.balance) == (
        5, date(2026, 4, 3), "10:12:05", "김민수", 58_000, 1_058_000,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02garbage", "is not a spreadsheet"),
        ("이름,연락처\n김민수,010-1234-5678\n".encode("cp949"), "needs a column"),
        ("거래일,입금자,입금액\n2026-04-03,김민수,39000\n2026-04-04,이영희,삼만원\n".encode("cp949"), "row 3"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_naming_it_and_nothing_is_written(
    db: Database, shop: dict[str, int], tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "통장내역.xls"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        import_statement(db, staff_id=shop["owner"], path=path, now=LATER)
    problem = refused.value.problems[0]
    assert problem.field == "file" and problem.arguments["file"] == "통장내역.xls"
    assert expected in problem.message
    assert _count(db, BankStatementLine) == 0


def test_the_open_charges_of_many_customers_at_once_are_those_of_each_alone(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, "거래일,입금자,입금액\n2026-04-04,김민수,10000\n"))
    (line,), _ = open_bank_lines(db, None, 100)
    confirm_bank_line(db, staff_id=shop["owner"], line_id=line.id, customer_id=shop["customer"], now=LATER)
    customers = [shop["customer"], shop["lee"]]
    with db.reading() as session:
        together = open_debits_of(session, customers)
        alone = {customer: open_debits(session, customer) for customer in customers}
    assert together == alone
    assert [d.open for d in together[shop["customer"]]] == [FEE - 10_000, FEE]


def test_a_suggested_charge_paid_at_the_counter_meanwhile_is_not_paid_twice(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, "거래일,입금자,입금액\n2026-04-03,이영희,29000\n"))
    (line,), _ = open_bank_lines(db, None, 100)
    assert line.suggestion is not None and [c.entry_on for c in line.suggestion.charges] == [START]
    take_payment(
        db, staff_id=shop["owner"], now=LATER,
        payment=NewPayment(customer_id=shop["lee"], amount=FEE, means=PaymentMeans.CASH),
    )  # fmt: skip
    confirm_bank_line(
        db, staff_id=shop["owner"], line_id=line.id, customer_id=shop["lee"],
        charge_ids=[c.id for c in line.suggestion.charges], now=LATER,
    )  # fmt: skip
    view = account_view(db, shop["lee"], today=date(2026, 4, 6))
    assert view.balance == 0 and view.open_charges == ()


def test_a_line_settled_at_another_counter_while_this_one_confirms_it_is_refused_with_nothing_written(
    db: Database, shop: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.location.sqlite_path is not None:
        pytest.skip("on SQLite a change holds the write lock from its start, so the other counter waits instead")
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path), now=LATER)
    rows, _ = open_bank_lines(db, None, 100)
    line = rows[0]
    assert line.suggestion is not None
    real_get = bank_statements.get_or_raise
    calls: list[object] = []

    def settled_elsewhere_meanwhile(session: object, model: type, key: int) -> object:
        if model is Customer and not calls:  # the other counter ignores the line after this one began
            calls.append(model)
            ignore_bank_line(db, staff_id=shop["owner"], line_id=line.id, now=LATER)
        return real_get(session, model, key)  # type: ignore[arg-type]

    monkeypatch.setattr(bank_statements, "get_or_raise", settled_elsewhere_meanwhile)
    entries = _count(db, LedgerEntry)
    with pytest.raises(ValidationError) as refused:
        confirm_bank_line(
            db, staff_id=shop["owner"], line_id=line.id, customer_id=line.suggestion.customer_id,
            charge_ids=[c.id for c in line.suggestion.charges], now=LATER,
        )  # fmt: skip
    assert calls and refused.value.fields == ("line",)
    assert _count(db, LedgerEntry) == entries
    assert bank_line_counts(db).ignored == 1


def test_voiding_a_payment_from_the_bank_opens_its_line_again_or_follows_the_replacement(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    text = "거래일,입금자,입금액\n2026-04-03,김민수,29000\n2026-04-04,홍길동,20000\n"
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, text), now=LATER)
    kim, hong = open_bank_lines(db, None, 100)[0]
    # 홍길동's transfer was given to 이영희 by mistake: voided, the line is open again.
    wrong = confirm_bank_line(db, staff_id=shop["owner"], line_id=hong.id, customer_id=shop["lee"], now=LATER)
    assert [r[0] for r in _lines(db)] == ["김민수"]
    void_entry(db, staff_id=shop["owner"], entry_id=wrong, reason="다른 고객의 입금", now=LATER)
    assert [r[0] for r in _lines(db)] == ["김민수", "홍길동"]
    assert account_view(db, shop["lee"], today=date(2026, 4, 6)).balance == 2 * FEE
    # A payment replaced by another amount: its line follows the replacement and stays matched.
    assert kim.suggestion is not None
    paid = confirm_bank_line(
        db, staff_id=shop["owner"], line_id=kim.id, customer_id=shop["customer"],
        charge_ids=[c.id for c in kim.suggestion.charges], now=LATER,
    )  # fmt: skip
    replacement = void_entry(
        db, staff_id=shop["owner"], entry_id=paid, reason="금액 정정", replacement_amount=29_000, now=LATER
    )
    with db.reading() as session:
        line = session.get(BankStatementLine, kim.id)
        assert line is not None and (line.status, line.payment_id) == (LineStatus.MATCHED.value, replacement)
    assert [r[0] for r in _lines(db)] == ["홍길동"]


def test_a_depositor_containing_the_name_or_contained_in_it_is_suggested(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    text = "거래일,입금자,입금액\n2026-04-03,김민수(엄마),29000\n2026-04-03,영희,29000\n2026-04-03,민,29000\n"
    import_statement(db, staff_id=shop["owner"], path=_csv(tmp_path, text), now=LATER)
    assert _lines(db) == [("김민수(엄마)", 29_000, "김민수"), ("영희", 29_000, "이영희"), ("민", 29_000, None)]
