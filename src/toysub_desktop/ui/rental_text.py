"""How rental values read on screen: item states, return conditions, charges, reservations, toy categories, ages."""

from __future__ import annotations

from toysub_desktop.domain.rentals import ChargeKind, ReservationState, ReturnCondition
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.toys import ItemState, ToyCategory
from toysub_desktop.ui.text import words

_ITEM_STATES = {
    ItemState.AVAILABLE: QT_TRANSLATE_NOOP("Words", "On the shelf"),
    ItemState.HELD: QT_TRANSLATE_NOOP("Words", "Set aside for a reservation"),
    ItemState.ON_LOAN: QT_TRANSLATE_NOOP("Words", "On loan"),
    ItemState.CLEANING: QT_TRANSLATE_NOOP("Words", "In cleaning"),
    ItemState.REPAIR: QT_TRANSLATE_NOOP("Words", "In repair"),
    ItemState.RETIRED: QT_TRANSLATE_NOOP("Words", "Retired"),
}
_CONDITIONS = {
    ReturnCondition.CLEAN: QT_TRANSLATE_NOOP("Words", "Clean"),
    ReturnCondition.NEEDS_CLEANING: QT_TRANSLATE_NOOP("Words", "Needs cleaning"),
    ReturnCondition.DAMAGED: QT_TRANSLATE_NOOP("Words", "Damaged"),
    ReturnCondition.MISSING_PARTS: QT_TRANSLATE_NOOP("Words", "Missing parts"),
    ReturnCondition.LOST: QT_TRANSLATE_NOOP("Words", "Lost"),
}
_CHARGES = {
    ChargeKind.LOST: QT_TRANSLATE_NOOP("Words", "Lost item"),
    ChargeKind.DAMAGED: QT_TRANSLATE_NOOP("Words", "Damage"),
    ChargeKind.MISSING_PARTS: QT_TRANSLATE_NOOP("Words", "Missing parts"),
    ChargeKind.LATE: QT_TRANSLATE_NOOP("Words", "Late return"),
}
_RESERVATIONS = {
    ReservationState.WAITING: QT_TRANSLATE_NOOP("Words", "Waiting"),
    ReservationState.READY: QT_TRANSLATE_NOOP("Words", "Ready: item set aside"),
    ReservationState.FULFILLED: QT_TRANSLATE_NOOP("Words", "Lent"),
    ReservationState.CANCELLED: QT_TRANSLATE_NOOP("Words", "Cancelled"),
}
_CATEGORIES = {
    ToyCategory.BABY: QT_TRANSLATE_NOOP("Words", "Baby and sensory"),
    ToyCategory.BLOCKS: QT_TRANSLATE_NOOP("Words", "Blocks and building"),
    ToyCategory.ROLE_PLAY: QT_TRANSLATE_NOOP("Words", "Role play"),
    ToyCategory.VEHICLES: QT_TRANSLATE_NOOP("Words", "Cars and trains"),
    ToyCategory.RIDE_ON: QT_TRANSLATE_NOOP("Words", "Ride-on toys"),
    ToyCategory.PUZZLES: QT_TRANSLATE_NOOP("Words", "Puzzles and games"),
    ToyCategory.MUSIC: QT_TRANSLATE_NOOP("Words", "Music"),
    ToyCategory.SCIENCE: QT_TRANSLATE_NOOP("Words", "Science and learning"),
    ToyCategory.ACTIVE: QT_TRANSLATE_NOOP("Words", "Active play"),
    ToyCategory.DOLLS: QT_TRANSLATE_NOOP("Words", "Dolls and figures"),
}


def item_state_name(state: ItemState) -> str:
    return words(_ITEM_STATES[state])


def condition_name(condition: ReturnCondition) -> str:
    return words(_CONDITIONS[condition])


def charge_kind_name(kind: ChargeKind) -> str:
    return words(_CHARGES[kind])


def reservation_state_name(state: ReservationState) -> str:
    return words(_RESERVATIONS[state])


def queue_place_text(position: int | None, item_barcode: str | None, priority: bool) -> str:
    """A reservation's place in its toy's queue ("2", or "1 · priority" for a tier with priority reservations),
    or the item set aside for it."""
    if not position:
        return item_barcode or ""
    if priority:
        return words(QT_TRANSLATE_NOOP("Words", "{place} · priority")).format(place=position)
    return str(position)


def category_name(category: ToyCategory) -> str:
    return words(_CATEGORIES[category])


def age_range_text(low: int, high: int) -> str:
    """ "24–72 months" (the unit follows the language)."""
    return words(QT_TRANSLATE_NOOP("Words", "{low}–{high} months")).format(low=low, high=high)
