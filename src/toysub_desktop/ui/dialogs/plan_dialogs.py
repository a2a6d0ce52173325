"""The owner's plan catalogue: plans with their terms, prices by date, and discount categories."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.dates import check_effective_date
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.plans import (
    DISCOUNT_NAME_MAX,
    EVIDENCE_MAX,
    MAX_DISCOUNT_PERCENT,
    MAX_TERM_DISCOUNT_PERCENT,
    MAX_TRIAL_DAYS,
    PLAN_NAME_MAX,
    TERM_MONTHS,
    TIER_MAX,
    Cadence,
    PlanDetails,
    PlanKind,
    TermOption,
    cadences_for,
    check_price_start,
    validate_plan,
)
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.plans import (
    PlanView,
    create_discount_category,
    create_plan,
    list_discount_categories,
    list_plans,
    plan_view,
    schedule_price_change,
    update_plan,
)
from toysub_desktop.services.price_notices import preview_price_change
from toysub_desktop.services.shop import subscription_settings
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import cadence_name, day_text, plan_kind_name, problem_text, won_text

_DASH = "\u2014"
#: How long typing may pause before the price-change preview follows it.
PREVIEW_DELAY_MS = 250


def _selected_data(combo: QComboBox) -> object:
    return combo.itemData(combo.currentIndex())


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


# --- the catalogue ------------------------------------------------------------------------------------------------


class PlanCatalogueDialog(QDialog):
    """Every plan with today's price and the next one; from here plans are added, edited and repriced."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.plans: list[PlanView] = []
        self.setWindowTitle(self.tr("Plans and prices"))
        self.show_inactive = QCheckBox(self.tr("Show plans no longer &offered"))
        self.show_inactive.toggled.connect(self.reload)
        self.table = self._make_table()
        caption = QLabel(self.tr("&Plans"))
        caption.setBuddy(self.table)
        self.new_button = QPushButton(self.tr("&New plan…"))
        self.edit_button = QPushButton(self.tr("&Edit plan…"))
        self.price_button = QPushButton(self.tr("&Schedule price change…"))
        self.discounts_button = QPushButton(self.tr("&Discount categories…"))
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.price_button.clicked.connect(self.schedule_price_change)
        self.discounts_button.clicked.connect(self.discount_categories)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.price_button, self.discounts_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.edit_plan)
        self.resize(1000, 420)
        keep_on_screen(self)
        self.reload()
        self.table.setFocus()

    def _make_table(self) -> QTableWidget:
        headers = [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Tier"),
            self.tr("Price today"),
            self.tr("Next price"),
            self.tr("Terms"),
            self.tr("Free trial"),
            self.tr("Deposit"),
            self.tr("Delivery or swap"),
            self.tr("Offered"),
        ]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def reload(self) -> None:
        chosen = self.selected_plan_id()
        self.plans = list_plans(
            self.counter.db, include_inactive=self.show_inactive.isChecked(), today=self.counter.today()
        )
        self.table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            for column, (text, tip) in enumerate(self._cells(plan)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, plan.id)
                if tip:
                    item.setToolTip(tip)
                if column in (3, 4, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if plan.id == chosen or (chosen is None and row == 0):
                self.table.selectRow(row)
        self._update_buttons()

    def _cells(self, plan: PlanView) -> list[tuple[str, str]]:
        details = plan.details
        scheduled = [
            self.tr("{price} from {date}").format(price=won_text(p.monthly_price), date=day_text(p.effective_from))
            for p in plan.scheduled_prices
        ]
        discounts = "\n".join(
            self.tr("{months} months: {percent}% off").format(months=t.months, percent=t.discount_percent)
            for t in details.terms
        )
        months = "/".join(str(t.months) for t in details.terms)
        return [
            (details.name, ""),
            (plan_kind_name(details.kind), ""),
            (details.tier, ""),
            (won_text(plan.price.monthly_price) if plan.price else _DASH, ""),
            (scheduled[0] if scheduled else "", "\n".join(scheduled)),
            (self.tr("{months} months").format(months=months), discounts),
            (self.tr("{days} days").format(days=details.trial_days) if details.trial_days else _DASH, ""),
            (won_text(details.deposit) if details.deposit else _DASH, ""),
            (cadence_name(details.cadence), ""),
            (self.tr("Yes") if plan.active else self.tr("No"), ""),
        ]

    def selected_plan_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_plan_id() is not None
        self.edit_button.setEnabled(chosen)
        self.price_button.setEnabled(chosen)

    def _open(self, dialog: QDialog) -> None:
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_plan(self) -> PlanDialog:
        dialog = PlanDialog(self.counter, None, self)
        self._open(dialog)
        return dialog

    def edit_plan(self) -> PlanDialog | None:
        plan_id = self.selected_plan_id()
        if plan_id is None:
            return None
        dialog = PlanDialog(self.counter, plan_id, self)
        self._open(dialog)
        return dialog

    def schedule_price_change(self) -> PriceChangeDialog | None:
        plan_id = self.selected_plan_id()
        if plan_id is None:
            return None
        dialog = PriceChangeDialog(self.counter, plan_id, self)
        self._open(dialog)
        return dialog

    def discount_categories(self) -> DiscountCategoryDialog:
        dialog = DiscountCategoryDialog(self.counter, self)
        self._open(dialog)
        return dialog


# --- one plan -----------------------------------------------------------------------------------------------------


class TermRow:
    """One term length offered or not, with its long-term discount."""

    def __init__(self, months: int, offered: QCheckBox, discount: QSpinBox) -> None:
        self.months = months
        self.offered = offered
        self.discount = discount
        offered.toggled.connect(discount.setEnabled)
        discount.setEnabled(offered.isChecked())

    def option(self) -> TermOption | None:
        return TermOption(self.months, self.discount.value()) if self.offered.isChecked() else None


class PlanDialog(ServiceDialog):
    """A new plan with its first price, or an existing plan's terms (its price changes by date, elsewhere)."""

    def __init__(self, counter: Counter, plan_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.plan = plan_view(counter.db, plan_id, today=counter.today()) if plan_id is not None else None
        self.setWindowTitle(self.tr("New plan") if self.plan is None else self.tr("Edit plan"))
        self.name = QLineEdit()
        self.name.setMaxLength(PLAN_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Rental Premium"))
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 36)
        self.kind = QComboBox()
        for kind in PlanKind:
            self.kind.addItem(plan_kind_name(kind), kind)
        self.tier = QLineEdit()
        self.tier.setMaxLength(TIER_MAX)
        self.tier.setPlaceholderText(self.tr("e.g. Basic, Premium (optional)"))
        self.cadence = QComboBox()
        self.terms_box, self.term_rows = self._terms_box()
        self.trial_days = QSpinBox()
        self.trial_days.setRange(0, MAX_TRIAL_DAYS)
        self.trial_days.setSuffix(self.tr(" days"))
        self.trial_days.setSpecialValueText(self.tr("No free trial"))
        self.deposit = QLineEdit()
        self.deposit.setPlaceholderText(self.tr("e.g. 50,000"))
        self.monthly_price = QLineEdit()
        self.monthly_price.setPlaceholderText(self.tr("e.g. 39,000"))
        self.active = QCheckBox(self.tr("&Offered to new customers"))
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "name")
        self.errors.add_row(self.form, self.tr("&Kind"), self.kind, "kind")
        self.errors.add_row(self.form, self.tr("&Tier"), self.tier, "tier")
        self.errors.add_row(self.form, self.tr("&Delivery or swap"), self.cadence, "cadence")
        self.errors.add_row(self.form, self.tr("Ter&ms"), self.terms_box, "terms")
        self._buddy_terms()
        self.errors.add_row(self.form, self.tr("Free tr&ial"), self.trial_days, "trial_days")
        self.errors.add_row(self.form, self.tr("De&posit (won)"), self.deposit, "deposit")
        if self.plan is None:
            self.errors.add_row(self.form, self.tr("Monthly pri&ce (won)"), self.monthly_price, "monthly_price")
        else:
            self.form.addRow("", self.active)
            self.add_intro(
                self.tr(
                    "Contracts already signed keep the terms they were signed with. To change the price, "
                    "schedule a price change from the catalogue."
                )
            )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if self.plan is not None:
            self._fill(self.plan)
        else:
            self.active.setChecked(True)
            self.term_rows[0].offered.setChecked(True)
            self._kind_changed()
        self.name.setFocus()

    def _terms_box(self) -> tuple[QWidget, list[TermRow]]:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = []
        for index, months in enumerate(TERM_MONTHS):
            offered = QCheckBox(self.tr("{months} months").format(months=months))
            discount = QSpinBox()
            discount.setRange(0, MAX_TERM_DISCOUNT_PERCENT)
            discount.setSuffix(self.tr("% off"))
            discount.setAccessibleName(self.tr("Discount for {months} months").format(months=months))
            grid.addWidget(offered, index, 0)
            grid.addWidget(discount, index, 1)
            rows.append(TermRow(months, offered, discount))
        grid.setColumnStretch(2, 1)
        return box, rows

    def _buddy_terms(self) -> None:
        """The Terms label leads to the first check box (a plain widget cannot take the focus)."""
        row = self.terms_box.parentWidget()
        label = self.form.labelForField(row) if row is not None else None
        if isinstance(label, QLabel):
            label.setBuddy(self.term_rows[0].offered)

    def _fill(self, plan: PlanView) -> None:
        details = plan.details
        self.name.setText(details.name)
        _select_data(self.kind, details.kind)
        self._kind_changed()
        _select_data(self.cadence, details.cadence)
        self.tier.setText(details.tier)
        for row in self.term_rows:
            term = details.term(row.months)
            row.offered.setChecked(term is not None)
            row.discount.setValue(term.discount_percent if term else 0)
        self.trial_days.setValue(details.trial_days)
        self.deposit.setText(f"{details.deposit:,}" if details.deposit else "")
        self.active.setChecked(plan.active)

    def _kind(self) -> PlanKind:
        return PlanKind(str(_selected_data(self.kind)))

    def _kind_changed(self) -> None:
        kind = self._kind()
        previous = _selected_data(self.cadence)
        self.cadence.clear()
        for cadence in cadences_for(kind):
            self.cadence.addItem(cadence_name(cadence), cadence)
        if previous is not None:
            _select_data(self.cadence, previous)
        self.cadence.setEnabled(self.cadence.count() > 1)
        self.deposit.setEnabled(kind is PlanKind.RENTAL)

    def _terms(self) -> tuple[TermOption, ...]:
        return tuple(option for row in self.term_rows if (option := row.option()) is not None)

    def _amount(self, edit: QLineEdit, field: str, problems: list[FieldProblem], *, allow_zero: bool) -> int:
        if allow_zero and not edit.text().strip():
            return 0
        try:
            return parse_won(edit.text(), field=field, allow_zero=allow_zero)
        except ValidationError as error:
            problems.extend(error.problems)
            return 0

    def _details(self) -> tuple[PlanDetails, int]:
        """What the form says, and the first monthly price; every problem at once if something is wrong."""
        problems: list[FieldProblem] = []
        kind = self._kind()
        deposit = self._amount(self.deposit, "deposit", problems, allow_zero=True) if kind is PlanKind.RENTAL else 0
        price = self._amount(self.monthly_price, "monthly_price", problems, allow_zero=False) if not self.plan else 0
        details = PlanDetails(
            name=self.name.text(),
            kind=kind,
            tier=self.tier.text(),
            cadence=Cadence(str(_selected_data(self.cadence))),
            terms=self._terms(),
            trial_days=self.trial_days.value(),
            deposit=deposit,
        )
        if problems:
            try:  # the plan's own rules too, so the clerk sees everything in one go
                validate_plan(
                    name=details.name,
                    kind=details.kind,
                    tier=details.tier,
                    cadence=details.cadence,
                    terms=details.terms,
                    trial_days=details.trial_days,
                    deposit=details.deposit,
                )
            except ValidationError as error:
                problems.extend(error.problems)
            raise ValidationError(*problems)
        return details, price

    def submit(self) -> int:
        details, price = self._details()
        if self.plan is None:
            return create_plan(
                self.counter.db,
                staff_id=self.counter.staff.id,
                name=details.name,
                kind=details.kind,
                tier=details.tier,
                cadence=details.cadence,
                terms=details.terms,
                trial_days=details.trial_days,
                deposit=details.deposit,
                monthly_price=price,
                approval=self.approval,
                now=self.counter.now(),
            )
        update_plan(
            self.counter.db,
            staff_id=self.counter.staff.id,
            plan_id=self.plan.id,
            expected_version=self.plan.version,
            details=details,
            active=self.active.isChecked(),
            approval=self.approval,
            now=self.counter.now(),
        )
        return self.plan.id


# --- a price change -----------------------------------------------------------------------------------------------


def default_price_date(today: date, notice_days: int) -> date:
    """The first of a month, far enough ahead that subscribers renewing soon can still be told in time."""
    earliest = today + timedelta(days=notice_days)
    return earliest if earliest.day == 1 else add_months(earliest.replace(day=1), 1)


class PriceChangeDialog(ServiceDialog):
    """A new monthly price from a date; it reaches each subscriber at their renewal, so it shows whom and when."""

    def __init__(self, counter: Counter, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.plan = plan_view(counter.db, plan_id, today=counter.today())
        self.setWindowTitle(self.tr("Schedule a price change"))
        notice_days = subscription_settings(counter.db).price_notice_days
        self.add_intro(self._situation())
        self.monthly_price = QLineEdit()
        self.monthly_price.setPlaceholderText(self.tr("e.g. 42,000"))
        self.effective_from = date_edit(
            default_price_date(counter.today(), notice_days),
            today=counter.today(),
            field="effective_from",
            rule=check_effective_date,
        )
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. toy purchase costs up (optional)"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(self.preview.fontMetrics().averageCharWidth() * 50)
        self.errors.add_row(self.form, self.tr("New monthly &price (won)"), self.monthly_price, "monthly_price")
        date_message = self.errors.add_row(
            self.form, self.tr("&Takes effect on"), self.effective_from, "effective_from"
        )
        # The date field is narrow; its message under it takes the form's width rather than wrapping to the field's.
        date_row = date_message.parentWidget()
        assert date_row is not None
        date_row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.errors.add_row(self.form, self.tr("N&ote"), self.note, "note")
        self.form.addRow(self.tr("Who it reaches"), self.preview)
        # The preview reads every running contract: wait for a pause in the typing.
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        self.monthly_price.textChanged.connect(self.preview_timer.start)
        self.effective_from.dateChanged.connect(self.preview_timer.start)
        self.update_preview()
        self.monthly_price.setFocus()

    def _situation(self) -> str:
        details = self.plan.details
        now = won_text(self.plan.price.monthly_price) if self.plan.price else _DASH
        lines = [self.tr("{plan}: {price} a month today.").format(plan=details.name, price=now)]
        lines += [
            self.tr("Already scheduled: {price} from {date}.").format(
                price=won_text(p.monthly_price), date=day_text(p.effective_from)
            )
            for p in self.plan.scheduled_prices
        ]
        lines.append(
            self.tr(
                "Signed contracts keep their price until they are renewed; the new price reaches each "
                "subscriber at their renewal on or after the date, and they must be told beforehand."
            )
        )
        return "\n".join(lines)

    def update_preview(self) -> None:
        try:
            price = parse_won(self.monthly_price.text(), field="monthly_price", allow_zero=False)
        except ValidationError:
            self._show_reach(self.tr("Enter the new price to see whom it reaches."))
            return
        effective_from = self.effective_from.date()
        if effective_from is None:
            self.preview.setText(self.tr("Enter the day the price takes effect to see whom it reaches."))
            return
        try:
            check_price_start(effective_from, today=self.counter.today())
        except ValidationError as error:
            # Said while choosing; Save shows it beside the date.
            self._show_reach(problem_text(error.problems[0]))
            return
        preview = preview_price_change(
            self.counter.db,
            plan_id=self.plan.id,
            monthly_price=price,
            effective_from=effective_from,
            now=self.counter.now(),
        )
        if not preview.affected:
            self._show_reach(self.tr("No running contract renews while this price is in effect."))
            return
        text = self.tr(
            "{count} subscribers, each at their renewal. Tell them {days} days ahead; the first by {date}."
        ).format(count=preview.affected, days=preview.notice_days, date=day_text(preview.first_tell_by))
        if preview.too_late:
            text += " " + self.tr("{count} renew too soon to be told in time.").format(count=preview.too_late)
        self._show_reach(text)

    def _show_reach(self, text: str) -> None:
        self.preview.setText(text)
        self._fit()

    def _fit(self) -> None:
        """Grow (never shrink) in height to show a longer preview or a message beside a field in full."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def save(self) -> None:
        super().save()
        self._fit()

    def done(self, result: int) -> None:
        self.preview_timer.stop()  # no reading after the dialog is finished
        super().done(result)

    def submit(self) -> int:
        price = parse_won(self.monthly_price.text(), field="monthly_price", allow_zero=False)
        return schedule_price_change(
            self.counter.db,
            staff_id=self.counter.staff.id,
            plan_id=self.plan.id,
            monthly_price=price,
            effective_from=date_of(self.effective_from),
            note=self.note.text(),
            approval=self.approval,
            now=self.counter.now(),
        )


# --- discount categories ------------------------------------------------------------------------------------------


class DiscountCategoryDialog(ServiceDialog):
    """The discounts the shop grants by category; a new one is added below the list, which stays open."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Discount categories"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Discount"), self.tr("Evidence to see")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        caption = QLabel(self.tr("&Categories"))
        caption.setBuddy(self.table)
        heading = QLabel(self.tr("Add a category"))
        heading.setStyleSheet("font-weight: bold;")
        self.layout_.insertWidget(0, caption)
        self.layout_.insertWidget(1, self.table)
        self.layout_.insertWidget(2, heading)
        self.name = QLineEdit()
        self.name.setMaxLength(DISCOUNT_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Families with three or more children"))
        self.percent = QSpinBox()
        self.percent.setRange(1, MAX_DISCOUNT_PERCENT)
        self.percent.setValue(10)
        self.percent.setSuffix(self.tr("% of the monthly price"))
        self.evidence_hint = QLineEdit()
        self.evidence_hint.setMaxLength(EVIDENCE_MAX)
        self.evidence_hint.setPlaceholderText(self.tr("e.g. family relation certificate (optional)"))
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "name")
        self.errors.add_row(self.form, self.tr("&Discount"), self.percent, "percent")
        self.errors.add_row(self.form, self.tr("&Evidence to see"), self.evidence_hint, "evidence_hint")
        self.status = QLabel()
        self.layout_.insertWidget(self.layout_.indexOf(self.general_error), self.status)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        add = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert add is not None
        add.setText(self.tr("&Add"))
        self.resize(620, 480)
        self.reload()
        self.name.setFocus()

    def reload(self) -> None:
        categories = list_discount_categories(self.counter.db)
        self.table.setRowCount(len(categories))
        for row, category in enumerate(categories):
            for column, text in enumerate((category.name, f"{category.percent}%", category.evidence_hint)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def submit(self) -> int:
        self.status.clear()
        return create_discount_category(
            self.counter.db,
            staff_id=self.counter.staff.id,
            name=self.name.text(),
            percent=self.percent.value(),
            evidence_hint=self.evidence_hint.text(),
            approval=self.approval,
            now=self.counter.now(),
        )

    def accept(self) -> None:
        """An added category joins the list; the dialog stays for the next one (Close ends it)."""
        self.status.setText(self.tr("Added {name}.").format(name=" ".join(self.name.text().split())))
        self.reload()
        self.name.clear()
        self.evidence_hint.clear()
        self.name.setFocus()
