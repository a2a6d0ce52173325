"""The main window: search box, who is at the counter, and the Customers | Subscriptions | Deliveries tabs."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop import __version__
from toysub_desktop.services.contact_log import customer_contact_log
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.ledger import BillingRun, account_view, bill_customer, bill_due
from toysub_desktop.services.points import expire_points, points_balance
from toysub_desktop.services.price_notices import count_awaiting_price_notices
from toysub_desktop.services.shop import StaffMember, list_staff, shop_settings
from toysub_desktop.services.staff import idle_lock_minutes
from toysub_desktop.services.subscriptions import SubscriptionFilter, list_subscriptions
from toysub_desktop.services.tiers import customer_tier
from toysub_desktop.ui.actions import action_button
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.counter_lock import CounterLock
from toysub_desktop.ui.customer_list_model import ADDRESS, CustomerListModel
from toysub_desktop.ui.customer_panel import CustomerPanel
from toysub_desktop.ui.deliveries_tab import DeliveriesTab
from toysub_desktop.ui.paged_model import list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import available_area
from toysub_desktop.ui.segment_box import SegmentBox
from toysub_desktop.ui.settings import MachineSettings
from toysub_desktop.ui.subscriptions_tab import SubscriptionsTab
from toysub_desktop.ui.text import problem_text, won_text

# The dialogs, and the Rentals tab with its services, load when first opened: the first paint does not need them.
if TYPE_CHECKING:
    from toysub_desktop.ui.backups import BackupScheduler
    from toysub_desktop.ui.rentals_tab import RentalsTab

#: How long typing may pause before the list follows the search box.
SEARCH_DELAY_MS = 150

#: How long the status bar keeps saying what an action did.
STATUS_MS = 20_000
log = logging.getLogger(__name__)

#: Log a contact with the customer on the card ("G" for 기록; Ctrl+Shift+L locks the counter).
LOG_CONTACT_KEYS = "Ctrl+Shift+G"

#: The main window's size on a screen that has room for it.
PREFERRED_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    #: The database file was replaced by a backup (the copy, the copy of the state before, who did it): this
    #: window's database is closed, and the counter must be opened again.
    restored = Signal(object, object, str)
    #: The shop-wide billing run ended (on its worker thread): its ``BillingRun``, or the ``DatabaseProblem``.
    billed = Signal(object)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        #: The daily backup of this window's database (set by whoever opened the window; None for a server).
        self.backup_scheduler: BackupScheduler | None = None
        #: The day the shop-wide billing run last ran from this window.
        self._billed_on: date | None = None
        self._billing: threading.Thread | None = None
        self.billed.connect(self._report_billing)
        self.setWindowTitle(self.tr("ToySub Desktop — {shop}").format(shop=shop_settings(counter.db).name))

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search: name, initials (ㄱㅁㅅ), customer no., or any phone number, even a former one")
        )
        self.search.setClearButtonEnabled(True)
        self.staff = QComboBox()
        self.staff.setToolTip(self.tr("Who is at the counter; every change is recorded under this name"))
        staff_caption = QLabel(self.tr("At the &counter:"))
        staff_caption.setBuddy(self.staff)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(staff_caption)
        top.addWidget(self.staff)

        self.model = CustomerListModel(counter, self)
        #: Shown under the search box when the query is too short to search (a single initial, a few digits).
        self.search_hint = QLabel()
        self.search_hint.setHidden(True)
        self.model.hintChanged.connect(self._show_search_hint)
        self.list = list_view(self.model, stretch_column=ADDRESS)
        self.panel = CustomerPanel()

        self.buttons: dict[str, QPushButton] = {}
        actions_row = QHBoxLayout()
        customers_tab = QWidget()
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        #: Restricts the list to a saved segment, with its count (``ui.segments``).
        self.segment_box = SegmentBox(counter)
        segment_caption = QLabel(self.tr("S&egment:"))
        segment_caption.setBuddy(self.segment_box.choice)
        segment_row = QHBoxLayout()
        segment_row.addWidget(segment_caption)
        segment_row.addWidget(self.segment_box, 1)
        column = QVBoxLayout(customers_tab)
        column.addLayout(actions_row)
        column.addLayout(segment_row)
        column.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(customers_tab, self.tr("&Customers"))
        self.subscriptions = SubscriptionsTab(counter)
        self.subscriptions.default_customer = self._customer_for_sign_up
        self.subscriptions.customerChosen.connect(self._show_customer_of_subscription)
        self.subscriptions.signedUp.connect(lambda _id: self.tabs.setCurrentWidget(self.subscriptions))
        self.subscriptions.price_notices.clicked.connect(self.show_price_notices)
        self.subscriptions.firstShown.connect(self._refresh_price_notices)
        self.subscriptions.reported.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.tabs.addTab(self.subscriptions, self.tr("&Subscriptions"))
        self.deliveries = DeliveriesTab(counter)
        self.deliveries.customerChosen.connect(self._show_customer_of_subscription)
        self.deliveries.subscriptionChosen.connect(self.open_subscription)
        self.deliveries.reported.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.subscriptions.changed.connect(self.deliveries.refresh)
        self.tabs.addTab(self.deliveries, self.tr("&Deliveries"))
        #: The Rentals tab, built inside its page when that page is first shown (None until then).
        self.rentals: RentalsTab | None = None
        self._rentals_page = QWidget()
        QVBoxLayout(self._rentals_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._rentals_page, self.tr("&Rentals"))
        self.tabs.currentChanged.connect(self._build_tab_shown)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addLayout(top)
        outer.addWidget(self.search_hint)
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_actions(actions_row)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.segment_box.segmentChanged.connect(self._segment_chosen)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.activated.connect(lambda _index: self.panel.setFocus())
        self.panel.historySelectionChanged.connect(self._update_actions)
        self.panel.subscriptionActivated.connect(self.open_subscription)
        self._fill_staff()
        self.staff.currentIndexChanged.connect(self._staff_changed)
        self.counter_lock = CounterLock(self, counter)
        self.counter_lock.signedIn.connect(self._signed_in)
        self.model.set_query("")
        self.statusBar().showMessage(self.tr("Database: {where}").format(where=counter.db.location.describe()))
        self._place_on_screen()
        self._update_actions()
        self.search.setFocus()

    def _build_tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self._rentals_page:
            self.rentals_tab()

    def rentals_tab(self) -> RentalsTab:
        """The Rentals tab, built (with its modules loaded) the first time it is needed."""
        if self.rentals is None:
            from toysub_desktop.ui.rentals_tab import RentalsTab

            self.rentals = RentalsTab(self.counter)
            self.rentals.customerChosen.connect(self._show_customer_of_subscription)
            layout = self._rentals_page.layout()
            assert layout is not None
            layout.addWidget(self.rentals)
            self.rentals.show()
        return self.rentals

    def _place_on_screen(self) -> None:
        """Where it was last closed when that still fits this screen; else 1280×800, or maximised where the
        screen is smaller than that (a 1366×768 counter PC, a laptop at 150 %), so the status bar shows."""
        area = available_area(self)
        if MachineSettings().restore_geometry(self) and (
            self.isMaximized() or area.contains(self.frameGeometry().adjusted(0, 0, -1, -1))
        ):
            return
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
        self.resize(min(PREFERRED_SIZE.width(), area.width()), min(PREFERRED_SIZE.height(), area.height()))
        self.move(area.topLeft())
        if area.width() < PREFERRED_SIZE.width() or area.height() < PREFERRED_SIZE.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # --- actions ------------------------------------------------------------------------------------------------

    def _build_actions(self, row: QHBoxLayout) -> None:
        menu_customer = self.menuBar().addMenu(self.tr("Custo&mer"))
        definitions: list[tuple[str, str, QKeySequence.StandardKey | str | None, Callable[[], None], bool]] = [
            ("new", self.tr("&New customer"), QKeySequence.StandardKey.New, self.new_customer, True),
            ("edit", self.tr("&Edit details"), "Ctrl+E", self.edit_customer, True),
            ("address", self.tr("Change &address"), "Ctrl+Shift+A", self.change_address, True),
            ("phone", self.tr("Change &phone"), "Ctrl+Shift+P", self.change_phone, True),
            ("correct", self.tr("C&orrect entry"), "Ctrl+Shift+O", self.correct_entry, True),
            ("stay_end", self.tr("End of &stay"), None, self.set_stay_end, True),
            ("correct_child", self.tr("Correct a child's deta&ils…"), None, self.correct_child, False),
            ("confirm", self.tr("Con&firm contacts"), "Ctrl+Shift+F", self.confirm_contacts, True),
            ("subscribe", self.tr("Si&gn up for a subscription"), None, self.sign_up_customer, True),
            ("payment", self.tr("Take pa&yment"), "Ctrl+Shift+M", self.take_payment, True),
            ("void_entry", self.tr("Void account ent&ry…"), None, self.void_entry, False),
            ("confirmation", self.tr("Print change confirmation"), None, self.print_change_confirmation, False),
            ("out_of_service", self.tr("Number out of ser&vice…"), None, self.report_out_of_service, False),
            ("documents", self.tr("Printed &documents…"), None, self.show_documents, False),
            ("to_check", self.tr("Contacts to c&heck"), None, self.show_contacts_to_check, False),
            ("log_contact", self.tr("&Log a contact…"), LOG_CONTACT_KEYS, self.log_contact, False),
            ("resolve", self.tr("&Resolve complaint…"), None, self.resolve_complaint, False),
            ("follow_ups", self.tr("Customers to call &today…"), None, self.show_follow_ups, False),
            ("prospects", self.tr("Inq&uiries and trials…"), None, self.show_prospects, False),
            ("message_lists", self.tr("&Message lists…"), None, self.show_message_lists, False),
            ("feedback", self.tr("Record feedbac&k…"), None, self.record_feedback, False),
            ("survey", self.tr("Survey ans&wers…"), None, self.enter_survey_answers, False),
        ]
        self.actions_: dict[str, QAction] = {}
        for key, text, shortcut, slot, on_button in definitions:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu_customer.addAction(action)
            self.actions_[key] = action
            if on_button:
                button = QPushButton(text.replace("&", "") if shortcut else text)
                if shortcut is not None:
                    button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
                button.clicked.connect(action.trigger)
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                row.addWidget(button)
                self.buttons[key] = button
        row.addStretch(1)
        # The statement of the account sits on the account's box of the card, as on the Money menu.
        self.statement_button = QPushButton(self.tr("Statement…"))
        self.statement_button.setToolTip(self.tr("The customer's account statement for a period, to print"))
        self.statement_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.statement_button.clicked.connect(self.show_statement)
        self.panel.account_buttons.insertWidget(self.panel.account_buttons.count() - 1, self.statement_button)
        # The contact log's steps sit beside the log on the card (the row above is full at 150 %).
        for key in ("log_contact", "resolve", "feedback"):
            button = action_button(self.actions_[key])
            self.panel.contact_buttons.insertWidget(self.panel.contact_buttons.count() - 1, button)
            self.buttons[key] = button
        find = QAction(self.tr("Find customer"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        menu_customer.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu_customer.addAction(quit_action)
        self.menuBar().addMenu(self.subscriptions.menu)
        self.menuBar().addMenu(self.deliveries.menu)
        self._build_money_menu()
        self._build_loyalty_menu()
        menu_shop = self.menuBar().addMenu(self.tr("S&hop"))
        shop_entries: list[tuple[str, Callable[[], None]] | None] = [
            (self.tr("&Plans and prices…"), self.show_plans),
            (self.tr("Plan co&mparison sheet…"), self.show_plan_sheet),
            (self.tr("&Discount categories…"), self.show_discount_categories),
            (self.tr("Price-change &notices…"), self.show_price_notices),
            (self.tr("Ratings and s&urveys…"), self.show_feedback),
            None,
            (self.tr("Shop &details…"), self.show_shop_details),
            (self.tr("Subscription &settings…"), self.show_subscription_settings),
            (self.tr("&Toys and items…"), self.show_toys),
            (self.tr("Rental settin&gs…"), self.show_rental_settings),
            (self.tr("&Label settings…"), self.show_label_settings),
            None,
            (self.tr("Add &staff member…"), self.add_staff),
            (self.tr("Staff and r&oles…"), self.show_staff),
            None,
            (self.tr("&Import customers from a spreadsheet…"), self.import_spreadsheet),
            (self.tr("Import &history…"), self.show_import_history),
            (self.tr("E&xport to a spreadsheet…"), self.export_spreadsheet),
            None,
            (self.tr("&Back up now"), self.back_up_now),
            (self.tr("&Restore from backup…"), self.restore_from_backup),
        ]
        for entry in shop_entries:
            if entry is None:
                menu_shop.addSeparator()
                continue
            action = QAction(entry[0], self)
            action.triggered.connect(lambda _checked=False, run=entry[1]: run())
            menu_shop.addAction(action)
        menu_help = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About ToySub Desktop"), self)
        about.triggered.connect(self.about)
        menu_help.addAction(about)

    def _build_money_menu(self) -> None:
        """수납·정산: the customer's money steps (also on the Customer menu) and the shop's money lists and papers.
        Each entry: its text (a mnemonic no other entry of this menu uses) and what it opens."""
        menu_money = self.menuBar().addMenu(self.tr("Mo&ney"))
        self.menu_money = menu_money
        menu_money.addAction(self.actions_["payment"])
        menu_money.addAction(self.actions_["void_entry"])
        money_entries: list[tuple[str, Callable[[], None]] | None] = [
            (self.tr("Refu&nd…"), self.refund),
            (self.tr("&Write off…"), self.write_off),
            (self.tr("Account s&tatement…"), self.show_statement),
            None,
            (self.tr("&Overdue accounts…"), self.show_overdue),
            (self.tr("Deposits &held…"), self.show_deposits_held),
            (self.tr("&Bank statement matching…"), self.match_bank_statement),
            (self.tr("&Daily close…"), self.show_day_close),
            (self.tr("Monthly &figures…"), self.show_money_figures),
            None,
            (self.tr("Overd&ue settings…"), self.show_overdue_settings),
            (self.tr("Receipt &printer…"), self.show_receipt_printer),
            (self.tr("Tax (&VAT) settings…"), self.show_vat_settings),
        ]
        #: The money menu's own entries by their text, for the buttons on the card that take the same steps.
        self.money_actions: dict[str, QAction] = {}
        for entry in money_entries:
            if entry is None:
                menu_money.addSeparator()
                continue
            action = QAction(entry[0], self)
            action.triggered.connect(lambda _checked=False, run=entry[1]: run())
            menu_money.addAction(action)
            self.money_actions[entry[1].__name__] = action
        # The customer's own money steps beside their account on the card.
        for name in ("refund", "write_off"):
            button = action_button(self.money_actions[name])
            self.panel.account_buttons.insertWidget(self.panel.account_buttons.count() - 1, button)

    def _build_loyalty_menu(self) -> None:
        """회원·분석: keeping subscribers — segments, points and tiers, referrals, churn risk, the owner's dashboard.
        Each entry: its text (a mnemonic no other entry of this menu uses) and what it opens. The menu is only added
        once it has an entry."""
        loyalty_entries: list[tuple[str, Callable[[], None]] | None] = [
            (self.tr("&Dashboard…"), self.show_dashboard),
            (self.tr("Customers to call to &keep…"), self.show_call_to_keep),
            None,
            (self.tr("Se&gments…"), self.show_segments),
            (self.tr("&Tiers…"), self.show_tiers),
            (self.tr("&Points…"), self.show_points),
            (self.tr("Points &settings…"), self.show_points_settings),
            None,
            (self.tr("Referral c&ard…"), self.print_referral_card),
            (self.tr("Re&ferrals…"), self.show_referrals),
            None,
            (self.tr("Risk &weights…"), self.show_risk_weights),
            (self.tr("Risk score &backtest…"), self.show_risk_backtest),
        ]
        # The menu's entries by the name of the slot they run, for tests and for buttons taking the same steps.
        self.loyalty_actions: dict[str, QAction] = {}
        if not loyalty_entries:
            return
        # Alt+Y: R, the letter first given, is the Rentals tab's (대여(&R)) once this menu is on the bar.
        menu_loyalty = self.menuBar().addMenu(self.tr("Lo&yalty && reports"))
        for entry in loyalty_entries:
            if entry is None:
                menu_loyalty.addSeparator()
                continue
            action = QAction(entry[0], self)
            action.triggered.connect(lambda _checked=False, run=entry[1]: run())
            menu_loyalty.addAction(action)
            self.loyalty_actions[entry[1].__name__] = action
        # The customer's points beside their account on the card.
        for name in ("show_points", "print_referral_card"):
            self.panel.points_row.insertWidget(
                self.panel.points_row.count() - 1, action_button(self.loyalty_actions[name])
            )

    def _update_actions(self) -> None:
        card = self.panel.card
        has = card is not None
        for key in (
            "edit",
            "address",
            "phone",
            "confirm",
            "subscribe",
            "payment",
            "documents",
            "log_contact",
            "feedback",
            "survey",
        ):
            self.actions_[key].setEnabled(has)
        contact = self.panel.selected_contact()
        self.actions_["resolve"].setEnabled(has and contact is not None and contact.is_open_complaint)
        self.actions_["correct_child"].setEnabled(card is not None and bool(card.children))
        address = self.panel.selected_address()
        phone = self.panel.selected_phone()
        self.actions_["correct"].setEnabled(
            has and ((address is not None and not address.is_voided) or (phone is not None and not phone.is_voided))
        )
        self.actions_["confirmation"].setEnabled(
            has and ((address is not None and not address.is_voided) or (phone is not None and not phone.is_voided))
        )
        self.actions_["out_of_service"].setEnabled(
            has and phone is not None and not phone.is_voided and phone.phone is not None
        )
        self.actions_["stay_end"].setEnabled(
            has and address is not None and address.is_temporary and not address.is_voided
        )
        line = self.panel.selected_ledger_line()
        self.actions_["void_entry"].setEnabled(has and line is not None and not line.voided)
        for key, button in self.buttons.items():
            button.setEnabled(self.actions_[key].isEnabled())

    # --- search and selection -----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self.model.rowCount() > 0:
            self.list.setFocus()
            self.list.selectRow(0)

    def _run_search(self) -> None:
        if self.search.text() == self.model.query:
            return
        self._guard(lambda: self.model.set_query(self.search.text()))
        self.panel.show_card(None)
        self._update_actions()

    def _segment_chosen(self, segment_id: int) -> None:
        self._guard(lambda: self.model.set_segment(segment_id or None))
        self.panel.show_card(None)
        self._update_actions()

    def _show_search_hint(self, text: str) -> None:
        self.search_hint.setText(text)
        self.search_hint.setHidden(not text)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_customer(self.current_customer_id())

    def current_customer_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.customer_id(rows[0].row()) if rows else None

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id is None:
            self.panel.show_card(None)
        else:
            self._guard(lambda: self._show_card(customer_id))
        self._update_actions()

    def _show_card(self, customer_id: int) -> None:
        today = self.counter.today()
        self.panel.show_card(customer_card(self.counter.db, customer_id, today=today))
        page = list_subscriptions(self.counter.db, SubscriptionFilter(customer_id=customer_id), today=today)
        self.panel.show_subscriptions(page.rows)
        self.panel.show_contact_log(customer_contact_log(self.counter.db, customer_id), card_today=today)
        # Charges appear by themselves: the cycles begun since the card was last seen are billed as it opens.
        bill_customer(self.counter.db, staff_id=self.counter.staff.id, customer_id=customer_id, now=self.counter.now())
        self.panel.show_account(account_view(self.counter.db, customer_id, today=today))
        self.panel.show_tier(customer_tier(self.counter.db, customer_id, today=today))
        self.panel.show_points(points_balance(self.counter.db, customer_id, today=today))

    def void_entry(self) -> None:
        """Void the account entry selected on the card, with a reason (a manager's or the owner's)."""
        card, line = self.panel.card, self.panel.selected_ledger_line()
        if card is None or line is None or line.voided:
            return
        from toysub_desktop.ui.dialogs.payment_dialog import VoidEntryDialog

        if VoidEntryDialog(self.counter, line, self).exec() == QDialog.DialogCode.Accepted:
            self._guard(lambda: self.show_customer(card.id))

    def show_day_close(self) -> None:
        """일마감: the day's money per staff member and method, the cash counted, the close and its printout."""
        from toysub_desktop.ui.dialogs.day_close_dialog import DayCloseDialog

        DayCloseDialog(self.counter, self).exec()

    def match_bank_statement(self) -> None:
        """입금 대조: the deposits of a bank statement matched to customers' charges; the card shown follows."""
        from toysub_desktop.ui.bank_statements import BankStatementWindow  # loads with the first use

        BankStatementWindow(self.counter, self).exec()
        card = self.panel.card
        if card is not None:
            self._guard(lambda: self.show_customer(card.id))

    def refund(self, deposit_of: int | None = None) -> None:
        """환불: money handed back to the customer on the card (credit, a payment's unused part, a deposit), then
        the receipt if the clerk wants it."""
        card = self.panel.card
        if card is None:
            self.statusBar().showMessage(self.tr("Choose a customer first."), STATUS_MS)
            return
        from toysub_desktop.ui.dialogs.refund_dialogs import RefundDialog, offer_refund_receipt

        dialog = RefundDialog(self.counter, card.id, self, deposit_of=deposit_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._guard(lambda: self.panel.show_account(account_view(self.counter.db, card.id, today=self.counter.today())))
        offer_refund_receipt(self.counter, dialog.outcome, self)

    def write_off(self) -> None:
        """대손 처리: an open charge of the customer on the card (the one chosen in the account, if any)."""
        card = self.panel.card
        if card is None:
            self.statusBar().showMessage(self.tr("Choose a customer first."), STATUS_MS)
            return
        from toysub_desktop.ui.dialogs.refund_dialogs import WriteOffDialog

        line = self.panel.selected_ledger_line()
        dialog = WriteOffDialog(self.counter, card.id, self, charge_id=line.id if line is not None else None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._guard(
                lambda: self.panel.show_account(account_view(self.counter.db, card.id, today=self.counter.today()))
            )

    def show_deposits_held(self) -> None:
        """보증금 보관 현황: the deposits the shop holds, per customer and in total."""
        from toysub_desktop.ui.deposits_held import DepositsHeldDialog

        dialog = DepositsHeldDialog(self.counter, self)
        dialog.customerChosen.connect(self.select_customer)
        dialog.exec()
        if self.panel.card is not None:  # a deposit given back there may be the card's customer's
            self._guard(lambda: self.show_customer(self.panel.card.id if self.panel.card else None))

    def take_payment(self) -> None:
        """수납: a payment from the customer on the card (points may pay part or all of it), then the receipt of
        the money taken if the clerk wants it."""
        card = self.panel.card
        if card is None:
            return
        from toysub_desktop.services.points import CounterPayment
        from toysub_desktop.ui.dialogs.payment_dialog import PaymentDialog
        from toysub_desktop.ui.points import points_text

        dialog = PaymentDialog(self.counter, card.id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.outcome, CounterPayment):
            return
        taken = dialog.outcome
        today = self.counter.today()
        self._guard(lambda: self.panel.show_account(account_view(self.counter.db, card.id, today=today)))
        self._guard(lambda: self.panel.show_points(points_balance(self.counter.db, card.id, today=today)))
        if taken.points and taken.amount:
            message = self.tr("Payment of {amount} and {points} of points taken from {name}.")
        elif taken.points:
            message = self.tr("{points} of points used against {name}'s charges.")
        else:
            message = self.tr("Payment of {amount} taken from {name}.")
        self.statusBar().showMessage(
            message.format(amount=won_text(taken.amount), points=points_text(taken.points), name=card.name),
            STATUS_MS,
        )
        if taken.payment_id is None:
            return  # points alone: no money was taken, so no receipt; the statement shows the discount
        payment_id = taken.payment_id
        ask = QMessageBox.question(
            self,
            self.tr("Receipt"),
            self.tr("Print a receipt for this payment?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if ask == QMessageBox.StandardButton.Yes:
            from toysub_desktop.ui.printing import show_receipt

            show_receipt(self.counter, payment_id, self)

    def show_statement(self) -> None:
        """거래 내역서 of the customer on the card (or one the clerk picks): the period, then the statement in the
        preview."""
        from toysub_desktop.ui.dialogs.statement_dialog import StatementDialog

        card = self.panel.card
        on_card = (card.id, f"{card.name} ({card.number})") if card is not None else None
        dialog = StatementDialog(self.counter, on_card, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.outcome, tuple):
            return
        from toysub_desktop.ui.printing import show_statement

        customer_id, first, last = dialog.outcome
        show_statement(self.counter, customer_id, first, last, self)

    def show_receipt_printer(self) -> None:
        from toysub_desktop.ui.dialogs.receipt_printer import ReceiptPrinterDialog

        ReceiptPrinterDialog(self.counter, MachineSettings(), self).exec()

    def show_vat_settings(self) -> None:
        from toysub_desktop.ui.dialogs.vat_settings import VatSettingsDialog

        VatSettingsDialog(self.counter, self).exec()

    def select_customer(self, customer_id: int) -> None:
        """Show *customer_id* in the list (searching by their number if needed) and on the panel."""
        row = self.model.row_of(customer_id)
        if row is None:
            card = customer_card(self.counter.db, customer_id, today=self.counter.today())
            self.search.blockSignals(True)
            self.search.setText(card.number)
            self.search.blockSignals(False)
            self.model.set_query(card.number)
            row = self.model.row_of(customer_id)
        if row is not None:
            self.list.selectRow(row)
            self.list.scrollTo(self.model.index(row, 0))
        self.show_customer(customer_id)

    def _reload_after_change(self) -> None:
        customer_id = self.current_customer_id() or (self.panel.card.id if self.panel.card else None)
        self.model.refresh()
        if customer_id is not None:
            self.select_customer(customer_id)

    # --- staff --------------------------------------------------------------------------------------------------

    def _fill_staff(self) -> None:
        self.staff.blockSignals(True)
        self.staff.clear()
        for member in list_staff(self.counter.db):
            self.staff.addItem(member.name, member)
            if member.id == self.counter.staff.id:
                self.staff.setCurrentIndex(self.staff.count() - 1)
        self.staff.blockSignals(False)

    def _staff_changed(self, index: int) -> None:
        member = self.staff.itemData(index)
        if member is not None and member.id != self.counter.staff.id:
            # Whoever was there stays at the counter until the new person's PIN is typed.
            self._fill_staff()
            self.counter_lock.switch_to(member)

    def _signed_in(self, member: StaffMember) -> None:
        self._fill_staff()
        self.statusBar().showMessage(self.tr("{name} is at the counter").format(name=member.name), 5000)
        # Charges appear by themselves: the first sign-in of the day bills every cycle begun, once the window is up.
        if self._billed_on != self.counter.today():
            QTimer.singleShot(0, self, self.bill_due_charges)

    def bill_due_charges(self) -> None:
        """Bill every cycle that has begun across the shop, on a worker thread so the counter stays responsive
        (idempotent: a second run, or another counter's, adds nothing). ``billed`` reports it."""
        if self._billing is not None and self._billing.is_alive():
            return
        self._billed_on = self.counter.today()
        db, staff_id, now = self.counter.db, self.counter.staff.id, self.counter.now()

        def run() -> None:
            try:
                result: object = bill_due(db, staff_id=staff_id, now=now)
            except DatabaseProblem as problem:
                log.warning("billing run failed: %s", problem)
                result = problem
            try:  # the day's points expiries written down (a balance read never counts expired points anyway)
                expire_points(db, staff_id=staff_id, now=now)
            except DatabaseProblem as problem:
                log.warning("points expiry failed: %s", problem)
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self.billed.emit(result)

        self._billing = threading.Thread(target=run, name="billing-run")
        self._billing.start()

    def _report_billing(self, result: object) -> None:
        if not isinstance(result, BillingRun):
            self._billed_on = None  # tried again at the next sign-in
            return
        log.info(
            "billing run: %d subscriptions looked at, %d charges added, %d voided, %.3f s",
            result.subscriptions,
            result.added,
            result.voided,
            result.seconds,
        )
        if result.added:
            self.statusBar().showMessage(self.tr("{count} new charges billed.").format(count=result.added), STATUS_MS)
            if self.panel.card is not None:
                self.show_customer(self.panel.card.id)

    def _owner_dialog(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.setWindowTitle(self.tr("ToySub Desktop — {shop}").format(shop=shop_settings(self.counter.db).name))
            self.subscriptions.refresh()

    def show_discount_categories(self) -> None:
        from toysub_desktop.ui.dialogs.plan_dialogs import DiscountCategoryDialog

        self._owner_dialog(DiscountCategoryDialog(self.counter, self))

    def show_shop_details(self) -> None:
        from toysub_desktop.ui.dialogs.settings_dialogs import ShopDetailsDialog

        self._owner_dialog(ShopDetailsDialog(self.counter, self))

    def show_subscription_settings(self) -> None:
        from toysub_desktop.ui.dialogs.settings_dialogs import SubscriptionSettingsDialog

        self._owner_dialog(SubscriptionSettingsDialog(self.counter, self))

    def show_label_settings(self) -> None:
        from toysub_desktop.ui.dialogs.label_settings import LabelSettingsDialog

        self._owner_dialog(LabelSettingsDialog(self.counter, self))

    def show_rental_settings(self) -> None:
        from toysub_desktop.ui.dialogs.rental_dialogs import RentalSettingsDialog

        self._owner_dialog(RentalSettingsDialog(self.counter, self))

    def show_plans(self) -> None:
        from toysub_desktop.ui.dialogs.plan_dialogs import PlanCatalogueDialog

        PlanCatalogueDialog(self.counter, self).exec()
        self._refresh_price_notices()
        self.subscriptions.refresh()

    def show_plan_sheet(self) -> None:
        from toysub_desktop.ui.plan_sheet import show_plan_sheet

        show_plan_sheet(self.counter, self)

    def show_toys(self) -> None:
        from toysub_desktop.ui.dialogs.toy_dialogs import ToyCatalogueDialog

        ToyCatalogueDialog(self.counter, self).exec()
        if self.rentals is not None:  # a tab not built yet loads the catalogue when it is
            self.rentals.refresh()

    def show_price_notices(self) -> None:
        from toysub_desktop.ui.price_notices import PriceNoticeDialog

        dialog = PriceNoticeDialog(self.counter, self)
        dialog.customerChosen.connect(self._customer_from_dialog(dialog))
        dialog.exec()
        self._refresh_price_notices()

    def _customer_from_dialog(self, dialog: QDialog) -> Callable[[int], None]:
        def chosen(customer_id: int) -> None:
            dialog.accept()
            self._show_customer_of_subscription(customer_id)

        return chosen

    def _refresh_price_notices(self) -> None:
        self._guard(
            lambda: self.subscriptions.set_price_notice_count(
                count_awaiting_price_notices(self.counter.db, today=self.counter.today())
            )
        )

    def add_staff(self) -> None:
        from toysub_desktop.ui.dialogs.shop_dialogs import AddStaffDialog

        dialog = AddStaffDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_staff()

    def show_staff(self) -> None:
        from toysub_desktop.ui.dialogs.staff_dialogs import StaffDialog

        StaffDialog(self.counter, self).exec()
        # A role changed there may be the signed-in person's own.
        me = self.counter.staff.id
        self.counter.staff = next((m for m in list_staff(self.counter.db) if m.id == me), self.counter.staff)
        self._fill_staff()
        self.counter_lock.timer.setInterval(idle_lock_minutes(self.counter.db) * 60_000)

    def import_spreadsheet(self) -> None:
        from toysub_desktop.ui.import_dialog import ImportDialog  # loads with the first use, not at start-up

        if ImportDialog(self.counter, self).exec() == QDialog.DialogCode.Accepted:
            self.subscriptions.refresh()
            self._guard(self.model.refresh)

    def show_import_history(self) -> None:
        from toysub_desktop.ui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.counter, self)
        dialog.customerChosen.connect(self._customer_from_dialog(dialog))
        dialog.exec()

    def show_money_figures(self) -> None:
        from toysub_desktop.ui.money_figures import MoneyFiguresDialog  # loads with the first use, not at start-up

        dialog = MoneyFiguresDialog(self.counter, self)
        if refusal := dialog.load():
            QMessageBox.information(self, dialog.windowTitle(), problem_text(refusal.problems[0]))
            return
        dialog.customerChosen.connect(self._customer_from_dialog(dialog))
        dialog.exec()

    def show_dashboard(self) -> None:
        """대시보드: how the shop is going; QtCharts loads with it, not at start-up."""
        from toysub_desktop.ui.dashboard import DashboardWindow

        dialog = DashboardWindow(self.counter, self)
        if refusal := dialog.load():
            QMessageBox.information(self, dialog.windowTitle(), problem_text(refusal.problems[0]))
            return
        dialog.customerChosen.connect(self._customer_from_dialog(dialog))
        dialog.exec()

    def export_spreadsheet(self) -> None:
        from toysub_desktop.services.exports import ExportResult
        from toysub_desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(done := dialog.outcome, ExportResult):
            message = self.tr("Exported {rows} rows to {file}").format(rows=f"{done.rows:,}", file=done.path.name)
            self.statusBar().showMessage(message, 10_000)

    def back_up_now(self) -> None:
        from toysub_desktop.ui.backups import make_backup_now  # loads with the first use, not at start-up

        if made := make_backup_now(self.counter, self):
            self.statusBar().showMessage(self.tr("Backed up: {file}").format(file=made.path.name), 10_000)

    def restore_from_backup(self) -> None:
        from toysub_desktop.ui.backups import restore_from_backup

        if self._billing is not None:
            self._billing.join()  # never restore under a billing run writing
        if done := restore_from_backup(self.counter, self, scheduler=self.backup_scheduler):
            backup, safety = done
            self.restored.emit(backup, safety, self.counter.staff.name)

    # --- customer actions ---------------------------------------------------------------------------------------

    def _run_dialog(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self._reload_after_change()
            self.deliveries.refresh()  # a move or a new number changes where deliveries go
        return accepted

    def new_customer(self) -> None:
        from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog

        dialog = NewCustomerDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self.model.refresh()
            self.select_customer(dialog.outcome)

    def edit_customer(self) -> None:
        if self.panel.card:
            from toysub_desktop.ui.dialogs.customer_dialogs import EditCustomerDialog

            self._run_dialog(EditCustomerDialog(self.counter, self.panel.card, self))

    def correct_child(self) -> None:
        from toysub_desktop.ui.dialogs.child_dialogs import CorrectChildDialog

        if (card := self.panel.card) and card.children:
            self._run_dialog(CorrectChildDialog(self.counter, card, self))

    def change_address(self) -> None:
        if card := self.panel.card:
            from toysub_desktop.ui.dialogs.contact_dialogs import AddressChangeDialog

            dialog = AddressChangeDialog(self.counter, card, self)
            if self._run_dialog(dialog) and isinstance(dialog.outcome, int):
                self._offer_confirmation(card.id, address_version_id=dialog.outcome)

    def change_phone(self) -> None:
        if card := self.panel.card:
            from toysub_desktop.ui.dialogs.contact_dialogs import PhoneChangeDialog

            dialog = PhoneChangeDialog(self.counter, card, self)
            if self._run_dialog(dialog) and isinstance(dialog.outcome, int):
                self._offer_confirmation(card.id, phone_version_id=dialog.outcome)

    def _offer_confirmation(
        self, customer_id: int, *, address_version_id: int | None = None, phone_version_id: int | None = None
    ) -> None:
        """After a change, the customer usually takes a signed confirmation home: offer to print it at once."""
        answer = QMessageBox.question(
            self,
            self.tr("Change recorded"),
            self.tr("Print a change confirmation for the customer to sign?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._print_confirmation(customer_id, address_version_id, phone_version_id)

    def _print_confirmation(
        self, customer_id: int, address_version_id: int | None, phone_version_id: int | None
    ) -> None:
        from toysub_desktop.ui.printing import show_change_confirmation  # Qt PDF loads when first needed

        show_change_confirmation(
            self.counter,
            customer_id,
            address_version_id=address_version_id,
            phone_version_id=phone_version_id,
            parent=self,
        )

    def print_change_confirmation(self) -> None:
        """A confirmation of the history entry selected on the card (the phone table when it has the focus)."""
        card = self.panel.card
        if card is None:
            return
        address = self.panel.selected_address()
        phone = self.panel.selected_phone()
        if phone is not None and (self.panel.phone_history.hasFocus() or address is None):
            self._print_confirmation(card.id, None, phone.version_id)
        elif address is not None:
            self._print_confirmation(card.id, address.version_id, None)

    def report_out_of_service(self) -> None:
        """The selected number is no longer in service: hold the customer's deliveries until a new one is known."""
        card = self.panel.card
        phone = self.panel.selected_phone()
        if card is None or phone is None or phone.is_voided or phone.phone is None:
            return
        from toysub_desktop.ui.holds_dialog import OutOfServiceDialog

        if self._run_dialog(OutOfServiceDialog(self.counter, card, phone, self)):
            self.statusBar().showMessage(
                self.tr("{name}'s deliveries are held until a new number is recorded.").format(name=card.name), 10_000
            )

    def show_documents(self) -> None:
        if card := self.panel.card:
            from toysub_desktop.ui.documents_dialog import DocumentsDialog  # reportlab loads when first needed

            DocumentsDialog(self.counter, customer_id=card.id, title=card.name, parent=self).exec()

    def correct_entry(self) -> None:
        """Correct the entry selected in the history table that has (or last had) the focus."""
        card = self.panel.card
        if card is None:
            return
        address = self.panel.selected_address()
        phone = self.panel.selected_phone()
        prefer_phone = self.panel.phone_history.hasFocus() or address is None or address.is_voided
        from toysub_desktop.ui.dialogs.contact_dialogs import CorrectAddressDialog, CorrectPhoneDialog

        if prefer_phone and phone is not None and not phone.is_voided:
            self._run_dialog(CorrectPhoneDialog(self.counter, card, phone, self))
        elif address is not None and not address.is_voided:
            self._run_dialog(CorrectAddressDialog(self.counter, card, address, self))

    def set_stay_end(self) -> None:
        card = self.panel.card
        address = self.panel.selected_address()
        if card is not None and address is not None:
            from toysub_desktop.ui.dialogs.contact_dialogs import TemporaryEndDialog

            self._run_dialog(TemporaryEndDialog(self.counter, card, address, self))

    def confirm_contacts(self) -> None:
        if self.panel.card:
            from toysub_desktop.ui.dialogs.contact_dialogs import ConfirmContactsDialog

            self._run_dialog(ConfirmContactsDialog(self.counter, self.panel.card, self))

    def log_contact(self) -> None:
        """Log a call, visit or message with the customer on the card (or a complaint, praise, request)."""
        if card := self.panel.card:
            from toysub_desktop.ui.contact_log import LogContactDialog

            if self._run_dialog(LogContactDialog(self.counter, card.id, card.name, self)):
                self.statusBar().showMessage(self.tr("Contact logged for {name}.").format(name=card.name), STATUS_MS)

    def record_feedback(self) -> None:
        """Record the card's customer's 1–5 rating of a delivery, a return or a toy."""
        if card := self.panel.card:
            from toysub_desktop.ui.feedback import FeedbackDialog

            if self._run_dialog(FeedbackDialog(self.counter, card.id, card.name, self)):
                self.statusBar().showMessage(self.tr("Rating recorded for {name}.").format(name=card.name), STATUS_MS)

    def enter_survey_answers(self) -> None:
        """Enter the card's customer's answers to the open satisfaction survey."""
        card = self.panel.card
        if card is None:
            return
        from toysub_desktop.ui.feedback import SurveyAnswersDialog, open_survey

        try:
            survey = open_survey(self.counter)
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        if survey is None:
            QMessageBox.information(
                self,
                self.tr("Survey answers"),
                self.tr("No survey is open. The owner writes one under Shop → Ratings and surveys."),
            )
            return
        if self._run_dialog(SurveyAnswersDialog(self.counter, card.id, card.name, survey, self)):
            self.statusBar().showMessage(
                self.tr("Survey answers recorded for {name}.").format(name=card.name), STATUS_MS
            )

    def show_feedback(self) -> None:
        """The owner's view of ratings (per plan, toy, month) and the satisfaction surveys."""
        from toysub_desktop.ui.feedback import FeedbackWindow

        card = self.panel.card
        FeedbackWindow(self.counter, self, customer=(card.id, card.name) if card else None).exec()

    def resolve_complaint(self) -> None:
        """Resolve the open complaint selected in the card's contact log."""
        card = self.panel.card
        entry = self.panel.selected_contact()
        if card is None or entry is None or not entry.is_open_complaint:
            return
        from toysub_desktop.ui.contact_log import ResolveComplaintDialog

        if self._run_dialog(ResolveComplaintDialog(self.counter, card.name, entry, self)):
            self.statusBar().showMessage(self.tr("Complaint resolved."), STATUS_MS)

    def show_overdue(self) -> None:
        """연체 고객: who is behind, by how much and since when; Enter opens one on the card."""
        from toysub_desktop.ui.overdue import OverdueWindow

        dialog = OverdueWindow(self.counter, self)
        dialog.customerChosen.connect(self.select_customer)
        dialog.exec()
        if self.panel.card is not None:  # a payment taken there may be on the card's customer
            self._guard(lambda: self.show_customer(self.panel.card.id if self.panel.card else None))

    def show_tiers(self) -> None:
        from toysub_desktop.ui.tiers import TierSettingsDialog

        if self._run_dialog(TierSettingsDialog(self.counter, self)):
            self.statusBar().showMessage(self.tr("Membership tiers saved."), STATUS_MS)

    def show_overdue_settings(self) -> None:
        from toysub_desktop.ui.overdue import OverdueSettingsDialog

        if self._run_dialog(OverdueSettingsDialog(self.counter, self)):
            self.statusBar().showMessage(self.tr("Overdue settings saved."), STATUS_MS)

    # --- points and referrals -----------------------------------------------------------------------------------

    def show_points(self) -> None:
        """적립금: the card's customer's balance and history; grant, use against a charge, void."""
        card = self.panel.card
        if card is None:
            self.statusBar().showMessage(self.tr("Choose a customer first."), STATUS_MS)
            return
        from toysub_desktop.ui.points import PointsWindow

        PointsWindow(self.counter, card.id, self).exec()
        self._guard(lambda: self.show_customer(card.id))  # points used changed the account

    def show_points_settings(self) -> None:
        from toysub_desktop.ui.points import PointsSettingsDialog

        if self._run_dialog(PointsSettingsDialog(self.counter, self)):
            self.statusBar().showMessage(self.tr("Points settings saved."), STATUS_MS)

    def print_referral_card(self) -> None:
        """추천 카드: the card's customer's referral code on a page with its QR code, in the preview."""
        card = self.panel.card
        if card is None:
            self.statusBar().showMessage(self.tr("Choose a customer first."), STATUS_MS)
            return
        from toysub_desktop.domain.points import referral_code
        from toysub_desktop.services.referrals import referral_card_pdf
        from toysub_desktop.ui.pdf_preview import PdfPreviewDialog

        try:
            pdf = referral_card_pdf(self.counter.db, card.id, today=self.counter.today())
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        code = referral_code(card.id)
        PdfPreviewDialog(
            pdf,
            title=self.tr("Referral card {code}").format(code=code),
            file_name=f"referral-card-{code}.pdf",
            parent=self,
        ).exec()

    def show_referrals(self) -> None:
        """추천 현황: referrals per customer and per month."""
        from toysub_desktop.ui.points import ReferralsWindow

        dialog = ReferralsWindow(self.counter, self)
        dialog.customerChosen.connect(self.select_customer)
        dialog.exec()

    # --- churn risk ---------------------------------------------------------------------------------------------

    def show_call_to_keep(self) -> None:
        """연락해 볼 고객: subscribers riskiest first with the reason to call; Enter logs the call."""
        from toysub_desktop.ui.churn import CallToKeepWindow

        dialog = CallToKeepWindow(self.counter, self)
        dialog.customerChosen.connect(self.select_customer)
        dialog.exec()
        if self.panel.card is not None:  # a call logged there may be on the card's customer
            self._guard(lambda: self.show_customer(self.panel.card.id if self.panel.card else None))

    def show_risk_weights(self) -> None:
        from toysub_desktop.ui.churn import ChurnWeightsDialog

        if self._run_dialog(ChurnWeightsDialog(self.counter, self)):
            self.statusBar().showMessage(self.tr("Risk weights saved."), STATUS_MS)

    def show_risk_backtest(self) -> None:
        from toysub_desktop.ui.churn import BacktestWindow

        BacktestWindow(self.counter, self).exec()

    def show_follow_ups(self) -> None:
        from toysub_desktop.ui.contact_log import FollowUpsDialog

        dialog = FollowUpsDialog(self.counter, self)
        dialog.customerChosen.connect(self.select_customer)
        dialog.exec()
        if self.panel.card is not None:  # a call logged there may be on the card's customer
            self._guard(lambda: self.show_customer(self.panel.card.id if self.panel.card else None))

    def show_prospects(self) -> None:
        """Walk-in inquiries and trial users: record, follow up, register one who joins, conversion per source."""
        from toysub_desktop.ui.prospects import ProspectsDialog

        dialog = ProspectsDialog(self.counter, self)
        dialog.customerChosen.connect(self._show_registered)
        dialog.exec()

    def show_segments(self) -> None:
        """Saved customer segments with their counts: new, edit, delete. The list's segment box follows."""
        from toysub_desktop.ui.segments import SegmentsDialog

        SegmentsDialog(self.counter, self).exec()
        self.segment_box.reload_choices()

    def show_message_lists(self) -> None:
        """Birthday, anniversary, newsletter, renewal, price-change and consent-reminder lists for a bulk-SMS
        service, lawful by construction (정보통신망법 §50)."""
        from toysub_desktop.ui.message_lists import MessageListsDialog

        dialog = MessageListsDialog(self.counter, self)
        dialog.exec()
        if self.panel.card is not None:  # the export was written in the contact log of the card's customer, maybe
            self._guard(lambda: self.show_customer(self.panel.card.id if self.panel.card else None))

    def _show_registered(self, customer_id: int) -> None:
        self.model.refresh()
        self.select_customer(customer_id)

    def show_contacts_to_check(self) -> None:
        from toysub_desktop.ui.dialogs.shop_dialogs import ContactCheckDialog

        dialog = ContactCheckDialog(self.counter, self)
        dialog.customerChosen.connect(self.select_customer)
        dialog.exec()

    # --- subscriptions ------------------------------------------------------------------------------------------

    def _customer_for_sign_up(self) -> int | None:
        """A new subscription started from the Customers tab is for the customer shown there."""
        if self.tabs.currentIndex() == 0 and self.panel.card is not None:
            return self.panel.card.id
        return None

    def sign_up_customer(self) -> None:
        card = self.panel.card
        if card is None:
            return
        self.subscriptions.new_subscription(card.id)
        self._reload_after_change()

    def open_subscription(self, subscription_id: int) -> None:
        self.tabs.setCurrentWidget(self.subscriptions)
        self._guard(lambda: self.subscriptions.select_subscription(subscription_id))
        self.subscriptions.list.setFocus()

    def _show_customer_of_subscription(self, customer_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self._guard(lambda: self.select_customer(customer_id))
        self.list.setFocus()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ToySub Desktop"),
            self.tr("ToySub Desktop {version}\nThe counter app for toy-subscription shops.").format(
                version=__version__
            ),
        )

    # --- faults -------------------------------------------------------------------------------------------------

    def _guard(self, action: Callable[[], None]) -> None:
        """Run *action*; a database problem (busy, unreachable, …) becomes a clear message, not a crash."""
        try:
            action()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        if self._billing is not None:
            self._billing.join()  # a billing run commits batch by batch; let the one under way end
        MachineSettings().save_geometry(self)
        super().closeEvent(event)
