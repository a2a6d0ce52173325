"""How the contact log reads on screen: an entry's note in one line, and what it is about. (Light, so the customer
panel shows the log without loading the dialogs.)"""

from __future__ import annotations

from toysub_desktop.domain.contact_log import ContactSubject
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.contact_log import Topic
from toysub_desktop.ui.text import day_text, delivery_kind_name, words

#: A note's lines shown in a one-line cell.
_LINE_JOIN = " / "


def one_line(text: str) -> str:
    """A note of several lines in one table cell: its lines joined, blank ones dropped."""
    return _LINE_JOIN.join(line for line in text.splitlines() if line.strip())


def topic_text(topic: Topic | None) -> str:
    """What an entry is about, as a clerk reads it: a subscription by contract number and plan, a delivery by kind,
    date and contract, a rental by toy and the day it was lent."""
    if topic is None:
        return ""
    if topic.subject is ContactSubject.SUBSCRIPTION:
        return words(QT_TRANSLATE_NOOP("Words", "Subscription {contract} {plan}")).format(
            contract=topic.contract_number, plan=topic.name
        )
    if topic.subject is ContactSubject.DELIVERY:
        kind = delivery_kind_name(topic.delivery_kind) if topic.delivery_kind else ""
        return words(QT_TRANSLATE_NOOP("Words", "{kind} of {date} · {contract}")).format(
            kind=kind, date=day_text(topic.day), contract=topic.contract_number
        )
    text = (
        QT_TRANSLATE_NOOP("Words", "Rental {toy}, out since {date}")
        if topic.out
        else QT_TRANSLATE_NOOP("Words", "Rental {toy}, lent {date}")
    )
    return words(text).format(toy=topic.name, date=day_text(topic.day))
