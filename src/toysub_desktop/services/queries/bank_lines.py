"""Bank lines inside another change's transaction: what happens to a matched line when its payment is voided."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from toysub_desktop.db.models import BankStatementLine
from toysub_desktop.domain.bank_statements import LineStatus


def follow_voided_payment(session: Session, payment_id: int, replacement_id: int | None) -> None:
    """A payment recorded from a bank line was voided: the line follows its replacement, or, with none (it was
    matched to the wrong customer), is open again for the clerk to match anew."""
    changes: dict[str, object]
    if replacement_id is not None:
        changes = {"payment_id": replacement_id}
    else:
        changes = {
            "status": LineStatus.OPEN.value,
            "payment_id": None,
            "customer_id": None,
            "settled_at": None,
            "settled_by_id": None,
        }
    session.execute(
        update(BankStatementLine)
        .where(BankStatementLine.payment_id == payment_id)
        .values(**changes)
        .execution_options(synchronize_session=False)
    )
