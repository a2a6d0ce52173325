"""Dialogs for what happens to a running subscription: pause, resume, skip, plan change, cancel, renew.

Each shows what the change will do before it is saved (the new end date, the new fee, the cancellation fee with
its computation), calls one service on Save, and shows a refusal beside the field it concerns.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from toysub_desktop.domain.dates import check_plausible_date
from toysub_desktop.domain.deliveries import box_day
from toysub_desktop.domain.errors import REQUIRED, ValidationError
from toysub_desktop.domain.fees import EarlyTerminationFee, FeeMethod, WholeCycles
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.plans import PaymentMethod, PlanKind
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.subscriptions import Pause, check_cancel
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.plans import list_plans
from toysub_desktop.services.subscriptions import (
    SubscriptionView,
    cancel,
    cancellation_fee,
    change_plan,
    pause,
    plan_change_preview,
    renew,
    renewal_preview,
    resume,
    skip_delivery,
)
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit, date_of, make_message_label
from toysub_desktop.ui.problems import problem_message
from toysub_desktop.ui.text import day_text, pause_rule_name, payment_method_name, problem_text, won_text

_PREVIEW_STYLE = "color: #0b57d0;"


class SubscriptionDialog(ServiceDialog):
    """A change to one subscription, with a preview line under the form that follows the fields."""

    # The transition the dialog records, when the customer is handed a confirmation of it afterwards.
    confirmed_as: EventKind | None = None

    def __init__(self, counter: Counter, view: SubscriptionView, title: str, parent: QWidget | None = None) -> None:
        super().__init__(counter, title, parent)
        self.view = view
        self.add_intro(f"{view.contract_number} · {view.customer_name} · {view.plan_name}")
        self.preview = make_message_label(_PREVIEW_STYLE)
        self.layout_.insertWidget(self.layout_.count() - 2, self.preview)

    def done_message(self) -> str:
        """After a successful save: what was done and what was charged, for the status bar."""
        return ""

    def show_preview(self, text: str) -> None:
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def preview_refusal(self, error: ValidationError | DatabaseProblem) -> None:
        """While the clerk is still choosing, a refusal reads in the preview line; Save shows it beside the field."""
        if isinstance(error, ValidationError):
            self.show_preview("\n".join(problem_text(p) for p in error.problems))
        else:
            self.show_preview(problem_message(error))

    def rename_buttons(self, save: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
        # Cancel keeps Qt's own "취소": the word for leaving a dialog without saving is the same everywhere.


class PauseDialog(SubscriptionDialog):
    confirmed_as = EventKind.PAUSE

    def __init__(self, counter: Counter, view: SubscriptionView, parent: QWidget | None = None) -> None:
        super().__init__(counter, view, self.tr("Pause subscription"), parent)
        first = max(counter.today(), view.timeline.paid_from)
        self.first = date_edit(first, today=counter.today(), field="from")
        self.last = date_edit(first + timedelta(days=29), today=counter.today(), field="until")
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. travelling abroad"))
        self.errors.add_row(self.form, self.tr("&From"), self.first, "from")
        self.errors.add_row(self.form, self.tr("&Until (last paused day)"), self.last, "until")
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        rule = QLabel(
            self.tr("{rule}. A pause lasts at most {days} days.").format(
                rule=pause_rule_name(view.timeline.pause_rule), days=view.max_pause_days
            )
        )
        rule.setWordWrap(True)
        self.form.addRow("", rule)
        self.first.dateChanged.connect(self._update_preview)
        self.last.dateChanged.connect(self._update_preview)
        self.rename_buttons(self.tr("&Pause"))
        self._update_preview()
        self.first.setFocus()  # the clerk types the first paused day straight away

    def _update_preview(self) -> None:
        first, last = self.first.date(), self.last.date()
        if first is None or last is None:
            self.show_preview("")
            return
        paused = Pause(first, last)
        if paused.last < paused.first:
            self.show_preview("")
            return
        end = self.view.timeline.with_pause(paused).end
        self.show_preview(
            self.tr("{days} days without deliveries or swaps; the term ends on {end}.").format(
                days=paused.days, end=day_text(end)
            )
        )

    def done_message(self) -> str:
        paused = Pause(date_of(self.first), date_of(self.last))
        return self.tr("{contract} paused from {first} to {last}; nothing charged for those days.").format(
            contract=self.view.contract_number, first=day_text(paused.first), last=day_text(paused.last)
        )

    def submit(self) -> object:
        return pause(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.view.id,
            first=date_of(self.first),
            last=date_of(self.last),
            note=self.note.text(),
            expected_version=self.view.version,
            now=self.counter.now(),
        )


class ResumeDialog(SubscriptionDialog):
    confirmed_as = EventKind.RESUME

    def __init__(self, counter: Counter, view: SubscriptionView, parent: QWidget | None = None) -> None:
        super().__init__(counter, view, self.tr("Resume early"), parent)
        today = counter.today()
        upcoming = [p for p in view.timeline.pauses if p.last >= today]
        default = max(today, upcoming[0].first) if upcoming else today
        self.resume_on = date_edit(default, today=counter.today(), field="resume_on")
        self.errors.add_row(self.form, self.tr("Service &back from"), self.resume_on, "resume_on")
        if upcoming:
            self.form.addRow(
                "",
                QLabel(
                    self.tr("Paused {first} ~ {last}").format(
                        first=day_text(upcoming[0].first), last=day_text(upcoming[0].last)
                    )
                ),
            )
        self.rename_buttons(self.tr("&Resume"))

    def submit(self) -> object:
        resume(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.view.id,
            resume_on=date_of(self.resume_on),
            expected_version=self.view.version,
            now=self.counter.now(),
        )
        return None


def upcoming_deliveries(view: SubscriptionView, today: date, count: int = 12) -> list[date]:
    """The next monthly box dates of a subscription that are not skipped or paused, within its term."""
    if view.delivery_day is None:
        return []
    found: list[date] = []
    month = date(today.year, today.month, 1)
    while len(found) < count and month <= view.timeline.end:
        day = box_day(month.year, month.month, view.delivery_day)
        if (
            day >= max(today, view.timeline.start)
            and day <= view.timeline.end
            and day not in view.skipped
            and view.timeline.pause_on(day) is None
        ):
            found.append(day)
        month = add_months(month, 1)
    return found


class SkipDeliveryDialog(SubscriptionDialog):
    def __init__(self, counter: Counter, view: SubscriptionView, parent: QWidget | None = None) -> None:
        super().__init__(counter, view, self.tr("Skip a delivery"), parent)
        self.month: ChoiceBox[date] = ChoiceBox()
        for day in upcoming_deliveries(view, counter.today()):
            self.month.add(day_text(day), day)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("&Delivery to skip"), self.month, "month")
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        if self.month.count() == 0:
            self.show_preview(self.tr("No delivery is left to skip in this term."))
            self.save_button.setEnabled(False)
        self.rename_buttons(self.tr("&Skip"))

    def submit(self) -> object:
        skip_delivery(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.view.id,
            delivery_on=self.month.value() or self.counter.today(),
            note=self.note.text(),
            now=self.counter.now(),
        )
        return None


class ChangePlanDialog(SubscriptionDialog):
    confirmed_as = EventKind.PLAN_CHANGE

    def __init__(self, counter: Counter, view: SubscriptionView, parent: QWidget | None = None) -> None:
        super().__init__(counter, view, self.tr("Change plan"), parent)
        self.plan: ChoiceBox[int] = ChoiceBox()
        for plan in list_plans(counter.db, today=counter.today()):
            if plan.details.kind is view.kind and plan.id != view.plan_id:
                price = won_text(plan.price.monthly_price) if plan.price else ""
                self.plan.add(f"{plan.details.name} ({price})", plan.id)
        self.errors.add_row(self.form, self.tr("&New plan"), self.plan, "plan")
        self.form.addRow("", QLabel(self.tr("Plans of the same kind; the change takes effect at the next cycle.")))
        self.plan.currentIndexChanged.connect(self._update_preview)
        self.rename_buttons(self.tr("&Change plan"))
        if self.plan.count() == 0:
            self.show_preview(self.tr("No other plan of this kind is offered."))
            self.save_button.setEnabled(False)
        else:
            self._update_preview()

    def _update_preview(self) -> None:
        try:
            effective, figures = plan_change_preview(
                self.counter.db, self.view.id, self.plan.value() or 0, today=self.counter.today()
            )
        except (ValidationError, DatabaseProblem) as error:
            self.preview_refusal(error)
            return
        self.show_preview(
            self.tr("From {date}: {new} a month (now {old}).").format(
                date=day_text(effective), new=won_text(figures.monthly_fee), old=won_text(self.view.monthly_fee)
            )
        )

    def submit(self) -> object:
        return change_plan(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.view.id,
            plan_id=self.plan.value() or 0,
            expected_version=self.view.version,
            now=self.counter.now(),
        )


class CancelDialog(SubscriptionDialog):
    """Cancel from a date, with the early-termination fee and how it was computed shown before saving."""

    confirmed_as = EventKind.CANCEL

    def __init__(self, counter: Counter, view: SubscriptionView, parent: QWidget | None = None) -> None:
        super().__init__(counter, view, self.tr("Cancel subscription"), parent)
        timeline = view.timeline

        def within_term(day: date, *, today: date, field: str) -> date:
            check_plausible_date(day, today=today, field=field)
            return check_cancel(timeline, day)

        self.effective_on = date_edit(
            max(counter.today(), view.timeline.start + timedelta(days=1)),
            today=counter.today(),
            field="effective_on",
            rule=within_term,
        )
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("why the customer cancels"))
        self.errors.add_row(self.form, self.tr("First day &without service"), self.effective_on, "effective_on")
        self.errors.add_row(self.form, self.tr("&Reason"), self.note, "note")
        self.form.addRow(
            "",
            QLabel(self.tr("A subscription of a month or more may be cancelled at any time (continuous transaction).")),
        )
        #: For a rental: what happens to the deposit and to the toys still out.
        self.rental_note = QLabel(self._rental_consequences())
        self.rental_note.setWordWrap(True)
        self.rental_note.setVisible(bool(self.rental_note.text()))
        self.form.addRow("", self.rental_note)
        self.effective_on.dateChanged.connect(self._update_preview)
        self.rename_buttons(self.tr("Record &cancellation"))
        self._update_preview()

    def _rental_consequences(self) -> str:
        if self.view.kind is not PlanKind.RENTAL:
            return ""
        lines: list[str] = []
        if self.view.deposit:
            lines.append(
                self.tr(
                    "The deposit of {deposit} is returned within 3 business days after the toys are back and checked."
                ).format(deposit=won_text(self.view.deposit))
            )
        from toysub_desktop.services.rentals import customer_rentals  # the rentals service loads only for a rental

        try:
            out = customer_rentals(self.counter.db, self.view.customer_id, today=self.counter.today()).out
        except DatabaseProblem:
            out = ()
        if out:
            names = ", ".join(f"{line.toy_name} ({line.barcode})" for line in out)
            lines.append(
                self.tr(
                    "{count} toys are still out: {names}. They must come back; late fees apply past their due dates."
                ).format(count=len(out), names=names)
            )
        else:
            lines.append(self.tr("No toys are out with the customer."))
        return "\n".join(lines)

    def save(self) -> None:
        """A reason is required, and the clerk confirms once more: a cancellation cannot be taken back."""
        if not self.note.text().strip():
            self.errors.show(ValidationError.of("note", REQUIRED))
            return
        if not self.confirm():
            return
        super().save()

    def confirm(self) -> bool:
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.windowTitle())
        question.setText(self.tr("Really cancel this subscription?"))
        details = [f"{self.view.contract_number} · {self.view.customer_name}", self.preview.text()]
        question.setInformativeText("\n\n".join(part for part in (*details, self.rental_note.text()) if part))
        yes = question.addButton(self.tr("&Cancel the subscription"), QMessageBox.ButtonRole.DestructiveRole)
        keep = question.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        question.exec()
        return question.clickedButton() is yes

    def _update_preview(self) -> None:
        effective_on = self.effective_on.date()
        if effective_on is None:
            self.show_preview("")
            return
        try:
            fee = cancellation_fee(self.counter.db, self.view.id, effective_on)
        except (ValidationError, DatabaseProblem) as error:
            self.preview_refusal(error)
            return
        if fee.within_trial:
            self.show_preview(self.tr("Cancelled within the free trial: no fee."))
            return
        cap = self.tr(", at most {cap}").format(cap=won_text(fee.cap)) if fee.cap is not None else ""
        self.show_preview(
            self.tr(
                "Remaining in the term: {days} days to {end}.\n"
                "Remaining fees: {breakdown} = {remaining}.\n"
                "Early-termination fee: {percent}% of the remaining fees{cap} = {fee}."
            ).format(
                days=fee.remaining_days,
                end=day_text(fee.mandatory_end),
                breakdown=self._breakdown(fee),
                remaining=won_text(fee.remaining_fees),
                percent=fee.percent,
                cap=cap,
                fee=won_text(fee.fee),
            )
        )

    def done_message(self) -> str:
        fee = self.outcome
        charged = (
            self.tr("early-termination fee {fee} charged").format(fee=won_text(fee.fee))
            if isinstance(fee, EarlyTerminationFee) and fee.fee
            else self.tr("no fee")
        )
        return self.tr("{contract} cancelled from {day}; {charged}.").format(
            contract=self.view.contract_number, day=day_text(date_of(self.effective_on)), charged=charged
        )

    def _breakdown(self, fee: EarlyTerminationFee) -> str:
        """How the remaining fees add up under the rule the contract was signed with."""
        if fee.method is FeeMethod.DAYS_30:
            return self.tr("{monthly} × {days} ÷ 30").format(monthly=won_text(fee.monthly_fee), days=fee.remaining_days)
        parts = [
            self.tr("{months} months × {monthly}").format(months=item.count, monthly=won_text(item.monthly_fee))
            if isinstance(item, WholeCycles)
            else self.tr("{monthly} × {days} of the cycle's {cycle_days} days").format(
                monthly=won_text(item.monthly_fee), days=item.days, cycle_days=item.cycle_days
            )
            for item in fee.breakdown()
        ]
        return " + ".join(parts) or won_text(0)

    def submit(self) -> object:
        return cancel(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.view.id,
            effective_on=date_of(self.effective_on),
            note=self.note.text(),
            expected_version=self.view.version,
            now=self.counter.now(),
        )


class RenewDialog(SubscriptionDialog):
    confirmed_as = EventKind.RENEW

    def __init__(
        self, counter: Counter, view: SubscriptionView, terms: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(counter, view, self.tr("Renew subscription"), parent)
        #: The new contract's first day and monthly fee, as last previewed.
        self.figures: tuple[date, int] | None = None
        self.term: ChoiceBox[int] = ChoiceBox()
        for months in terms:
            self.term.add(self.tr("{months} months").format(months=months), months)
        self.term.set_value(view.term_months)
        self.payment: ChoiceBox[PaymentMethod] = ChoiceBox()
        for method in PaymentMethod:
            self.payment.add(payment_method_name(method), method)
        self.payment.set_value(view.payment_method)
        self.errors.add_row(self.form, self.tr("&Term"), self.term, "renewal")
        self.errors.add_row(self.form, self.tr("&Payment"), self.payment, "payment_method")
        self.errors.alias("term_months", "renewal")
        self.term.currentIndexChanged.connect(self._update_preview)
        self.rename_buttons(self.tr("&Renew"))
        # The figures read on two lines, not five.
        self.preview.setMinimumWidth(self.preview.fontMetrics().averageCharWidth() * 45)
        self._update_preview()
        self.term.setFocus()

    def _update_preview(self) -> None:
        try:
            start, figures = renewal_preview(
                self.counter.db, self.view.id, self.term.value() or 0, today=self.counter.today()
            )
        except (ValidationError, DatabaseProblem) as error:
            self.preview_refusal(error)
            return
        # The price in effect on the new term's first day: what the price-notice list told the subscriber.
        self.figures = (start, figures.monthly_fee)
        self.show_preview(
            self.tr(
                "A new contract from {start} at the price in effect that day, {price} a month: {fee} a month after "
                "discounts, {total} over {months} months."
            ).format(
                start=day_text(start),
                price=won_text(figures.list_price),
                fee=won_text(figures.monthly_fee),
                total=won_text(figures.total_fees),
                months=figures.months,
            )
        )

    def done_message(self) -> str:
        if self.figures is None:
            return self.tr("{contract} renewed.").format(contract=self.view.contract_number)
        start, monthly = self.figures
        return self.tr("{contract} renewed: a new contract from {start}, {fee} a month.").format(
            contract=self.view.contract_number, start=day_text(start), fee=won_text(monthly)
        )

    def submit(self) -> object:
        return renew(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.view.id,
            term_months=self.term.value() or 0,
            payment_method=self.payment.value(),
            now=self.counter.now(),
        )
