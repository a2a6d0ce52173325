"""The first start on a new database, page by page: the shop's details (only its name and the owner are needed now),
the owner's PIN, a starter plan catalogue or plans later, and the recovery code shown once to print.

Nothing is written until the plans page's "Open the shop": the shop, its owner signed in with their PIN, and the
chosen plans are created then; the last page shows the recovery code. The keyboard does it all: Tab between fields,
Enter for the next page (not on the page that creates the shop: that is its button, Alt+O), Alt+B back.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.first_start import (
    STARTER_PLANS,
    NewShop,
    StarterPlan,
    validate_new_shop,
    validate_starter_plans,
)
from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.person import EMAIL_MAX
from toysub_desktop.domain.plans import PLAN_NAME_MAX
from toysub_desktop.domain.shop import SHOP_ADDRESS_MAX, SHOP_NAME_MAX
from toysub_desktop.services.database import Database, DatabaseProblem
from toysub_desktop.services.first_start import add_starter_plans, open_new_shop
from toysub_desktop.services.staff import FirstPin, new_pin_hash
from toysub_desktop.ui.forms import ERROR_STYLE, WARNING_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.problems import problem_message
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.sign_in import RecoveryCodeView, pin_edit
from toysub_desktop.ui.text import cadence_name, plan_kind_name, problem_text, won_text

SHOP_PAGE, PIN_PAGE, PLANS_PAGE, DONE_PAGE = range(4)


def _wrapped(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def _scrolling_column(page: QWizardPage) -> QVBoxLayout:
    """The page's column of contents, scrolling inside the page when a small screen (150 %) or a message needs
    more height than the window has; the wizard's own buttons stay put."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return column


def _first_start(page: QWizardPage) -> FirstStartWizard:
    """The wizard *page* is in (asked of Qt rather than kept, so no page holds its wizard alive)."""
    wizard = page.wizard()
    assert isinstance(wizard, FirstStartWizard)
    return wizard


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


class ShopPage(QWizardPage):
    """상호 and 대표자 now; the registration number, address, phone and e-mail now or later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The shop"))
        self.setSubTitle(
            self.tr("Every contract names the seller. Only the shop's name and the owner are needed to begin.")
        )
        self.errors = FieldErrors()
        self.details: NewShop | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(SHOP_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. ToySub Mapo"))
        self.owner_name = QLineEdit()
        self.business_number = QLineEdit()
        self.business_number.setPlaceholderText("123-45-67890")
        self.address = QLineEdit()
        self.address.setMaxLength(SHOP_ADDRESS_MAX)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("02-123-4567")
        self.email = QLineEdit()
        self.email.setMaxLength(EMAIL_MAX)
        column = _scrolling_column(self)
        column.addWidget(_heading(self.tr("Needed now")))
        now = QFormLayout()
        self.errors.add_row(now, self.tr("&Shop name (trade name)"), self.name, "name")
        self.errors.add_row(now, self.tr("&Representative (owner)"), self.owner_name, "owner_name")
        column.addLayout(now)
        column.addWidget(_heading(self.tr("Can be entered later — needed before the first contract")))
        later = QFormLayout()
        self.errors.add_row(later, self.tr("B&usiness registration no."), self.business_number, "business_number")
        self.errors.add_row(later, self.tr("&Address"), self.address, "address")
        self.errors.add_row(later, self.tr("&Phone"), self.phone, "phone")
        self.errors.add_row(later, self.tr("&E-mail (optional)"), self.email, "email")
        column.addLayout(later)
        self._align(now, later)
        column.addStretch(1)

    @staticmethod
    def _align(*forms: QFormLayout) -> None:
        """Both forms' fields line up, whichever caption is longer."""
        captions: list[QWidget] = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                caption = item.widget() if item is not None else None
                if caption is not None:
                    captions.append(caption)
        width = max(caption.sizeHint().width() for caption in captions)
        for caption in captions:
            caption.setMinimumWidth(width)

    def initializePage(self) -> None:
        self.name.setFocus()

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            self.details = validate_new_shop(
                name=self.name.text(),
                owner_name=self.owner_name.text(),
                business_number=self.business_number.text(),
                address=self.address.text(),
                phone=self.phone.text(),
                email=self.email.text(),
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        return True


class PinPage(QWizardPage):
    """The owner's PIN, typed twice; the owner signs in with it from now on."""

    def __init__(self, shop_page: ShopPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_page = shop_page
        self.setTitle(self.tr("The owner's PIN"))
        self.errors = FieldErrors()
        self.pin = pin_edit()
        self.repeat_pin = pin_edit()
        column = _scrolling_column(self)
        self.intro = _wrapped("")
        column.addWidget(self.intro)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&PIN (4 to 8 digits)"), self.pin, "pin")
        self.errors.add_row(form, self.tr("&Repeat the PIN"), self.repeat_pin, "repeated_pin")
        column.addLayout(form)
        column.addStretch(1)

    def initializePage(self) -> None:
        details = self.shop_page.details
        owner = details.owner_name if details is not None else ""
        self.setSubTitle(self.tr("{owner} signs in at the counter with this PIN.").format(owner=owner))
        self.intro.setText(
            self.tr(
                "Choose a PIN of 4 to 8 digits that others at the counter cannot guess, and type it twice. "
                "When the shop is opened, a recovery code for a forgotten PIN is shown once, to print."
            )
        )
        self.pin.setFocus()

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            new_pin_hash(self.pin.text(), self.repeat_pin.text())
        except ValidationError as error:
            self.errors.show(error)
            if error.for_field("pin") is not None:
                self.pin.selectAll()
            else:
                self.repeat_pin.selectAll()
            return False
        return True


class _PlanRow:
    """One starter plan's editable name and monthly price, and what else it offers."""

    def __init__(self, plan: StarterPlan, index: int, page: PlansPage, grid: QGridLayout) -> None:
        self.plan = plan
        self.index = index
        self.name = QLineEdit(plan.name)
        self.name.setMaxLength(PLAN_NAME_MAX)
        self.price = QLineEdit(f"{plan.monthly_price:,}")
        self.price.setMaximumWidth(self.price.fontMetrics().averageCharWidth() * 14)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        terms = " / ".join(
            QCoreApplication.translate("PlansPage", "{months} months {percent}% off").format(
                months=t.months, percent=t.discount_percent
            )
            if t.discount_percent
            else QCoreApplication.translate("PlansPage", "{months} months").format(months=t.months)
            for t in plan.terms
        )
        extras = [plan_kind_name(plan.kind), cadence_name(plan.cadence), terms]
        if plan.deposit:
            extras.append(
                QCoreApplication.translate("PlansPage", "deposit {amount}").format(amount=won_text(plan.deposit))
            )
        if plan.trial_days:
            extras.append(QCoreApplication.translate("PlansPage", "{days}-day trial").format(days=plan.trial_days))
        self.summary = _wrapped(" · ".join(extras))
        self.message = make_message_label(ERROR_STYLE)
        row = 1 + index * 3
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.price, row, 1)
        grid.addWidget(self.summary, row + 1, 0, 1, 2)
        grid.addWidget(self.message, row + 2, 0, 1, 2)
        page.errors.bind(f"plans[{index}].name", self.name, self.message)
        page.errors.bind(f"plans[{index}].monthly_price", self.price, self.message)

    def edited(self) -> StarterPlan:
        """The plan as edited; a price that cannot be read is refused beside this plan."""
        try:
            price = parse_won(self.price.text(), field="monthly_price", allow_zero=False)
        except ValidationError as error:
            raise error.prefixed(f"plans[{self.index}]") from None
        return replace(self.plan, name=self.name.text(), monthly_price=price)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.name, self.price, self.summary):
            widget.setEnabled(enabled)


