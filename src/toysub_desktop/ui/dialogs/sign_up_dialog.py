"""Signing a customer up at the counter, on one screen: who, which plan and term, from when, delivery or swap
day, how they pay, discounts with the evidence seen, the figures as the contract will show them, and consents."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import ConsentKind, ConsentMethod
from toysub_desktop.domain.deliveries import LAST_DELIVERY_DAY, box_delivery_day
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import EVIDENCE_MAX, DiscountLine, PaymentMethod, PlanKind, Quote, quote
from toysub_desktop.domain.points import REFERRAL_CODE_TEXT_MAX
from toysub_desktop.domain.subscriptions import START_ON
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.plans import DiscountCategoryView, PlanView, list_discount_categories, list_plans
from toysub_desktop.services.referrals import referrer_for_code
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.views import CustomerCard
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_picker import CustomerPicker
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.forms import ERROR_STYLE, WARNING_STYLE, date_edit, date_of, make_message_label
from toysub_desktop.ui.text import (
    cadence_name,
    day_text,
    method_name,
    payment_method_name,
    plan_kind_name,
    weekday_name,
    won_text,
)

_CHOOSE_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "Choose the customer, or register a new one.")
_CHOOSE_PLAN = QT_TRANSLATE_NOOP("Validation", "Choose a plan.")


class DiscountRow:
    """One discount category: ticked when it applies, with what the clerk saw as evidence."""

    def __init__(self, category: DiscountCategoryView, grid: QGridLayout, row: int) -> None:
        self.category = category
        self.check = QCheckBox(f"{category.name} ({category.percent}%)")
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(EVIDENCE_MAX)
        self.evidence.setPlaceholderText(category.evidence_hint)
        self.evidence.setEnabled(False)
        self.check.toggled.connect(self.evidence.setEnabled)
        self.error = make_message_label(ERROR_STYLE)
        grid.addWidget(self.check, row * 2, 0)
        grid.addWidget(self.evidence, row * 2, 1)
        grid.addWidget(self.error, row * 2 + 1, 0, 1, 2)


def no_plans_yet() -> str:
    """What a new shop's clerk reads where a plan is needed, with the way to make one."""
    return QCoreApplication.translate(
        "SignUpDialog", "There are no plans yet. Create a plan first: Shop ▸ Plans and prices…"
    )


