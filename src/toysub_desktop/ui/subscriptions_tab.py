"""The Subscriptions tab: the daily lists, filters, the fast list, one subscription's panel, and its actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.deposits import deposit_refund_view
from toysub_desktop.services.ledger import subscription_account
from toysub_desktop.services.plans import list_plans, plan_view
from toysub_desktop.services.subscriptions import (
    SubscriptionFilter,
    SubscriptionView,
    count_subscriptions,
    newest_event_id,
    subscription_view,
)
from toysub_desktop.ui.actions import action_button
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog, no_plans_yet
from toysub_desktop.ui.dialogs.subscription_dialogs import (
    CancelDialog,
    ChangePlanDialog,
    PauseDialog,
    RenewDialog,
    ResumeDialog,
    SkipDeliveryDialog,
    SubscriptionDialog,
)
from toysub_desktop.ui.paged_model import list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.segment_box import SegmentBox
from toysub_desktop.ui.subscription_list_model import CUSTOMER, SubscriptionListModel
from toysub_desktop.ui.subscription_panel import SubscriptionPanel
from toysub_desktop.ui.text import plan_kind_name, state_name

#: The daily lists: a label, then what they set on the filters (end filter key, state).
TRIAL_DAYS_AHEAD = 7
_RUNNING = (SubscriptionState.TRIAL, SubscriptionState.ACTIVE, SubscriptionState.PAUSED)


class SubscriptionsTab(QWidget):
    """Emits ``customerChosen(id)`` when the clerk asks to see a subscription's customer."""

    customerChosen = Signal(int)
    #: The tab was shown for the first time and has read its lists.
    firstShown = Signal()
    #: A new contract was signed (a sign-up or a renewal): its subscription id.
    signedUp = Signal(int)
    #: A subscription changed (signed, paused, cancelled…): its deliveries may have moved.
    changed = Signal()
    #: What an action did and charged, for the status bar.
    reported = Signal(str)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.state: ChoiceBox[SubscriptionState | None] = ChoiceBox()
        self.state.add(self.tr("All states"), None)
        for state in SubscriptionState:
            self.state.add(state_name(state), state)
        self.kind: ChoiceBox[PlanKind | None] = ChoiceBox()
        self.kind.add(self.tr("All kinds"), None)
        for kind in PlanKind:
            self.kind.add(plan_kind_name(kind), kind)
        self.plan: ChoiceBox[int | None] = ChoiceBox()
        self.ending: ChoiceBox[tuple[str, int] | None] = ChoiceBox()
        self.ending.add(self.tr("Any end date"), None)
        self.ending.add(
            self.tr("Trial ends within {days} days").format(days=TRIAL_DAYS_AHEAD), ("trial", TRIAL_DAYS_AHEAD)
        )
        for days in (30, 60, 90):
            self.ending.add(self.tr("Ends within {days} days").format(days=days), ("end", days))
        self.customer_only = QPushButton()
        self.customer_only.setToolTip(self.tr("Show every customer's subscriptions again"))
        self.customer_only.clicked.connect(self.clear_customer)
        self.customer_only.hide()
        self._customer_id: int | None = None
        #: Who a new subscription is for when the clerk has not said (the main window's selected customer).
        self.default_customer: Callable[[], int | None] = lambda: None

        #: Only the contracts of a saved segment's customers.
        self.segment = SegmentBox(counter, with_count=False)
        filters = QHBoxLayout()
        combo: QWidget
        for caption, combo in (
            (self.tr("St&ate:"), self.state),
            (self.tr("&Kind:"), self.kind),
            (self.tr("Pla&n:"), self.plan),
            (self.tr("&Ending:"), self.ending),
            (self.tr("Se&gment:"), self.segment),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.customer_only)
        filters.addStretch(1)

        self.daily: dict[str, QPushButton] = {}
        daily_row = QHBoxLayout()
        daily_row.addWidget(QLabel(self.tr("Daily lists:")))
        for key, on_click in (
            ("trials", lambda: self.show_list(ending=("trial", TRIAL_DAYS_AHEAD))),
            ("ending30", lambda: self.show_list(ending=("end", 30))),
            ("ending90", lambda: self.show_list(ending=("end", 90))),
            ("paused", lambda: self.show_list(state=SubscriptionState.PAUSED)),
            ("all", lambda: self.show_list()),
        ):
            button = QPushButton()
            button.clicked.connect(on_click)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            daily_row.addWidget(button)
            self.daily[key] = button
        self.price_notices = QPushButton()
        self.price_notices.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        daily_row.addWidget(self.price_notices)
        daily_row.addStretch(1)

        self.model = SubscriptionListModel(counter, self)
        self.list = list_view(self.model, stretch_column=CUSTOMER)
        self.panel = SubscriptionPanel()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.actions_: dict[str, QAction] = {}
        self.menu = QMenu(self.tr("Su&bscription"), self)
        buttons = QHBoxLayout()
        self._build_actions(buttons)

        list_column = QWidget()
        inner = QVBoxLayout(list_column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.list, 1)
        inner.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(list_column)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addLayout(daily_row)
        column.addLayout(filters)
        column.addLayout(buttons)
        column.addWidget(splitter, 1)

        self._fill_plans()
        for combo in (self.state, self.kind, self.plan, self.ending):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.segment.segmentChanged.connect(lambda _id: self.apply_filters())
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.activated.connect(lambda _index: self.panel.setFocus())
        #: The list and its counts are read when the tab is first shown, not while the window opens.
        self._loaded = False

    # --- actions ------------------------------------------------------------------------------------------------

    def _build_actions(self, row: QHBoxLayout) -> None:
        definitions: list[tuple[str, str, str | None, Callable[[], None]]] = [
            ("new", self.tr("&New subscription"), "Ctrl+Shift+N", self.new_subscription),
            ("print", self.tr("P&rint contract"), "Ctrl+P", self.print_contract),
            ("pause", self.tr("&Pause"), None, self.pause),
            ("resume", self.tr("Res&ume"), None, self.resume),
            ("skip", self.tr("S&kip a delivery"), None, self.skip),
            ("plan", self.tr("Change p&lan"), None, self.change_plan),
            ("cancel", self.tr("&Cancel subscription"), None, self.cancel),
            ("renew", self.tr("Rene&w"), None, self.renew),
            ("customer", self.tr("Sh&ow customer"), None, self.show_customer),
            ("documents", self.tr("Printed &documents…"), None, self.show_documents),
            ("deposit", self.tr("Deposit re&fund…"), None, self.refund_deposit),
        ]
        #: Only in the menu, so the row of buttons fits a small screen at 150 %.
        menu_only = {"documents", "deposit"}
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in definitions:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.menu.addAction(action)
            self.actions_[key] = action
            if key in menu_only:
                continue
            self.buttons[key] = action_button(action)
            row.addWidget(self.buttons[key])
        row.addStretch(1)

    def _update_actions(self) -> None:
        view = self.panel.view
        today = self.counter.today()
        open_ = view is not None and view.timeline.cancelled_on is None and view.timeline.end >= today
        upcoming_pause = view is not None and any(p.last >= today for p in view.timeline.pauses)
        enabled = {
            "new": True,
            "print": view is not None,
            "pause": open_,
            "resume": open_ and upcoming_pause,
            "skip": open_ and view is not None and view.kind is PlanKind.BOX,
            "plan": open_,
            "cancel": open_,
            "renew": view is not None and view.timeline.cancelled_on is None and view.renewed_by_id is None,
            "customer": view is not None,
            "documents": view is not None,
            # The deposit is given back once the contract has ended.
            "deposit": view is not None and view.timeline.last_service_day <= today,
        }
        for key, action in self.actions_.items():
            action.setEnabled(enabled[key])
            if key in self.buttons:
                self.buttons[key].setEnabled(enabled[key])

    # --- filters and lists --------------------------------------------------------------------------------------

    def _fill_plans(self) -> None:
        current = self.plan.value()
        self.plan.blockSignals(True)
        self.plan.clear_choices()
        self.plan.add(self.tr("All plans"), None)
        for plan in list_plans(self.counter.db, include_inactive=True, today=self.counter.today()):
            self.plan.add(plan.details.name, plan.id)
        self.plan.set_value(current)
        self.plan.blockSignals(False)

    def filters(self) -> SubscriptionFilter:
        ending = self.ending.value()
        return SubscriptionFilter(
            state=self.state.value(),
            kind=self.kind.value(),
            plan_id=self.plan.value(),
            customer_id=self._customer_id,
            ending_within_days=ending[1] if ending and ending[0] == "end" else None,
            trial_ending_within_days=ending[1] if ending and ending[0] == "trial" else None,
            segment_id=self.segment.segment_id(),
        )

    def show_list(self, *, state: SubscriptionState | None = None, ending: tuple[str, int] | None = None) -> None:
        """One of the daily lists: every other filter is cleared."""
        self._customer_id = None
        self.customer_only.hide()
        for combo in (self.state, self.kind, self.plan, self.ending):
            combo.blockSignals(True)
        self.state.set_value(state)
        self.kind.setCurrentIndex(0)
        self.plan.setCurrentIndex(0)
        self.ending.set_value(ending)
        self.segment.reset()
        for combo in (self.state, self.kind, self.plan, self.ending):
            combo.blockSignals(False)
        self.apply_filters()
        self.list.setFocus()

    def show_customer_subscriptions(self, customer_id: int, name: str) -> None:
        self._customer_id = customer_id
        self.customer_only.setText(self.tr("Customer: {name} ✕").format(name=name))
        self.customer_only.show()
        self.apply_filters()

    def clear_customer(self) -> None:
        self._customer_id = None
        self.customer_only.hide()
        self.apply_filters()

    def apply_filters(self) -> None:
        selected = self.current_id()
        self._guard(lambda: self.model.set_filters(self.filters()))
        self.empty.setText(self.tr("No subscription matches these filters."))
        if self.model.rowCount() == 0 and self.plan.count() <= 1:  # only "all plans": the shop has none yet
            self.empty.setText(no_plans_yet())
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_counts()
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.list.selectRow(row)
        else:
            self.panel.show_subscription(None)
        self._update_actions()

    def _update_counts(self) -> None:
        def count(**filters: object) -> int:
            return count_subscriptions(self.counter.db, SubscriptionFilter(**filters), today=self.counter.today())  # type: ignore[arg-type]

        try:
            texts = {
                "trials": self.tr("Trials ending ({count})").format(
                    count=count(trial_ending_within_days=TRIAL_DAYS_AHEAD)
                ),
                "ending30": self.tr("Ending in 30 days ({count})").format(count=count(ending_within_days=30)),
                "ending90": self.tr("Ending in 90 days ({count})").format(count=count(ending_within_days=90)),
                "paused": self.tr("Paused ({count})").format(count=count(state=SubscriptionState.PAUSED)),
                "all": self.tr("All subscriptions"),
            }
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        for key, text in texts.items():
            self.daily[key].setText(text)

    def set_price_notice_count(self, count: int) -> None:
        self.price_notices.setText(self.tr("Price changes to tell ({count})").format(count=count))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.apply_filters()
            self.firstShown.emit()

    def refresh(self) -> None:
        if not self._loaded:
            return  # read when first shown
        self._fill_plans()
        self.apply_filters()

    # --- selection ----------------------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.model.subscription_id(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_subscription(self.current_id())

    def show_subscription(self, subscription_id: int | None) -> None:
        if subscription_id is None:
            self.panel.show_subscription(None)
        else:
            self._guard(
                lambda: self.panel.show_subscription(
                    subscription_view(self.counter.db, subscription_id, today=self.counter.today())
                )
            )
            self._guard(
                lambda: self.panel.show_account(
                    subscription_account(self.counter.db, subscription_id, today=self.counter.today())
                )
            )
        self._update_actions()

    def select_subscription(self, subscription_id: int) -> None:
        self.ensure_loaded()
        row = self.model.row_of(subscription_id)
        if row is None:
            view = subscription_view(self.counter.db, subscription_id, today=self.counter.today())
            self.show_list()
            self.show_customer_subscriptions(view.customer_id, view.customer_name)
            row = self.model.row_of(subscription_id)
        if row is not None:
            self.list.selectRow(row)
            self.list.scrollTo(self.model.index(row, 0))
        self.show_subscription(subscription_id)

    def _guard(self, work: Callable[[], None]) -> None:
        try:
            work()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    # --- the actions' slots -------------------------------------------------------------------------------------

    def _after(self, dialog: QDialog, *, select: int | None = None) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self._report(dialog)
            self.changed.emit()
            chosen = select if select is not None else self.current_id()
            self.refresh()
            if chosen is not None:
                self.select_subscription(chosen)
            self._offer_confirmation(dialog)
        return accepted

    def _offer_confirmation(self, dialog: QDialog) -> None:
        """After a pause, resume, plan change, cancellation or renewal, the customer usually takes a signed paper
        home: offer to print its confirmation at once."""
        if not isinstance(dialog, SubscriptionDialog) or dialog.confirmed_as is None:
            return
        try:
            event_id = newest_event_id(self.counter.db, dialog.view.id, dialog.confirmed_as)
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        if event_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Change recorded"),
            self.tr("Print a confirmation of this change for the customer to sign?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            from toysub_desktop.ui.printing import show_subscription_change  # Qt PDF loads when first needed

            show_subscription_change(self.counter, event_id, self)

    def new_subscription(self, customer_id: int | None = None) -> None:
        if customer_id is None:
            customer_id = self.default_customer()
        dialog = SignUpDialog(self.counter, customer_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self.changed.emit()
            self.refresh()
            self.select_subscription(dialog.outcome)
            self.signedUp.emit(dialog.outcome)
            self.print_contract()

    def _report(self, dialog: QDialog) -> None:
        if isinstance(dialog, SubscriptionDialog) and (text := dialog.done_message()):
            self.reported.emit(text)

    def _view(self) -> SubscriptionView | None:
        return self.panel.view

    def print_contract(self) -> None:
        from toysub_desktop.ui.printing import show_contract  # Qt PDF is loaded when a document is first shown

        view = self._view()
        if view is not None:
            show_contract(self.counter, view.id, self)

    def pause(self) -> None:
        if view := self._view():
            self._after(PauseDialog(self.counter, view, self))

    def resume(self) -> None:
        if view := self._view():
            self._after(ResumeDialog(self.counter, view, self))

    def skip(self) -> None:
        if view := self._view():
            self._after(SkipDeliveryDialog(self.counter, view, self))

    def change_plan(self) -> None:
        if view := self._view():
            self._after(ChangePlanDialog(self.counter, view, self))

    def cancel(self) -> None:
        if view := self._view():
            self._after(CancelDialog(self.counter, view, self))

    def renew(self) -> None:
        view = self._view()
        if view is None:
            return
        terms = tuple(t.months for t in plan_view(self.counter.db, view.plan_id).details.terms)
        dialog = RenewDialog(self.counter, view, terms, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self._report(dialog)
            self.changed.emit()
            self.refresh()
            self.select_subscription(dialog.outcome)
            self.signedUp.emit(dialog.outcome)
            self.print_contract()
            self._offer_confirmation(dialog)

    def refund_deposit(self) -> None:
        """The deposit refund of an ended contract (the refund dialog with its deposit chosen)."""
        view = self._view()
        if view is None:
            return
        from toysub_desktop.ui.dialogs.refund_dialogs import RefundDialog, offer_refund_receipt

        deposit = deposit_refund_view(self.counter.db, view.id, today=self.counter.today())
        if deposit.held <= 0 or deposit.renewed:
            QMessageBox.information(
                self,
                self.tr("Deposit refund"),
                self.tr("The shop holds no deposit for this contract.")
                if not deposit.renewed
                else self.tr("This contract was renewed: its deposit stays with the renewal."),
            )
            return
        dialog = RefundDialog(self.counter, view.customer_id, self, deposit_of=view.id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            offer_refund_receipt(self.counter, dialog.outcome, self)
            self.changed.emit()

    def show_documents(self) -> None:
        if view := self._view():
            from toysub_desktop.ui.documents_dialog import DocumentsDialog  # reportlab loads when first needed

            DocumentsDialog(self.counter, subscription_id=view.id, title=view.contract_number, parent=self).exec()

    def show_customer(self) -> None:
        if view := self._view():
            self.customerChosen.emit(view.customer_id)