class PlansPage(QWizardPage):
    """A starter catalogue to edit, or plans later; its button creates the shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plans"))
        self.setSubTitle(self.tr("Every plan can be changed later under Shop › Plans and prices."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Open the shop"))
        self.errors = FieldErrors()
        self.choice = QButtonGroup(self)
        self.starter = QRadioButton(self.tr("Start with three sa&mple plans (name and monthly fee can be edited)"))
        self.later = QRadioButton(self.tr("No plans now: add or import them &later"))
        self.choice.addButton(self.starter)
        self.choice.addButton(self.later)
        self.starter.setChecked(True)
        column = _scrolling_column(self)
        column.addWidget(self.starter)
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.addWidget(QLabel(self.tr("Plan name")), 0, 0)
        grid.addWidget(QLabel(self.tr("Monthly fee (won)")), 0, 1)
        self.rows = [_PlanRow(plan, index, self, grid) for index, plan in enumerate(STARTER_PLANS)]
        column.addLayout(grid)
        column.addWidget(self.later)
        self.not_built = _wrapped(
            self.tr(
                "Importing plans from a spreadsheet is not built yet. Until it is, add plans one by one under "
                "Shop › Plans and prices."
            ),
            WARNING_STYLE,
        )
        self.not_built.setContentsMargins(24, 0, 0, 0)
        column.addWidget(self.not_built)
        self.general_error = make_message_label(ERROR_STYLE)
        self.errors.set_fallback(self.general_error)
        column.addWidget(self.general_error)
        column.addStretch(1)
        self.starter.toggled.connect(self._show_choice)
        self._show_choice()

    def _show_choice(self) -> None:
        for row in self.rows:
            row.set_enabled(self.starter.isChecked())

    def initializePage(self) -> None:
        self.starter.setFocus()

    def chosen_plans(self) -> tuple[StarterPlan, ...]:
        """The starter plans as edited (none when plans come later); problems beside the plan they are about."""
        if not self.starter.isChecked():
            return ()
        plans: list[StarterPlan] = []
        problems: list[FieldProblem] = []
        for row in self.rows:
            try:
                plans.append(row.edited())
            except ValidationError as error:
                problems.extend(error.problems)
        if problems:
            raise ValidationError(*problems)
        return tuple(plans)

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            _first_start(self).open_shop(self.chosen_plans())
        except ValidationError as error:
            self.errors.show(error)
            return False
        except DatabaseProblem as problem:
            self.general_error.setText(problem_message(problem))
            self.general_error.show()
            return False
        return True


class DonePage(QWizardPage):
    """The recovery code, shown this once to print, and what is left to enter before the first contract."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The shop is open"))
        self.setFinalPage(True)
        self.column = _scrolling_column(self)
        self.recovery: RecoveryCodeView | None = None
        self.summary = _wrapped("")
        self.to_do = _wrapped("", WARNING_STYLE)

    def initializePage(self) -> None:
        outcome = _first_start(self).outcome
        assert outcome is not None and outcome.recovery_code is not None
        self.setSubTitle(self.tr("{owner} is signed in.").format(owner=outcome.member.name))
        if self.recovery is None:
            self.recovery = RecoveryCodeView(outcome.recovery_code)
            self.column.addWidget(self.recovery)
            self.column.addWidget(self.recovery.print_button, 0, Qt.AlignmentFlag.AlignHCenter)
            # Enter finishes (the wizard's default button); printing is Alt+P, or Space on the focused button.
            self.recovery.print_button.setAutoDefault(False)
            self.column.addWidget(self.summary)
            self.column.addWidget(self.to_do)
            self.column.addStretch(1)
        self.summary.setText(self._summary())
        wizard = _first_start(self)
        details = wizard.shop_page.details
        missing = details.missing_for_documents if details is not None else ()
        self.to_do.setText(self._missing_text(missing))
        self.to_do.setVisible(bool(missing) or bool(wizard.plans_problem))
        self.recovery.print_button.setFocus()

    def _summary(self) -> str:
        plans = _first_start(self).plan_ids
        made = (
            self.tr("{count} plans were added; change them under Shop › Plans and prices.").format(count=len(plans))
            if plans
            else self.tr("No plans yet: add them under Shop › Plans and prices before the first sign-up.")
        )
        return made + " " + self.tr("Add staff under Shop › Add staff member.")

    def _missing_text(self, missing: tuple[str, ...]) -> str:
        lines: list[str] = []
        if missing:
            names = {
                "business_number": self.tr("business registration number"),
                "address": self.tr("address"),
                "phone": self.tr("phone"),
            }
            lines.append(
                self.tr(
                    "Before the first contract, enter the shop's {details} under Shop › Shop details; until "
                    "then a contract says what is missing and is not printed."
                ).format(details=", ".join(names[field] for field in missing))
            )
        if _first_start(self).plans_problem:
            lines.append(_first_start(self).plans_problem)
        return "\n".join(lines)


