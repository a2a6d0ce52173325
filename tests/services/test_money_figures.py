"""The owner's money view on a small shop whose every figure is worked out by hand, on SQLite and PostgreSQL: a
payment across two charges, a kept overpayment refunded, a payment voided the month after, a write-off, a deposit
paid and given back, and the months before the view carried into what is outstanding and held."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from money_support import A_FEE, B_FEE, DEPOSIT, TODAY, Shop, at, money_story
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.services import shop
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.exports import ExportFormat, export_money_figures
from toysub_desktop.services.ledger import account_view
from toysub_desktop.services.money_figures import MonthFigures, monthly_figures, unpaid_charges
from toysub_desktop.services.staff import set_first_pin


@pytest.fixture
def story(db: Database, owner_id: int) -> Shop:
    return money_story(db, owner_id)


def row(month: date, **values: object) -> MonthFigures:
    return MonthFigures(month=month, **values)  # type: ignore[arg-type]


def test_every_figure_of_every_month_is_the_hand_worked_one(story: Shop) -> None:
    figures = monthly_figures(
        story.db, staff_id=story.owner, first_month=date(2026, 2, 1), last_month=date(2026, 6, 1), now=at(TODAY)
    )
    fees = A_FEE + B_FEE
    assert figures == [
        row(date(2026, 2, 1)),
        row(
            date(2026, 3, 1),
            billed_by_kind={EntryKind.CYCLE_FEE: fees, EntryKind.DEPOSIT: 2 * DEPOSIT},
            payments=fees + 2 * DEPOSIT,
            outstanding=0,
            deposits_held=2 * DEPOSIT,
            paying_customers=2,
        ),
        row(
            date(2026, 4, 1),
            billed_by_kind={EntryKind.CYCLE_FEE: fees},
            payments=50_000,
            refunds=50_000 - A_FEE,
            outstanding=B_FEE,  # B's April fee; A's was paid on the 20th
            deposits_held=2 * DEPOSIT,
            paying_customers=1,
            unpaid_now=B_FEE,
        ),
        row(
            date(2026, 5, 1),
            billed_by_kind={EntryKind.CYCLE_FEE: fees},
            payments=0,  # the card payment of the 18th was voided in June
            refunds=DEPOSIT,
            outstanding=B_FEE + fees,
            deposits_held=DEPOSIT,
            paying_customers=0,
            unpaid_now=fees - 10_000,
        ),
        row(
            date(2026, 6, 1),
            billed_by_kind={EntryKind.CYCLE_FEE: fees},
            written_off=10_000,
            outstanding=B_FEE + 2 * fees - 10_000,
            deposits_held=DEPOSIT,
            unpaid_now=fees,
        ),
    ]
    assert [(f.billed, f.collected) for f in figures] == [
        (0, 0),
        (fees + 2 * DEPOSIT, fees + 2 * DEPOSIT),
        (fees, A_FEE),
        (fees, -DEPOSIT),
        (fees, 0),
    ]
    # What is outstanding at the last month's end is what the two accounts owe in charges today.
    owed = sum(
        line.open
        for customer in (story.a, story.b)
        for line in account_view(story.db, customer, today=TODAY).open_charges
        if line.kind.is_charge
    )
    assert figures[-1].outstanding == owed == 167_450


def test_a_view_starting_later_carries_what_was_outstanding_and_held_before_it(story: Shop) -> None:
    may, june = monthly_figures(
        story.db, staff_id=story.owner, first_month=date(2026, 5, 1), last_month=date(2026, 6, 30), now=at(TODAY)
    )
    assert (may.outstanding, may.deposits_held) == (B_FEE + A_FEE + B_FEE, DEPOSIT)
    assert (june.outstanding, june.deposits_held) == (167_450, DEPOSIT)


def test_the_months_unpaid_charges_page_by_due_day_with_what_is_open(story: Shop) -> None:
    first, more = unpaid_charges(story.db, staff_id=story.owner, month=date(2026, 5, 1), limit=1, now=at(TODAY))
    assert more and [(c.customer_name, c.kind, c.due_on, c.amount, c.open) for c in first] == [
        ("김민수", EntryKind.CYCLE_FEE, date(2026, 5, 16), A_FEE, A_FEE - 10_000)
    ]
    second, more = unpaid_charges(
        story.db, staff_id=story.owner, month=date(2026, 5, 1), after=first[-1], limit=1, now=at(TODAY)
    )
    assert not more and [(c.customer_name, c.open) for c in second] == [("이서연", B_FEE)]
    assert second[0].contract_number and second[0].customer_number
    march, more = unpaid_charges(story.db, staff_id=story.owner, month=date(2026, 3, 1), now=at(TODAY))
    assert (march, more) == ([], False)


def test_only_the_owner_or_a_manager_sees_the_money_view(db: Database, owner_id: int) -> None:
    clerk = shop.add_staff(db, by_staff_id=owner_id, name="최유진", role=StaffRole.CLERK, now=NOW).id
    manager = shop.add_staff(db, by_staff_id=owner_id, name="한지민", role=StaffRole.MANAGER, now=NOW).id
    with pytest.raises(ApprovalNeeded):
        monthly_figures(db, staff_id=clerk, first_month=date(2026, 1, 1), last_month=date(2026, 3, 1), now=NOW)
    with pytest.raises(ApprovalNeeded):
        unpaid_charges(db, staff_id=clerk, month=date(2026, 3, 1), now=NOW)
    figures = monthly_figures(db, staff_id=manager, first_month=date(2026, 1, 1), last_month=date(2026, 3, 1), now=NOW)
    assert [f.month for f in figures] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    # A clerk sees them with a manager's PIN, typed at that moment; a wrong PIN is refused beside its field.
    set_first_pin(db, staff_id=manager, pin="5678", repeated_pin="5678", now=NOW)
    approved = monthly_figures(db, staff_id=clerk, first_month=date(2026, 3, 1), last_month=date(2026, 3, 1),
                               approval=Approval(manager, "5678"), now=NOW)  # fmt: skip
    assert [f.month for f in approved] == [date(2026, 3, 1)]
    assert unpaid_charges(db, staff_id=clerk, month=date(2026, 3, 1), approval=Approval(manager, "5678"), now=NOW) == (
        [],
        False,
    )
    with pytest.raises(ValidationError) as error:
        monthly_figures(db, staff_id=clerk, first_month=date(2026, 3, 1), last_month=date(2026, 3, 1),
                        approval=Approval(manager, "0000"), now=NOW)  # fmt: skip
    assert error.value.problems[0].field == "approval_pin"


def test_a_range_backwards_or_too_long_is_refused(db: Database, owner_id: int) -> None:
    with pytest.raises(ValidationError) as error:
        monthly_figures(db, staff_id=owner_id, first_month=date(2026, 3, 1), last_month=date(2026, 2, 1), now=NOW)
    assert error.value.problems[0].field == "last_month"
    with pytest.raises(ValidationError):
        monthly_figures(db, staff_id=owner_id, first_month=date(2010, 1, 1), last_month=date(2026, 2, 1), now=NOW)


def test_the_months_go_to_the_accountant_as_xlsx_and_csv_and_each_export_is_recorded(
    story: Shop, tmp_path: Path
) -> None:
    headings = {"Month": "월", "Collected": "수납액", "Outstanding at month end": "월말 미수금"}
    done = export_money_figures(
        story.db, staff_id=story.owner, path=tmp_path / "월별.xlsx", file_format=ExportFormat.XLSX,
        first_month=date(2026, 3, 1), last_month=date(2026, 6, 1), translate=lambda t: headings.get(t, t),
        now=at(TODAY),
    )  # fmt: skip
    assert done.rows == 4
    book = openpyxl.load_workbook(done.path, read_only=True)
    try:
        cells = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    fees = A_FEE + B_FEE
    assert cells[0][:3] == ["월", "Monthly fees billed", "Deposits billed"] and cells[0][8] == "수납액"
    assert cells[1] == ["2026-03", fees, 2 * DEPOSIT, 0, 0, fees + 2 * DEPOSIT, fees + 2 * DEPOSIT, 0,
                        fees + 2 * DEPOSIT, 0, 0, 2 * DEPOSIT, 2, 0]  # fmt: skip
    assert cells[3] == ["2026-05", fees, 0, 0, 0, fees, 0, DEPOSIT, -DEPOSIT, 0, B_FEE + fees, DEPOSIT, 0,
                        fees - 10_000]  # fmt: skip
    assert cells[4][10] == 167_450
    as_csv = export_money_figures(
        story.db, staff_id=story.owner, path=tmp_path / "월별.csv", file_format=ExportFormat.CSV,
        first_month=date(2026, 6, 1), last_month=date(2026, 6, 1), translate=lambda t: headings.get(t, t),
        now=at(TODAY),
    )  # fmt: skip
    assert as_csv.path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel on a Korean Windows reads it as UTF-8
    with as_csv.path.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0][0] == "월" and lines[1][0] == "2026-06" and lines[1][10] == "167450"
    with story.db.reading() as session:
        audits = session.execute(
            select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.after).where(AuditEntry.action.like("export.%"))
        ).all()
    assert [(a.action, a.staff_id, a.after["rows"], a.after["file"]) for a in audits] == [
        ("export.money_figures", story.owner, 4, "월별.xlsx"),
        ("export.money_figures", story.owner, 1, "월별.csv"),
    ]
