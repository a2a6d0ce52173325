"""부가가치세 (VAT) on the shop's papers: whether the shop charges it, which charges carry it, and how a
VAT-inclusive total splits into 공급가액 (supply value) and 부가세 (the tax).

Prices in this shop are quoted with VAT included. A 일반과세자 (general taxpayer) shows the split on statements and
receipts; a 간이과세자 (simplified taxpayer) or a 면세 (exempt) business does not. Which charges are supplies is a
setting: by default the plan fees are; a deposit (money held to give back), the early-termination fee (위약금) and
the late, damage and loss fees (연체료, 변상금: compensation, not supplies) are not.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import CHARGE_KINDS, EntryKind
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: A VAT-inclusive price is the supply value × (1 + 10 %).
VAT_INCLUSIVE = Fraction(11, 10)


class TaxStatus(StrEnum):
    """How the shop is registered for VAT."""

    GENERAL = "general"  # 일반과세자
    SIMPLIFIED = "simplified"  # 간이과세자
    EXEMPT = "exempt"  # 면세사업자


#: The charges that carry VAT unless the owner says otherwise: the plan fees only.
DEFAULT_VAT_KINDS: frozenset[EntryKind] = frozenset({EntryKind.CYCLE_FEE})


@dataclass(frozen=True)
class VatSplit:
    """A VAT-inclusive total as 공급가액 + 부가세."""

    total: int
    supply: int
    vat: int


def split_vat(total: int) -> VatSplit:
    """공급가액 = round(total ÷ 1.1), half up to the won; 부가세 = total − 공급가액."""
    if total < 0:
        raise ValueError("a VAT-inclusive total is not negative")
    supply = math.floor(Fraction(total) / VAT_INCLUSIVE + Fraction(1, 2))
    return VatSplit(total=total, supply=supply, vat=total - supply)


@dataclass(frozen=True)
class VatRules:
    """The shop's VAT setting as the papers use it."""

    status: TaxStatus = TaxStatus.SIMPLIFIED
    kinds: frozenset[EntryKind] = DEFAULT_VAT_KINDS

    @property
    def shows_vat(self) -> bool:
        """Only a 일반과세자 prints 공급가액 and 부가세."""
        return self.status is TaxStatus.GENERAL

    def carries_vat(self, kind: EntryKind | str) -> bool:
        return self.shows_vat and EntryKind(kind) in self.kinds

    def split_of(self, amounts: Iterable[tuple[EntryKind | str, int]]) -> VatSplit | None:
        """The VAT-carrying amounts among *amounts* summed and split; None for a shop that does not show VAT."""
        if not self.shows_vat:
            return None
        return split_vat(sum(amount for kind, amount in amounts if self.carries_vat(kind)))


def vat_kinds_text(kinds: Iterable[EntryKind]) -> str:
    """The stored spelling of the VAT-carrying kinds: their values, sorted, comma-separated."""
    return ",".join(sorted(kind.value for kind in kinds))


def vat_kinds_from_text(text: str) -> frozenset[EntryKind]:
    """The VAT-carrying kinds from their stored spelling; an unknown word is ignored."""
    known = {kind.value: kind for kind in CHARGE_KINDS}
    return frozenset(known[word] for word in text.split(",") if word in known)


def check_vat_kinds(kinds: Iterable[EntryKind]) -> frozenset[EntryKind]:
    """Only charges carry VAT (a payment or refund moves money, it is not a supply)."""
    chosen = frozenset(kinds)
    if not chosen <= CHARGE_KINDS:
        raise ValidationError.of(
            "vat_kinds", QT_TRANSLATE_NOOP("Validation", "Only charges can carry VAT, not payments or refunds.")
        )
    return chosen
