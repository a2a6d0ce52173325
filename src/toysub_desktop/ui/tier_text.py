"""How a membership tier reads on screen: a customer's standing on the card ("회원 등급: 나무 (3% 할인) · 12개월 이용 ·
다음 등급 숲까지 12개월"), and a tier's benefits."""

from __future__ import annotations

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.tiers import MembershipTier, TierBasis, TierStanding
from toysub_desktop.ui.text import won_text, words


def measure_text(basis: TierBasis, measure: int) -> str:
    """ "12개월 이용" or "최근 12개월 390,000원 이용"."""
    if basis is TierBasis.SPEND:
        return words(QT_TRANSLATE_NOOP("Words", "{won} paid in the last 12 months")).format(won=won_text(measure))
    return words(QT_TRANSLATE_NOOP("Words", "{months} months with us")).format(months=measure)


def to_next_text(basis: TierBasis, next_tier: MembershipTier, to_next: int) -> str:
    """ "다음 등급 숲까지 6개월" or "다음 등급 숲까지 110,000원"."""
    if basis is TierBasis.SPEND:
        return words(QT_TRANSLATE_NOOP("Words", "{amount} to the next tier, {tier}")).format(
            amount=won_text(to_next), tier=next_tier.name
        )
    return words(QT_TRANSLATE_NOOP("Words", "{months} months to the next tier, {tier}")).format(
        months=to_next, tier=next_tier.name
    )


def benefits_text(tier: MembershipTier) -> str:
    """ "5% 할인 · 우선 예약", or "혜택 없음"."""
    parts = []
    if tier.discount_percent:
        parts.append(words(QT_TRANSLATE_NOOP("Words", "{percent}% off")).format(percent=tier.discount_percent))
    if tier.priority_reservations:
        parts.append(words(QT_TRANSLATE_NOOP("Words", "priority reservations")))
    return " · ".join(parts) if parts else words(QT_TRANSLATE_NOOP("Words", "no benefits"))


def standing_text(standing: TierStanding) -> str:
    """The card's line: "회원 등급: 나무 (3% 할인) · 12개월 이용 · 다음 등급 숲까지 12개월"."""
    if standing.tier is not None:
        head = words(QT_TRANSLATE_NOOP("Words", "Membership tier: {tier} ({benefits})")).format(
            tier=standing.tier.name, benefits=benefits_text(standing.tier)
        )
    else:
        head = words(QT_TRANSLATE_NOOP("Words", "Membership tier: none yet"))
    parts = [head, measure_text(standing.basis, standing.measure)]
    if standing.next_tier is not None:
        parts.append(to_next_text(standing.basis, standing.next_tier, standing.to_next))
    return " · ".join(parts)
