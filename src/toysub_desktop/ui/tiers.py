"""Membership tiers (회원 등급): the settings dialog where the owner or a manager names the tiers, where each starts
and its benefits, and how a customer's standing reads on the card ("나무 · 12개월 이용 · 다음 등급 숲까지 6개월")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.tiers import (
    MAX_TIERS,
    TIER_NAME_MAX,
    MembershipTier,
    TierBasis,
    TierInput,
)
from toysub_desktop.services.tiers import TierSettings, tier_settings, update_tiers
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.settings_dialogs import hint_label
from toysub_desktop.ui.forms import ERROR_STYLE, make_message_label
from toysub_desktop.ui.text import won_text

# --- the settings dialog ----------------------------------------------------------------------------------------


class TierRow:
    """One tier's fields in the grid, and the message shown under them."""

    def __init__(self, grid: QGridLayout, index: int) -> None:
        row = 1 + 2 * index
        self.name = QLineEdit()
        self.name.setMaxLength(TIER_NAME_MAX + 10)  # a longer paste is refused with its limit, not cut silently
        self.threshold = QLineEdit()
        self.percent = QLineEdit()
        self.priority = QCheckBox(QCoreApplication.translate("TierSettingsDialog", "Priority"))
        for column, widget in enumerate((self.name, self.threshold, self.percent, self.priority)):
            grid.addWidget(widget, row, column)
        self.message = make_message_label(ERROR_STYLE)
        grid.addWidget(self.message, row + 1, 0, 1, 4)

    def fill(self, tier: MembershipTier, basis: TierBasis) -> None:
        self.name.setText(tier.name)
        self.threshold.setText(won_text(tier.threshold) if basis is TierBasis.SPEND else str(tier.threshold))
        self.percent.setText(str(tier.discount_percent))
        self.priority.setChecked(tier.priority_reservations)

    def typed(self) -> TierInput:
        return TierInput(self.name.text(), self.threshold.text(), self.percent.text(), self.priority.isChecked())


class TierSettingsDialog(ServiceDialog):
    """The shop's membership tiers: the basis, and up to six tiers with where each starts and its benefits."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Membership tiers"))
        self.settings: TierSettings = tier_settings(counter.db)
        rules = self.settings.rules
        if counter.staff.role is StaffRole.CLERK:
            self.add_intro(
                self.tr(
                    "Changing the tiers needs a manager or the owner: one of them approves with their PIN when you "
                    "save."
                )
            )
        bases = QWidget()
        column = QVBoxLayout(bases)
        column.setContentsMargins(0, 0, 0, 0)
        self.basis_buttons = QButtonGroup(self)
        self.basis_choice: dict[TierBasis, QRadioButton] = {}
        for basis, text in (
            (TierBasis.TENURE, self.tr("T&enure: whole months since the first subscription started")),
            (TierBasis.SPEND, self.tr("S&pend: won paid, net of refunds, over the last 12 months")),
        ):
            button = QRadioButton(text)
            self.basis_buttons.addButton(button)
            self.basis_choice[basis] = button
            column.addWidget(button)
        self.basis_choice[rules.basis].setChecked(True)
        self.errors.add_row(self.form, self.tr("Tiers are measured by:"), bases, "basis")
        tiers = QWidget()
        grid = QGridLayout(tiers)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.threshold_heading = QLabel()
        for column_index, heading in enumerate(
            (
                QLabel(self.tr("Name")),
                self.threshold_heading,
                QLabel(self.tr("Discount (%)")),
                QLabel(self.tr("Reservations")),
            )
        ):
            grid.addWidget(heading, 0, column_index)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        self.rows = [TierRow(grid, index) for index in range(MAX_TIERS)]
        for index, row in enumerate(self.rows):
            for field, widget in (("name", row.name), ("threshold", row.threshold), ("discount_percent", row.percent)):
                self.errors.bind(f"tiers[{index}].{field}", widget, row.message)
        for row, tier in zip(self.rows, rules.tiers, strict=False):
            row.fill(tier, rules.basis)
        tiers_caption = QLabel(self.tr("&Tiers:"))
        tiers_caption.setBuddy(self.rows[0].name)
        self.form.addRow(tiers_caption, tiers)
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "Each tier starts where its threshold is reached and lasts until the next; leave a row empty to "
                    "drop it. A tier's discount comes off every cycle fee that starts once the customer has reached "
                    "the tier, after the contract's own discounts, rounded down to the won; charges already billed "
                    "never change. Priority reservations put the customer's children first in a toy's queue."
                )
            ),
        )
        for button in self.basis_choice.values():
            button.toggled.connect(self._show_unit)
        self._show_unit()
        self.rows[0].name.setFocus()
        self.resize(max(self.sizeHint().width(), 680), self.sizeHint().height())

    def chosen_basis(self) -> TierBasis:
        return next(basis for basis, button in self.basis_choice.items() if button.isChecked())

    def _show_unit(self) -> None:
        spend = self.chosen_basis() is TierBasis.SPEND
        self.threshold_heading.setText(self.tr("Starts at (won)") if spend else self.tr("Starts at (months)"))

    def submit(self) -> None:
        update_tiers(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            basis=self.chosen_basis(),
            rows=[row.typed() for row in self.rows],
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )
