"""Bank statements in: importing an internet-banking export's deposits, suggesting whose charges each pays, and the
clerk's answer — confirmed (a bank-transfer payment), another customer, or ignored.

The file is read by the import's reader (``services.imports.reading``) and the rules in ``domain.bank_statements``.
Every deposit is kept once (its key is unique), so importing an overlapping statement again adds only the new
lines; lines nobody has settled stay open and listed until someone does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import BankStatementLine, Customer
from toysub_desktop.domain.bank_statements import (
    BankDeposit,
    LineStatus,
    OpenCharge,
    PayerCandidate,
    depositor_key,
    read_bank_rows,
    suggest_match,
)
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import ENTRY_NOTE_MAX, PaymentMeans
from toysub_desktop.domain.person import format_customer_number
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.imports.reading import read_sheet
from toysub_desktop.services.ledger import LedgerLine, ledger_lines
from toysub_desktop.services.queries.ledger import open_debits, open_debits_of
from toysub_desktop.services.queries.payments import AccountChangedError, NewPayment, record_payment

#: Rows of a sheet looked at for the header, with merged titles filled in.
_HEAD_ROWS = 25

_NO_DEPOSITS = QT_TRANSLATE_NOOP("Validation", "{file} holds no deposits.")
_ALREADY_SETTLED = QT_TRANSLATE_NOOP(
    "Validation", "This bank line was settled meanwhile (at another counter); the list shows it as it is now."
)


@dataclass(frozen=True)
class StatementImport:
    file_name: str
    #: Deposits the file holds, lines new to the shop, and lines imported before (left as they were).
    deposits: int
    added: int
    already: int


@dataclass(frozen=True)
class LineSuggestion:
    """The customer a deposit most likely comes from, and the charges it pays."""

    customer_id: int
    customer_name: str
    customer_number: str
    charges: tuple[LedgerLine, ...]


@dataclass(frozen=True)
class BankLineView:
    id: int
    deposit_on: date
    deposit_time: str
    depositor: str
    summary: str
    amount: int
    status: LineStatus
    file_name: str
    row: int
    suggestion: LineSuggestion | None


@dataclass(frozen=True)
class BankLineCounts:
    open: int
    matched: int
    ignored: int


def read_statement(path: Path, *, today: date | None = None) -> list[BankDeposit]:
    """The deposits of the statement at *path* (nothing is written): refused naming the file (and the row)."""
    sheet = read_sheet(path)
    head = sheet.with_merged_filled(min(len(sheet.rows), _HEAD_ROWS) - 1)
    rows = [*head, *sheet.rows[len(head) :]]
    return read_bank_rows(rows, file_name=path.name, today=today or shop_today())


def import_statement(db: Database, *, staff_id: int, path: Path, now: datetime | None = None) -> StatementImport:
    """Keep the statement's deposits not imported before, as open lines, in one transaction."""
    now = now or utc_now()
    deposits = read_statement(path, today=shop_today(now))
    if not deposits:
        raise ValidationError.of("file", _NO_DEPOSITS, file=path.name)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        keys = [deposit.key for deposit in deposits]
        known: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            known |= set(
                session.scalars(select(BankStatementLine.line_key).where(BankStatementLine.line_key.in_(chunk)))
            )
        new = [deposit for deposit in deposits if deposit.key not in known]
        session.add_all(
            BankStatementLine(
                line_key=deposit.key,
                deposit_on=deposit.on,
                deposit_time=deposit.time,
                depositor=deposit.depositor,
                summary=deposit.summary,
                amount=deposit.amount,
                balance=deposit.balance,
                file_name=path.name,
                row=deposit.row,
                status=LineStatus.OPEN.value,
                imported_at=now,
                imported_by_id=staff_id,
            )
            for deposit in new
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="bank.import",
            entity="bank_statement",
            entity_id=None,
            after={"file": path.name, "deposits": len(deposits), "added": len(new)},
        )
    return StatementImport(path.name, len(deposits), len(new), len(deposits) - len(new))


# --- the open lines with their suggestions ---------------------------------------------------------------------


