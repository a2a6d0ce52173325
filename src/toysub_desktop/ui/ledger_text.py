"""How the ledger reads on screen: entry kinds, payment methods, what a charge is for, a void's reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.ledger import LedgerLine
from toysub_desktop.ui.text import day_text, won_text, words

_ENTRY_NAMES = {
    EntryKind.CYCLE_FEE: QT_TRANSLATE_NOOP("Words", "Monthly fee"),
    EntryKind.DEPOSIT: QT_TRANSLATE_NOOP("Words", "Deposit"),
    EntryKind.LATE_FEE: QT_TRANSLATE_NOOP("Words", "Late fee"),
    EntryKind.DAMAGE_FEE: QT_TRANSLATE_NOOP("Words", "Damage fee"),
    EntryKind.LOSS_FEE: QT_TRANSLATE_NOOP("Words", "Loss fee"),
    EntryKind.EARLY_TERMINATION: QT_TRANSLATE_NOOP("Words", "Early-termination fee"),
    EntryKind.PAYMENT: QT_TRANSLATE_NOOP("Words", "Payment"),
    EntryKind.REFUND: QT_TRANSLATE_NOOP("Words", "Refund"),
    EntryKind.WRITE_OFF: QT_TRANSLATE_NOOP("Words", "Write-off"),
    EntryKind.DEPOSIT_RETURN: QT_TRANSLATE_NOOP("Words", "Deposit returned"),
    EntryKind.POINTS_DISCOUNT: QT_TRANSLATE_NOOP("Words", "Discount: points used"),
}
_MEANS_NAMES = {
    PaymentMeans.CASH: QT_TRANSLATE_NOOP("Words", "Cash"),
    PaymentMeans.CARD: QT_TRANSLATE_NOOP("Words", "Card"),
    PaymentMeans.BANK_TRANSFER: QT_TRANSLATE_NOOP("Words", "Bank transfer"),
    PaymentMeans.AUTO_DEBIT: QT_TRANSLATE_NOOP("Words", "CMS auto debit"),
    PaymentMeans.OTHER: QT_TRANSLATE_NOOP("Words", "Other"),
}


def entry_name(kind: EntryKind) -> str:
    return words(_ENTRY_NAMES[kind])


def means_name(means: PaymentMeans) -> str:
    return words(_MEANS_NAMES[means])


def charge_text(line: LedgerLine) -> str:
    """What an entry is for: "이용료 2026-03-16 ~ 2026-04-15 (20/30일)", "보증금", "결제 (카드)"."""
    text = entry_name(line.kind)
    if line.first is not None and line.last is not None:
        text += f" {day_text(line.first)} ~ {day_text(line.last)}"
        if line.days != line.cycle_days:
            text += words(QT_TRANSLATE_NOOP("Words", " ({days} of {cycle_days} days)")).format(
                days=line.days, cycle_days=line.cycle_days
            )
        if line.tier_discount:
            text += words(QT_TRANSLATE_NOOP("Words", " · {tier} tier discount {percent}% -{discount}")).format(
                tier=line.tier_name, percent=line.tier_percent, discount=won_text(line.tier_discount)
            )
    elif line.means is not None:
        text += f" ({means_name(line.means)})"
    if line.contract_number:
        text += f" · {line.contract_number}"
    return text


def void_reason_text(reason: str) -> str:
    """A void's reason: the app's own (recorded in English) translated, a clerk's as typed."""
    return QCoreApplication.translate("Ledger", reason)
