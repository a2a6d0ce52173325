"""Texts the delivery documents share: the period they cover, a child's age, a plan's heading."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from toysub_desktop.documents import wording
from toysub_desktop.documents.delivery_values import ChildAge
from toysub_desktop.documents.formats import format_date, format_period


def period_text(first: date, last: date) -> str:
    """One day as "2026년 3월 16일", several as "2026년 3월 16일 ~ 2026년 3월 20일"."""
    return format_date(first) if first == last else format_period(first, last)


def period_label(several_days: bool) -> str:
    """ "배송일" for one day, "배송 기간" for several."""
    return wording.DELIVERY_DAYS if several_days else wording.DELIVERY_DAY


def short_date(day: date) -> str:
    """ "3/16": for a column or a label where the year is evident."""
    return wording.SHORT_DATE.format(month=day.month, day=day.day)


def children_text(children: Sequence[ChildAge]) -> str:
    """ "김하늘 (34개월), 김바다 (2개월)"; a child not yet born says so."""
    if not children:
        return wording.NO_CHILDREN
    return wording.LIST_SEPARATOR.join(
        wording.CHILD_AGE.format(name=child.name, months=child.months)
        if child.months >= 0
        else wording.CHILD_UNBORN.format(name=child.name)
        for child in children
    )


def plan_heading(kind_label: str, tier_label: str, plan_name: str) -> str:
    """ "정기배송 · 베이직 — 정기배송 베이직": the kind and tier the stock is sorted by, then the plan's name."""
    group = (
        wording.PLAN_GROUP.format(kind=kind_label, tier=tier_label)
        if tier_label
        else wording.PLAN_GROUP_NO_TIER.format(kind=kind_label)
    )
    return f"{group} — {plan_name}" if plan_name else group