class SignUpDialog(ServiceDialog):
    """Returns the new subscription's id."""

    def __init__(self, counter: Counter, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("New subscription"), parent)
        self.card: CustomerCard | None = None
        self.plans = [p for p in list_plans(counter.db, today=counter.today()) if p.price is not None]
        today = counter.today()

        self.customer = CustomerPicker(counter)
        self.customer.customerChosen.connect(self._customer_chosen)
        self.customer.newRequested.connect(self._new_customer)
        self.errors.add_row(self.form, self.tr("C&ustomer"), self.customer, "customer")
        self.plan = QComboBox()
        for plan in self.plans:
            assert plan.price is not None
            self.plan.addItem(
                f"{plan.details.name} · {plan_kind_name(plan.details.kind)} · {won_text(plan.price.monthly_price)}",
                plan.id,
            )
        self.errors.add_row(self.form, self.tr("&Plan"), self.plan, "plan")
        if not self.plans:  # a new shop: nothing to sign up for yet, and the way there
            self.add_intro(no_plans_yet()).setStyleSheet(WARNING_STYLE)
            self.save_button.setEnabled(False)
        self.term: ChoiceBox[int] = ChoiceBox()
        self.errors.add_row(self.form, self.tr("&Term"), self.term, "term_months")
        self.start = date_edit(today, today=today, field="start", rule=START_ON)
        self.errors.add_row(self.form, self.tr("&Starts on"), self.start, "start")
        self.delivery_day = QSpinBox()
        self.delivery_day.setRange(1, LAST_DELIVERY_DAY)
        # The start date's day, following the start until the clerk picks another day.
        self.delivery_day.setValue(box_delivery_day(None, start=today))
        self.delivery_day.setSuffix(self.tr(" of each month"))
        self.delivery_day.setToolTip(self.tr("Days past a shorter month's end deliver on its last day."))
        self._delivery_day_follows_start = True
        self.delivery_day.valueChanged.connect(self._delivery_day_chosen)
        self.delivery_label = self.errors.add_row(
            self.form, self.tr("&Delivery day"), self.delivery_day, "delivery_day"
        )
        self.swap_weekday: ChoiceBox[int] = ChoiceBox()
        for weekday in range(7):
            self.swap_weekday.add(weekday_name(weekday), weekday)
        self.errors.add_row(self.form, self.tr("S&wap day"), self.swap_weekday, "swap_weekday")
        self.payment: ChoiceBox[PaymentMethod] = ChoiceBox()
        for method in PaymentMethod:
            self.payment.add(payment_method_name(method), method)
        self.errors.add_row(self.form, self.tr("P&ayment (recorded, not charged)"), self.payment, "payment_method")
        # Typed, or scanned from the referrer's card: a scanner types the digits and Enter, which looks the code up.
        self.referral_code = QLineEdit()
        self.referral_code.setMaxLength(REFERRAL_CODE_TEXT_MAX)
        self.referral_code.setPlaceholderText(self.tr("Only at the first subscription; empty: none"))
        referral_message = self.errors.add_row(
            self.form, self.tr("&Referral code"), self.referral_code, "referral_code"
        )
        self.referrer = make_message_label("")
        self.errors.add_hint(referral_message, self.referrer)
        self.referral_code.returnPressed.connect(self._look_up_referrer)
        self.referral_code.textEdited.connect(lambda _text: self.referrer.clear())
        self.discounts: list[DiscountRow] = []
        discount_box = QGroupBox(self.tr("Discounts (note the evidence you saw)"))
        grid = QGridLayout(discount_box)
        for index, category in enumerate(list_discount_categories(counter.db)):
            row = DiscountRow(category, grid, index)
            row.check.toggled.connect(self._update_review)
            self.discounts.append(row)
        if not self.discounts:
            grid.addWidget(QLabel(self.tr("The shop has no discount categories.")), 0, 0)
        self.form.addRow(discount_box)

        side = self.add_side_column()
        review_box = QGroupBox(self.tr("Review"))
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        QVBoxLayout(review_box).addWidget(self.review)
        side.addWidget(review_box)
        consent_box = QGroupBox(self.tr("Consents"))
        consent_column = QVBoxLayout(consent_box)
        self.personal_data = QLabel()
        self.personal_data.setWordWrap(True)
        self.marketing = QCheckBox(self.tr("Agrees to marketing messages (optional)"))
        self.marketing_method: ChoiceBox[ConsentMethod] = ChoiceBox()
        for consent_method in ConsentMethod:
            self.marketing_method.add(method_name(consent_method), consent_method)
        consent_column.addWidget(self.personal_data)
        consent_column.addWidget(self.marketing)
        consent_column.addWidget(self.marketing_method)
        side.addWidget(consent_box)
        self.pre_contract = QPushButton(self.tr("Pre-contract &information sheet…"))
        self.pre_contract.setToolTip(self.tr("Print what the customer must be told before signing"))
        self.pre_contract.clicked.connect(self._print_pre_contract)
        side.addWidget(self.pre_contract)
        side.addStretch(1)

        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Si&gn up"))
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.term.currentIndexChanged.connect(self._update_review)
        self.start.dateChanged.connect(self._update_review)
        self.start.dateChanged.connect(self._start_changed)
        self._plan_changed()
        self._show_consents()
        if customer_id is not None:
            self._preselect(customer_id)

    # --- choices ------------------------------------------------------------------------------------------------

    def selected_plan(self) -> PlanView | None:
        index = self.plan.currentIndex()
        return self.plans[index] if 0 <= index < len(self.plans) else None

    def _preselect(self, customer_id: int) -> None:
        card = customer_card(self.counter.db, customer_id, today=self.counter.today())
        self.customer.choose(customer_id, f"{card.name} ({card.number})")
        self._customer_chosen(customer_id)

    def _customer_chosen(self, customer_id: int) -> None:
        self.card = customer_card(self.counter.db, customer_id, today=self.counter.today())
        self._show_consents()

    def _new_customer(self) -> None:
        dialog = NewCustomerDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self._preselect(dialog.outcome)

    def _plan_changed(self) -> None:
        plan = self.selected_plan()
        self.term.blockSignals(True)
        self.term.clear_choices()
        if plan is not None:
            for term in plan.details.terms:
                text = self.tr("{months} months").format(months=term.months)
                if term.discount_percent:
                    text += self.tr(" (−{percent}%)").format(percent=term.discount_percent)
                self.term.add(text, term.months)
            self.term.setCurrentIndex(self.term.count() - 1)
        self.term.blockSignals(False)
        kind = plan.details.kind if plan else None
        self._set_row_visible(self.delivery_day, kind is PlanKind.BOX)
        self._set_row_visible(self.swap_weekday, kind is PlanKind.RENTAL)
        self._update_review()

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        box = widget.parentWidget()  # the field's box, with its error label (``FieldErrors.add_row``)
        if box is not None:
            self.form.setRowVisible(box, visible)

    # --- review -------------------------------------------------------------------------------------------------

    def figures(self) -> Quote | None:
        """The figures as ``sign_up`` will record them (the same rule, today's price)."""
        plan = self.selected_plan()
        months = self.term.value()
        if plan is None or plan.price is None or months is None:
            return None
        lines = tuple(DiscountLine(r.category.name, r.category.percent) for r in self.discounts if r.check.isChecked())
        try:
            return quote(plan.details, list_price=plan.price.monthly_price, months=int(months), discounts=lines)
        except ValidationError:
            return None

    def _delivery_day_chosen(self) -> None:
        if self.delivery_day.hasFocus():
            self._delivery_day_follows_start = False

    def _start_changed(self, start: date | None) -> None:
        if start is not None and self._delivery_day_follows_start:
            self.delivery_day.setValue(box_delivery_day(None, start=start))

    def _update_review(self) -> None:
        figures = self.figures()
        plan = self.selected_plan()
        if figures is None or plan is None:
            self.review.setText(escape(self.tr("Choose a plan and a term to see the figures.")))
            return
        rows = [(self.tr("List price"), won_text(figures.list_price))]
        if figures.term_discount:
            rows.append(
                (
                    self.tr("Long-term discount ({percent}%)").format(percent=figures.term_discount_percent),
                    f"-{won_text(figures.term_discount)}",
                )
            )
        rows += [(line.label, f"-{won_text(line.amount)}") for line in figures.discounts]
        rows.append((self.tr("Monthly fee"), won_text(figures.monthly_fee)))
        if figures.deposit:
            rows.append((self.tr("Deposit (returned at the end)"), won_text(figures.deposit)))
        rows.append((self.tr("Total over {months} months").format(months=figures.months), won_text(figures.total_fees)))
        rows.append((self.tr("First payment"), won_text(figures.first_payment)))
        start = self.start.date()
        notes = [self.tr("Delivery: {cadence}").format(cadence=cadence_name(plan.details.cadence))]
        if figures.trial_days:
            notes.append(
                self.tr("Free trial of {days} days from {start}; payments begin after it.").format(
                    days=figures.trial_days, start=day_text(start)
                )
            )
        table = "".join(
            f"<tr><td style='padding-right:16px'>{escape(label)}</td><td align='right'><b>{escape(value)}</b></td></tr>"
            for label, value in rows
        )
        self.review.setText(f"<table>{table}</table>" + "".join(f"<p>{escape(n)}</p>" for n in notes))

    def _show_consents(self) -> None:
        card = self.card
        self.marketing.setEnabled(card is not None)
        self.marketing_method.setEnabled(card is not None)
        if card is None:
            self.personal_data.setText(self.tr("Choose the customer to see their consents."))
            return
        latest = {consent.kind: consent for consent in card.consents}
        personal = latest.get(ConsentKind.PERSONAL_DATA)
        if personal is not None and personal.granted:
            self.personal_data.setText(
                self.tr("Personal data (required): agreed on {date}, notice {version}.").format(
                    date=day_text(personal.given_on), version=personal.notice_version
                )
            )
        else:
            self.personal_data.setText(self.tr("Personal data (required): not on record."))
        marketing = latest.get(ConsentKind.MARKETING)
        self.marketing.setChecked(bool(marketing and marketing.granted))

    # --- pre-contract sheet and saving --------------------------------------------------------------------------

    def _print_pre_contract(self) -> None:
        from toysub_desktop.ui.printing import show_pre_contract  # the PDF preview loads Qt PDF only when asked

        plan = self.selected_plan()
        months = self.term.value()
        if plan is None or months is None:
            self.errors.show(ValidationError.of("plan", _CHOOSE_PLAN))
            return
        categories = tuple(r.category.id for r in self.discounts if r.check.isChecked())
        show_pre_contract(
            self.counter,
            plan_id=plan.id,
            term_months=int(months),
            discount_category_ids=categories,
            customer_id=self.card.id if self.card else None,
            parent=self,
        )

    def new_subscription(self) -> NewSubscription:
        plan = self.selected_plan()
        customer_id = self.customer.customer_id()
        if customer_id is None:
            raise ValidationError.of("customer", _CHOOSE_CUSTOMER)
        if plan is None:
            raise ValidationError.of("plan", _CHOOSE_PLAN)
        kind = plan.details.kind
        ticked = [r for r in self.discounts if r.check.isChecked()]
        for index, row in enumerate(ticked):  # the service numbers the discounts it is given, ticked ones only
            self.errors.bind(f"discounts[{index}]", row.check, row.error)
            self.errors.bind(f"discounts[{index}].evidence", row.evidence, row.error)
        return NewSubscription(
            customer_id=customer_id,
            plan_id=plan.id,
            term_months=self.term.value() or 0,
            start_on=date_of(self.start),
            payment_method=self.payment.value() or PaymentMethod.CASH,
            delivery_day=self.delivery_day.value() if kind is PlanKind.BOX else None,
            swap_weekday=self.swap_weekday.value() if kind is PlanKind.RENTAL else None,
            discounts=tuple((r.category.id, r.evidence.text()) for r in ticked),
            marketing=(self.marketing.isChecked(), self.marketing_method.value() or ConsentMethod.PAPER),
            referral_code=self.referral_code.text(),
        )

    def _look_up_referrer(self) -> None:
        """Enter in the referral code (a scanner's, or the clerk's): whom the code names, or why it is refused."""
        self.referrer.clear()
        self.referrer.hide()
        if not self.referral_code.text().strip():
            return
        try:
            found = referrer_for_code(self.counter.db, self.referral_code.text(), self.customer.customer_id() or 0)
        except ValidationError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self.referrer.setText(
            self.tr("Referred by {name} ({number})").format(name=found.name, number=found.customer_number)
        )
        self.referrer.show()

    def submit(self) -> object:
        return sign_up(
            self.counter.db, staff_id=self.counter.staff.id, new=self.new_subscription(), now=self.counter.now()
        )
