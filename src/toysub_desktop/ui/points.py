"""적립금 (points) at the counter: the customer's balance and history, points granted with a reason, points used to
pay part of a charge (a discount, not a payment), voids; the shop's points settings; and the referral counts
(추천 현황) per customer and per month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.points import (
    EARN_PERCENT_MAX,
    EXPIRY_MONTHS_MAX,
    POINTS_REASON_MAX,
    REFERRAL_REWARD_MAX,
    PointsKind,
    earning_since_after_change,
    parse_points,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.points import (
    OpenCharge,
    PointsLine,
    PointsSettings,
    PointsView,
    grant_points,
    points_settings,
    points_view,
    spend_points,
    update_points_settings,
    void_points,
)
from toysub_desktop.services.referrals import ReferrerCount, referral_counts, referrals_per_month
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import history_table
from toysub_desktop.ui.ledger_text import entry_name, void_reason_text
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.text import day_text, won_text, words

#: Each history row's points entry id.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_KIND_NAMES = {
    PointsKind.EARNED: QT_TRANSLATE_NOOP("Words", "Earned (paid month)"),
    PointsKind.REFERRAL: QT_TRANSLATE_NOOP("Words", "Referral"),
    PointsKind.GRANTED: QT_TRANSLATE_NOOP("Words", "Granted by the shop"),
    PointsKind.SPENT: QT_TRANSLATE_NOOP("Words", "Used"),
    PointsKind.EXPIRED: QT_TRANSLATE_NOOP("Words", "Expired"),
}


def points_text(points: int) -> str:
    """ "3,000P"."""
    return words(QT_TRANSLATE_NOOP("Words", "{points}P")).format(points=f"{points:,}")


def kind_text(line: PointsLine) -> str:
    text = words(_KIND_NAMES[line.kind])
    if line.charge_due_on is not None:
        text += " · " + words(QT_TRANSLATE_NOOP("Words", "fee due {date}")).format(date=day_text(line.charge_due_on))
    if line.other_customer:
        text += f" · {line.other_customer}"
    if line.reason:
        text += f" · {line.reason}"
    return text


def charge_choice_text(charge: OpenCharge) -> str:
    return words(QT_TRANSLATE_NOOP("Words", "{kind} due {date}, unpaid {amount}")).format(
        kind=entry_name(charge.kind), date=day_text(charge.due_on), amount=won_text(charge.open)
    )


class PointsWindow(QDialog):
    """The customer's points: the balance usable today (expired points never in it), every entry newest first
    (voided ones greyed, with the reason), and the steps: grant, use against a charge, void."""

    def __init__(self, counter: Counter, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.customer_id = customer_id
        self.view: PointsView | None = None
        self.setWindowTitle(self.tr("Points"))
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.history = history_table(
            [self.tr("Date"), self.tr("What"), self.tr("Points"), self.tr("Recorded"), self.tr("Status")]
        )
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.grant_button = QPushButton(self.tr("&Grant points…"))
        self.grant_button.clicked.connect(self.grant)
        self.spend_button = QPushButton(self.tr("&Use points for a charge…"))
        self.spend_button.clicked.connect(self.spend)
        self.void_button = QPushButton(self.tr("&Void entry…"))
        self.void_button.clicked.connect(self.void)
        buttons = QHBoxLayout()
        for button in (self.spend_button, self.grant_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.history, 1)
        layout.addWidget(close)
        fit_size(self, QSize(820, 520))
        keep_on_screen(self)
        self.reload()
        self.spend_button.setFocus()

    def reload(self) -> None:
        try:
            self.view = points_view(self.counter.db, self.customer_id, today=self.counter.today())
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        view = self.view
        self.header.setText(
            f"<h2>{escape(view.customer_name)}</h2><b>"
            + self.tr("Points balance: {points}").format(points=points_text(view.balance))
            + "</b> · "
            + self.tr("1 point = 1 won; used points are a discount on the charge, not a payment.")
        )
        self.history.setRowCount(len(view.history))
        for row, line in enumerate(view.history):
            cells = [
                day_text(line.entry_on),
                kind_text(line),
                ("+" if line.kind.adds else "−") + points_text(line.points),
                line.recorded_by,
                self.tr("Voided: {why}").format(why=void_reason_text(line.void_reason)) if line.voided else "",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ENTRY_ID_ROLE, line.id)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.voided:
                    font = item.font()
                    font.setStrikeOut(column == 2)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.gray)
                self.history.setItem(row, column, item)
        self._update_buttons()

    def selected_line(self) -> PointsLine | None:
        items = self.history.selectedItems()
        if not items or self.view is None:
            return None
        entry_id = items[0].data(ENTRY_ID_ROLE)
        return next((line for line in self.view.history if line.id == entry_id), None)

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.void_button.setEnabled(line is not None and not line.voided and line.kind is not PointsKind.EXPIRED)
        view = self.view
        self.spend_button.setEnabled(view is not None and view.balance > 0 and bool(view.open_charges))

    def grant(self) -> None:
        if self.view is not None and GrantPointsDialog(self.counter, self.view, self).exec():
            self.reload()

    def spend(self) -> None:
        if self.view is not None and SpendPointsDialog(self.counter, self.view, self).exec():
            self.reload()

    def void(self) -> None:
        line = self.selected_line()
        if line is not None and VoidPointsDialog(self.counter, line, self).exec():
            self.reload()


class GrantPointsDialog(ServiceDialog):
    """Points the shop gives, with the reason (a manager or the owner, or with their PIN)."""

    def __init__(self, counter: Counter, view: PointsView, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Grant points"))
        self.view = view
        self.add_intro(
            self.tr("Points for {name}. They count like cash against a later charge.").format(name=view.customer_name)
        )
        self.points = QLineEdit()
        self.points.setMaxLength(12)
        self.errors.add_row(self.form, self.tr("&Points"), self.points, "points")
        self.reason = QLineEdit()
        self.reason.setMaxLength(POINTS_REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. apology for a late box"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.points.setFocus()

    def submit(self) -> object:
        points = parse_points(self.points.text(), field="points")
        return grant_points(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.view.customer_id,
            points=points,
            reason=self.reason.text(),
            approval=self.approval,
            now=self.counter.now(),
        )


class SpendPointsDialog(ServiceDialog):
    """Points pay part of one open charge: at most the balance and what is unpaid of it."""

    def __init__(self, counter: Counter, view: PointsView, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Use points"))
        self.view = view
        self.add_intro(
            self.tr(
                "{name} has {points}. Points used are shown as a discount on the statement, not as a payment."
            ).format(name=view.customer_name, points=points_text(view.balance))
        )
        self.charge = QComboBox()
        for charge in view.open_charges:
            self.charge.addItem(charge_choice_text(charge), charge.id)
        self.errors.add_row(self.form, self.tr("&Charge"), self.charge, "charge")
        self.points = QLineEdit()
        self.points.setMaxLength(12)
        self.errors.add_row(self.form, self.tr("&Points to use"), self.points, "points")
        self.charge.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.points.setFocus()
        self.points.selectAll()

    def selected_charge(self) -> OpenCharge | None:
        charge_id = self.charge.currentData()
        return next((c for c in self.view.open_charges if c.id == charge_id), None)

    def _suggest(self) -> None:
        charge = self.selected_charge()
        if charge is not None:
            self.points.setText(str(min(self.view.balance, charge.open)))
            self.points.selectAll()

    def submit(self) -> object:
        problems = ProblemCollector()
        points = 0
        with problems.checking():
            points = parse_points(self.points.text(), field="points")
        problems.raise_if_any()
        charge = self.selected_charge()
        return spend_points(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.view.customer_id,
            charge_id=charge.id if charge is not None else 0,
            points=points,
            now=self.counter.now(),
        )


class VoidPointsDialog(ServiceDialog):
    """Void a mistaken points entry with a reason; refused when the points are already spent."""

    def __init__(self, counter: Counter, line: PointsLine, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Void a points entry"))
        self.line = line
        self.add_intro(
            self.tr("{what}, {points}, {date}. It stays in the history, marked as voided with the reason.").format(
                what=kind_text(line), points=points_text(line.points), date=day_text(line.entry_on)
            )
        )
        self.reason = QLineEdit()
        self.reason.setMaxLength(POINTS_REASON_MAX)
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.reason.setFocus()

    def submit(self) -> object:
        return void_points(
            self.counter.db,
            staff_id=self.counter.staff.id,
            entry_id=self.line.id,
            reason=self.reason.text(),
            approval=self.approval,
            now=self.counter.now(),
        )


class PointsSettingsDialog(ServiceDialog):
    """The percent of a fully paid monthly fee earned as points, the referral rewards, and the expiry (the owner).
    Beside the percent, from which day points are earned — as saved, or as the percent typed would make it: turned
    on, from today, and the payments before it earn nothing."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Points settings"))
        self.settings: PointsSettings = points_settings(counter.db)
        rules = self.settings.rules
        self.earn_percent = self._field(
            str(rules.earn_percent), self.tr("&Earned per paid month (% of the fee)"), "earn_percent"
        )
        self._hint(
            self.tr("0 to {maximum} %. Earned once when a month's fee is fully paid, however it was paid.").format(
                maximum=EARN_PERCENT_MAX
            )
        )
        self.earning_from = QLabel()
        self.earning_from.setWordWrap(True)
        self.form.addRow("", self.earning_from)
        self.earn_percent.textChanged.connect(self._show_earning_from)
        self._show_earning_from()
        self.referrer_reward = self._field(
            str(rules.referrer_reward), self.tr("Reward to the &referrer (points)"), "referrer_reward"
        )
        self.referred_reward = self._field(
            str(rules.referred_reward), self.tr("Reward to the &new customer (points)"), "referred_reward"
        )
        self._hint(self.tr("Given to both when the new customer's first subscription is signed with the code."))
        self.expiry_months = self._field(str(rules.expiry_months), self.tr("E&xpire after (months)"), "expiry_months")
        self._hint(
            self.tr("0 to {maximum}; 0: never. The oldest points are used first.").format(maximum=EXPIRY_MONTHS_MAX)
        )
        self.earn_percent.setFocus()

    def _show_earning_from(self) -> None:
        """From which day points are earned once saved with the percent as typed (as saved while it is not a
        number)."""
        rules = self.settings.rules
        try:
            typed = parse_points(self.earn_percent.text(), field="earn_percent", allow_zero=True)
        except ValidationError:
            typed = rules.earn_percent
        since = rules.earning_since if rules.earn_percent > 0 else None
        today = self.counter.today()
        after = earning_since_after_change(
            percent_before=rules.earn_percent, percent_after=typed, since=since, today=today
        )
        if after is None and since is None:
            text = self.tr(
                "Points are not earned now. Turned on, they are earned from that day: payments made before it earn "
                "none."
            )
        elif after is None:
            text = self.tr(
                "Saved at 0, earning stops: fees paid off while it is off never earn, and turned on again it earns "
                "from that day."
            )
        elif since is None:
            text = self.tr(
                "Saved, points are earned from today, {day}. Fees paid off before it earn none, not even at the "
                "customer's next payment."
            ).format(day=day_text(after))
        else:
            text = self.tr("Points are earned from {day}: fees paid off before that day earn none.").format(
                day=day_text(after)
            )
        self.earning_from.setText(text)

    def _field(self, value: str, label: str, field: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setMaxLength(len(str(REFERRAL_REWARD_MAX)) + 2)
        self.errors.add_row(self.form, label, edit, field)
        return edit

    def _hint(self, text: str) -> None:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        self.form.addRow("", hint)

    def submit(self) -> object:
        problems = ProblemCollector()
        values: dict[str, int] = {}
        for field, edit in (
            ("earn_percent", self.earn_percent),
            ("referrer_reward", self.referrer_reward),
            ("referred_reward", self.referred_reward),
            ("expiry_months", self.expiry_months),
        ):
            with problems.checking():
                values[field] = parse_points(edit.text(), field=field, allow_zero=True, maximum=REFERRAL_REWARD_MAX)
        problems.raise_if_any()
        update_points_settings(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
            **values,
        )
        return None


# --- referral counts ------------------------------------------------------------------------------------------

NAME, NUMBER, REFERRALS, LAST = range(4)


class ReferrersModel(PagedTableModel[ReferrerCount]):
    headers = (
        QT_TRANSLATE_NOOP("ReferrersModel", "Referrer"),
        QT_TRANSLATE_NOOP("ReferrersModel", "Customer no."),
        QT_TRANSLATE_NOOP("ReferrersModel", "Referrals"),
        QT_TRANSLATE_NOOP("ReferrersModel", "Latest"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._other_role), parent)
        self._counter = counter

    def _fetch(self, after: ReferrerCount | None, limit: int) -> tuple[Sequence[ReferrerCount], bool]:
        return referral_counts(self._counter.db, after=after, limit=limit)

    def _display(self, row: ReferrerCount, column: int) -> str:
        if column == NAME:
            return row.name
        if column == NUMBER:
            return row.customer_number
        if column == REFERRALS:
            return f"{row.referrals:,}"
        if column == LAST:
            return day_text(row.last_on)
        return ""

    def _other_role(self, _row: ReferrerCount, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REFERRALS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class ReferralsWindow(QDialog):
    """추천 현황: who brought how many customers (most first), and how many signed with a referral each month of the
    last year. Enter on a referrer shows them on the card (``customerChosen``)."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Referrals"))
        self.model = ReferrersModel(counter, self)
        self.list = list_view(self.model, stretch_column=NAME)
        self.list.activated.connect(self._chosen)
        referrers = QGroupBox(self.tr("Referrers (Enter shows one on the card)"))
        QVBoxLayout(referrers).addWidget(self.list)
        today = counter.today()
        first = add_months(today.replace(day=1), -11)
        self.months = history_table([self.tr("Month"), self.tr("Customers referred")], minimum_height=120)
        per_month = QGroupBox(self.tr("Per month"))
        QVBoxLayout(per_month).addWidget(self.months)
        row = QHBoxLayout()
        row.addWidget(referrers, 3)
        row.addWidget(per_month, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        fit_size(self, QSize(900, 520))
        keep_on_screen(self)
        try:
            self.model.reload()
            self._fill_months(first, today)
        except DatabaseProblem as problem:
            show_problem(problem, self)
        self.list.setFocus()

    def _fill_months(self, first: date, last: date) -> None:
        counts = referrals_per_month(self.counter.db, first=first, last=last)
        self.months.setRowCount(len(counts))
        for index, (month, count) in enumerate(reversed(counts)):
            self.months.setItem(
                index, 0, QTableWidgetItem(self.tr("{year}-{month}").format(year=month.year, month=month.month))
            )
            item = QTableWidgetItem(f"{count:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.months.setItem(index, 1, item)

    def _chosen(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        customer_id = self.model.id_at(rows[0].row()) if rows else None
        if customer_id is not None:
            self.customerChosen.emit(customer_id)
            self.accept()