class _NameIndex:
    """The customers a page's depositors may name, by the names they pay under: every name is looked at once
    (equal to a part of a depositor, or containing one, spaces ignored); ``domain.bank_statements`` decides."""

    def __init__(self, session: Session, depositors: Sequence[str]) -> None:
        self.whole: dict[str, set[int]] = {}
        self.parts: dict[str, set[int]] = {}
        self.names: dict[int, tuple[str, str, tuple[str, ...]]] = {}
        keys = {key for key in map(depositor_key, depositors) if key}
        if not keys:
            return
        pieces = set().union(*(_substrings(key) for key in keys)) | keys
        long_keys = sorted((key for key in keys if len(key) >= 2), key=len, reverse=True)
        within = re.compile("|".join(map(re.escape, long_keys))) if long_keys else None
        # Plain table columns: 20,000 rows without the ORM's loading, which would cost most of the page.
        table = Customer.__table__.c
        rows = session.execute(select(table.id, table.name, table.number, table.depositor_name)).tuples()
        for customer_id, name, number, depositor_name in rows:
            names = tuple(n for n in (depositor_name, name) if n)
            named = [depositor_key(n) for n in names]
            if not any(key in pieces or (within is not None and within.search(key)) for key in named):
                continue
            self.names[customer_id] = (name, number or format_customer_number(customer_id), names)
            for key in named:
                self.whole.setdefault(key, set()).add(customer_id)
                for part in _substrings(key):
                    if part != key:
                        self.parts.setdefault(part, set()).add(customer_id)

    def candidates(self, depositor: str) -> set[int]:
        key = depositor_key(depositor)
        if not key:
            return set()
        found = set(self.whole.get(key, ()))
        if len(key) >= 2:
            found |= self.parts.get(key, set())
        for part in _substrings(key):
            found |= self.whole.get(part, set())
        return found


def _substrings(key: str) -> set[str]:
    return {key[i:j] for i in range(len(key)) for j in range(i + 2, len(key) + 1)}


@dataclass(frozen=True)
class _Match:
    customer_id: int
    name: str
    number: str
    charge_ids: tuple[int, ...]


def _matches(session: Session, lines: Sequence[BankStatementLine]) -> dict[int, _Match]:
    """The suggestion for each line (by line id), as the accounts stand now."""
    if not lines:
        return {}
    index = _NameIndex(session, [line.depositor for line in lines])
    by_line = {line.id: sorted(index.candidates(line.depositor)) for line in lines}
    debits = open_debits_of(session, (customer_id for ids in by_line.values() for customer_id in ids))
    charges = {
        customer_id: tuple(OpenCharge(d.id, d.due_on, d.open) for d in open_) for customer_id, open_ in debits.items()
    }
    found: dict[int, _Match] = {}
    for line in lines:
        candidates = [
            PayerCandidate(customer_id, index.names[customer_id][2], charges[customer_id])
            for customer_id in by_line[line.id]
        ]
        suggestion = suggest_match(line.deposit_on, line.depositor, line.amount, candidates)
        if suggestion is not None:
            name, number, _ = index.names[suggestion.customer_id]
            found[line.id] = _Match(suggestion.customer_id, name, number, tuple(c.id for c in suggestion.charges))
    return found


def _view(line: BankStatementLine, suggestion: LineSuggestion | None) -> BankLineView:
    return BankLineView(
        id=line.id,
        deposit_on=line.deposit_on,
        deposit_time=line.deposit_time,
        depositor=line.depositor,
        summary=line.summary,
        amount=line.amount,
        status=LineStatus(line.status),
        file_name=line.file_name,
        row=line.row,
        suggestion=suggestion,
    )