class FirstStartWizard(QWizard):
    """The first start on a new database; accepted once the shop is set up and its owner signed in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        #: The owner, signed in with their first PIN, and the recovery code; set when the shop is created.
        self.outcome: FirstPin | None = None
        self.plan_ids: list[int] = []
        #: Why the starter plans could not be added after the shop was created (shown on the last page).
        self.plans_problem = ""
        self.setWindowTitle(self.tr("Welcome to ToySub Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.shop_page = ShopPage()
        self.pin_page = PinPage(self.shop_page)
        self.plans_page = PlansPage()
        self.done_page = DonePage()
        for page_id, page in (
            (SHOP_PAGE, self.shop_page),
            (PIN_PAGE, self.pin_page),
            (PLANS_PAGE, self.plans_page),
            (DONE_PAGE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(SHOP_PAGE)
        letter = self.fontMetrics().horizontalAdvance("가")
        fit_size(self, QSize(letter * 50, letter * 42))
        keep_on_screen(self)

    def open_shop(self, plans: tuple[StarterPlan, ...]) -> None:
        """Create the shop, its owner (signed in with the PIN) and the chosen starter plans."""
        details = self.shop_page.details
        assert details is not None
        if plans:
            # Checked before the shop is created, so a wrong price is fixed on this page with nothing written.
            validate_starter_plans(plans)
        self.outcome = open_new_shop(
            self.db,
            name=details.name,
            owner_name=details.owner_name,
            business_number=details.business_number,
            address=details.address,
            phone=details.phone,
            email=details.email,
            pin=self.pin_page.pin.text(),
            repeated_pin=self.pin_page.repeat_pin.text(),
        )
        self.pin_page.pin.clear()
        self.pin_page.repeat_pin.clear()
        if plans:
            try:
                self.plan_ids = add_starter_plans(self.db, staff_id=self.outcome.member.id, plans=plans)
            except (ValidationError, DatabaseProblem) as error:
                self.plans_problem = self.tr("The sample plans could not be added: {reason}").format(
                    reason=problem_text(error.problems[0])
                    if isinstance(error, ValidationError)
                    else problem_message(error)
                )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.currentId() == PLANS_PAGE:
            # The page that writes takes its button (Alt+O), not a stray Enter.
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.outcome is not None:
            # The shop exists and its owner is signed in: closing the last page opens the counter.
            self.accept()
            return
        super().reject()