def open_bank_lines(db: Database, after: BankLineView | None, limit: int) -> tuple[list[BankLineView], bool]:
    """A page of the lines nobody has settled, in bank order (oldest first), each with its suggested customer and
    charges as the accounts stand now; and whether more follow."""
    with db.reading() as session:
        query = select(BankStatementLine).where(BankStatementLine.status == LineStatus.OPEN.value)
        if after is not None:
            query = query.where(
                or_(
                    BankStatementLine.deposit_on > after.deposit_on,
                    and_(BankStatementLine.deposit_on == after.deposit_on, BankStatementLine.id > after.id),
                )
            )
        lines = list(
            session.scalars(query.order_by(BankStatementLine.deposit_on, BankStatementLine.id).limit(limit + 1))
        )
        more = len(lines) > limit
        lines = lines[:limit]
        matches = _matches(session, lines)
        views = [_view(line, None) for line in lines]
    charge_lines = {line.id: line for line in ledger_lines(db, [i for m in matches.values() for i in m.charge_ids])}
    return [
        replace(
            view,
            suggestion=LineSuggestion(
                match.customer_id, match.name, match.number, tuple(charge_lines[i] for i in match.charge_ids)
            ),
        )
        if (match := matches.get(view.id)) is not None
        else view
        for view in views
    ], more


def bank_line_counts(db: Database) -> BankLineCounts:
    with db.reading() as session:
        counts = dict(
            session.execute(select(BankStatementLine.status, func.count()).group_by(BankStatementLine.status))
            .tuples()
            .all()
        )
    return BankLineCounts(
        counts.get(LineStatus.OPEN.value, 0),
        counts.get(LineStatus.MATCHED.value, 0),
        counts.get(LineStatus.IGNORED.value, 0),
    )


# --- the clerk's answer -----------------------------------------------------------------------------------------


def _settle(session: Session, line_id: int, status: LineStatus, *, staff_id: int, now: datetime) -> BankStatementLine:
    """Mark an open line settled; refused if another counter settled it first (the update finds it open or not)."""
    changed = session.execute(
        update(BankStatementLine)
        .where(BankStatementLine.id == line_id, BankStatementLine.status == LineStatus.OPEN.value)
        .values(status=status.value, settled_at=now, settled_by_id=staff_id)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        get_or_raise(session, BankStatementLine, line_id)
        raise ValidationError.of("line", _ALREADY_SETTLED)
    line = get_or_raise(session, BankStatementLine, line_id)
    session.refresh(line)
    return line


def payment_note(line: BankStatementLine | BankLineView) -> str:
    """What the payment records of the bank line: the day (and time) and the depositor as the bank wrote them."""
    text = " ".join(part for part in (line.deposit_on.isoformat(), line.deposit_time[:5], line.depositor) if part)
    return text[:ENTRY_NOTE_MAX]


def confirm_bank_line(
    db: Database,
    *,
    staff_id: int,
    line_id: int,
    customer_id: int,
    charge_ids: Sequence[int] | None = None,
    now: datetime | None = None,
) -> int:
    """The deposit is *customer_id*'s: a bank-transfer payment of its amount is recorded (set against *charge_ids*,
    else the oldest charges; what is left is kept as credit — the money is in the bank) and the line is marked
    matched, in one transaction. Returns the payment's entry id."""
    now = now or utc_now()
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        get_or_raise(session, Customer, customer_id)
        line = _settle(session, line_id, LineStatus.MATCHED, staff_id=staff_id, now=now)
        split = None
        if charge_ids:
            # A suggested charge paid meanwhile (at the counter) drops out; with none left, the oldest are paid.
            open_by_id = {d.id: d.open for d in open_debits(session, customer_id)}
            split = {charge_id: open_by_id[charge_id] for charge_id in charge_ids if charge_id in open_by_id} or None
        payment_id = record_payment(
            session,
            staff_id=staff_id,
            payment=NewPayment(
                customer_id=customer_id,
                amount=line.amount,
                means=PaymentMeans.BANK_TRANSFER,
                note=payment_note(line),
                split=split,
                keep_credit=True,
            ),
            now=now,
        )
        line.payment_id = payment_id
        line.customer_id = customer_id
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="bank.confirm",
            entity="bank_statement_line",
            entity_id=line.id,
            after={"customer_id": customer_id, "payment_id": payment_id, "amount": line.amount},
        )
        return payment_id


def ignore_bank_line(db: Database, *, staff_id: int, line_id: int, now: datetime | None = None) -> None:
    """The deposit is no subscriber's payment (a refund from a supplier, a transfer between the shop's accounts)."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        line = _settle(session, line_id, LineStatus.IGNORED, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="bank.ignore",
            entity="bank_statement_line",
            entity_id=line.id,
            after={"amount": line.amount, "depositor": line.depositor},
        )
