"""The Rentals tab: a scan box, the item list with quick lists, the selected item's panel, and the counter's actions.

A barcode scanner types into the scan box like a keyboard and presses Enter: the item is found and selected. A toy
name or its 초성 lists the toy's items as you type.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.toys import IN_WORK, ItemState, ItemStep, looks_like_barcode, steps_for
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.rentals import ReturnResult, SwapResult, finish_work, retire_item, send_for_work
from toysub_desktop.services.toys import ItemFilter, ItemView, count_items, find_item, item_view
from toysub_desktop.ui.actions import action_button, tab_action
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.rental_dialogs import (
    CustomerRentalsDialog,
    LendDialog,
    ReserveDialog,
    ReturnDialog,
    SwapDialog,
    fill_rows,
    table_of,
)
from toysub_desktop.ui.forms import ERROR_STYLE, make_message_label
from toysub_desktop.ui.item_list_model import TOY, ItemListModel
from toysub_desktop.ui.paged_model import list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.rental_text import (
    age_range_text,
    category_name,
    item_state_name,
    queue_place_text,
    reservation_state_name,
)
from toysub_desktop.ui.text import day_text, message_text, moment_text, problem_text, without_mnemonic, won_text

SEARCH_DELAY_MS = 150


class ItemPanel(QWidget):
    """One item: its state, toy, who has it and until when, who is waiting for the toy, and its history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: ItemView | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.state = QLabel()
        self.toy = QLabel()
        self.toy.setWordWrap(True)
        self.loan = QLabel()
        self.loan.setWordWrap(True)
        self.facts.addRow(self.tr("State"), self.state)
        self.facts.addRow(self.tr("Toy"), self.toy)
        self.facts.addRow(self.tr("With"), self.loan)
        self.queue = table_of([self.tr("Waiting child"), self.tr("Customer"), self.tr("State"), self.tr("Place")])
        self.history = table_of([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Customer"),
                               self.tr("Staff"), self.tr("Note")])  # fmt: skip
        queue_label = QLabel(self.tr("Reservations &waiting"))
        queue_label.setBuddy(self.queue)
        history_label = QLabel(self.tr("&History"))
        history_label.setBuddy(self.history)
        self.empty = QLabel(self.tr("Scan an item or choose one in the list."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(self.facts)
        column.addWidget(queue_label)
        column.addWidget(self.queue, 1)
        column.addWidget(history_label)
        column.addWidget(self.history, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)
        self.show_item(None)

    def show_item(self, view: ItemView | None) -> None:
        self.view = view
        self.empty.setVisible(view is None)
        self.body.setVisible(view is not None)
        if view is None:
            return
        self.title.setText(view.label)
        self.state.setText(item_state_name(view.state))
        self.state.setStyleSheet(ERROR_STYLE if view.state in IN_WORK or view.state is ItemState.RETIRED else "")
        toy = view.toy
        self.toy.setText(
            self.tr("{category} · {ages} · {brand} · value {value} · {shelf} of {items} on the shelf").format(
                category=category_name(toy.category),
                ages=age_range_text(toy.min_age_months, toy.max_age_months),
                brand=toy.brand,
                value=won_text(toy.value),
                shelf=toy.available,
                items=toy.items,
            )
        )
        if view.loan is not None:
            loan = view.loan
            text = self.tr("{child} ({customer}, {number}) since {since}, due {due}").format(
                child=loan.child_name, customer=loan.customer_name, number=loan.customer_number,
                since=day_text(loan.lent_on), due=day_text(loan.due_on),
            )  # fmt: skip
            if loan.days_late:
                text += " · " + self.tr("{days} days late").format(days=loan.days_late)
            self.loan.setText(text)
            self.loan.setStyleSheet(ERROR_STYLE if loan.days_late else "")
        elif view.held_for is not None:
            self.loan.setText(
                self.tr("Set aside for {child} ({customer})").format(
                    child=view.held_for.child_name, customer=view.held_for.customer_name
                )
            )
            self.loan.setStyleSheet("")
        else:
            self.loan.setText(self.tr("In the shop · lent {count} times").format(count=view.times_lent))
            self.loan.setStyleSheet("")
        fill_rows(
            self.queue,
            [
                (
                    r.child_name,
                    r.customer_name,
                    reservation_state_name(r.state),
                    queue_place_text(r.position, r.item_barcode, r.priority),
                )
                for r in view.queue
            ],
        )
        fill_rows(
            self.history,
            [
                (
                    moment_text(e.at),
                    item_state_name(e.from_state) if e.from_state else "",
                    item_state_name(e.to_state),
                    e.customer_name,
                    e.staff,
                    e.note,
                )
                for e in view.history
            ],
        )


class RentalsTab(QWidget):
    """Emits ``customerChosen(id)`` when the clerk asks to see the customer who has an item."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan a barcode, or type a toy name or its initials (ㅈㅅㅂㄹ)"))
        self.scan.setClearButtonEnabled(True)
        scan_label = QLabel(self.tr("Sc&an or find:"))
        scan_label.setBuddy(self.scan)
        self.scan_message = make_message_label(ERROR_STYLE)
        # What the last lend or return did and charged.
        self.done = make_message_label("font-weight: bold;")
        self.which: ChoiceBox[ItemFilter] = ChoiceBox()
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.which)
        self.model = ItemListModel(counter, self)
        self.list = list_view(self.model, stretch_column=TOY)
        self.panel = ItemPanel()

        top = QHBoxLayout()
        top.addWidget(scan_label)
        top.addWidget(self.scan, 1)
        top.addWidget(show_label)
        top.addWidget(self.which)
        self.buttons: dict[str, QPushButton] = {}
        self.actions_: dict[str, QAction] = {}
        actions_row = QHBoxLayout()
        self._build_actions(actions_row)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.scan_message)
        column.addWidget(self.done)
        column.addLayout(actions_row)
        column.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.scan.textChanged.connect(self._typed)
        self.scan.returnPressed.connect(self.scan_entered)
        self.which.currentIndexChanged.connect(lambda _i: self._run_search())
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.activated.connect(lambda _index: self.panel.setFocus())
        self.setFocusProxy(self.scan)
        self._loaded = False
        self._update_actions()

    # --- actions ------------------------------------------------------------------------------------------------

    def _build_actions(self, row: QHBoxLayout) -> None:
        definitions: list[tuple[str, str, str | None, Callable[[], None]]] = [
            ("lend", self.tr("&Lend…"), "Ctrl+L", self.lend),
            ("return", self.tr("&Return…"), "Ctrl+R", self.return_items),
            ("swap", self.tr("S&wap…"), "Ctrl+Shift+L", self.swap),
            ("finish", self.tr("&Finish cleaning/repair"), "Ctrl+Shift+K", self.finish),
            ("reserve", self.tr("Reser&ve…"), "Ctrl+Shift+R", self.reserve),
            ("customer", self.tr("Cus&tomer's rentals…"), "Ctrl+U", self.customer_rentals),
        ]
        for key, text, shortcut, slot in definitions:
            action = tab_action(self, text, shortcut, slot)
            self.actions_[key] = action
            self.buttons[key] = action_button(action, keep_mnemonic=shortcut is None)
            row.addWidget(self.buttons[key])
        self.more = QPushButton(self.tr("&More"))
        more_menu = QMenu(self.more)
        for key, text, slot in (
            ("to_cleaning", self.tr("Send to &cleaning"), lambda: self.send_for_work(ItemState.CLEANING)),
            ("to_repair", self.tr("Send to &repair"), lambda: self.send_for_work(ItemState.REPAIR)),
            ("retire", self.tr("Re&tire item…"), self.retire),
            ("show_customer", self.tr("Show the &customer"), self.show_customer),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            more_menu.addAction(action)
            self.actions_[key] = action
        self.more.setMenu(more_menu)
        self.more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row.addWidget(self.more)
        row.addStretch(1)
        find = QAction(self)
        find.setShortcut(QKeySequence("F3"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_scan)
        self.addAction(find)

    def _update_actions(self) -> None:
        view = self.panel.view
        # The item's own steps are the ones the domain allows from its state; lending, returns and swaps start
        # from a scan, so they stay offered without a chosen item.
        steps = steps_for(view.state) if view else frozenset()
        enabled = {
            "lend": True,
            "return": True,
            "swap": True,
            "finish": ItemStep.FINISH_WORK in steps,
            "reserve": view is not None and view.toy.active,
            "customer": True,
            "to_cleaning": ItemStep.SEND_TO_CLEANING in steps,
            "to_repair": ItemStep.SEND_TO_REPAIR in steps,
            "retire": ItemStep.RETIRE in steps,
            "show_customer": view is not None and view.loan is not None,
        }
        for key, action in self.actions_.items():
            action.setEnabled(enabled[key])
            if key in self.buttons:
                self.buttons[key].setEnabled(enabled[key])

    # --- search -------------------------------------------------------------------------------------------------

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def _fill_filters(self) -> None:
        today = self.counter.today()
        current = self.which.value()
        labels = {
            ItemFilter.ALL: self.tr("All items"),
            ItemFilter.AVAILABLE: self.tr("On the shelf ({count})"),
            ItemFilter.ON_LOAN: self.tr("On loan ({count})"),
            ItemFilter.OVERDUE: self.tr("Overdue ({count})"),
            ItemFilter.HELD: self.tr("Set aside for reservations ({count})"),
            ItemFilter.CLEANING: self.tr("In cleaning ({count})"),
            ItemFilter.REPAIR: self.tr("In repair ({count})"),
            ItemFilter.RETIRED: self.tr("Retired"),
        }
        self.which.blockSignals(True)
        self.which.clear_choices()
        for which, label in labels.items():
            counted = "{count}" in label
            self.which.add(label.format(count=count_items(self.counter.db, which, today=today)) if counted else label,
                           which)  # fmt: skip
        self.which.set_value(current or ItemFilter.ALL)
        self.which.blockSignals(False)

    def _typed(self, text: str) -> None:
        self.scan_message.hide()
        # A scanner types a whole code in a few milliseconds and then Enter: wait for the Enter instead of
        # searching on every digit.
        if not looks_like_barcode(text):
            self._timer.start()

    def _run_search(self) -> None:
        self._timer.stop()
        self._guard(lambda: self.model.set_search(self.scan.text(), self.which.value() or ItemFilter.ALL))
        if self.model.rowCount() == 0:
            self.panel.show_item(None)
            self._update_actions()
        no_items = (
            self.model.rowCount() == 0 and not self.scan.text().strip() and self.which.value() in (None, ItemFilter.ALL)
        )
        self.panel.empty.setText(
            self.tr("No toys yet. Add toys and label their items under Shop ▸ Toys and items…, then scan one here.")
            if no_items
            else self.tr("Scan an item or choose one in the list.")
        )

    def scan_entered(self) -> None:
        """Enter in the scan box: a barcode selects its item; anything else selects the first match."""
        text = self.scan.text().strip()
        self._timer.stop()
        if text and looks_like_barcode(text):
            try:
                found = find_item(self.counter.db, text, today=self.counter.today())
            except ValidationError as error:
                self._say(problem_text(error.problems[0]))
                return
            except DatabaseProblem as problem:
                show_problem(problem, self)
                return
            if found is None:
                self._say(self.tr("No item has the barcode {barcode}.").format(barcode=text))
                return
            self.select_item(found.id, found.barcode)
            self.scan.selectAll()
            return
        self._run_search()
        if self.model.rowCount() > 0:
            self.list.selectRow(0)
            self.list.setFocus()

    def _say(self, text: str) -> None:
        self.scan_message.setText(text)
        self.scan_message.show()
        self.scan.selectAll()

    def select_item(self, item_id: int, barcode: str | None = None) -> None:
        """Show *item_id* in the list (searching for its barcode when needed) and on the panel."""
        row = self.model.row_of(item_id)
        if row is None and barcode is not None:
            self.which.blockSignals(True)
            self.which.set_value(ItemFilter.ALL)
            self.which.blockSignals(False)
            if barcode is not None:
                self._guard(lambda: self.model.set_search(barcode, ItemFilter.ALL))
            row = self.model.row_of(item_id)
        if row is not None:
            self.list.selectRow(row)
            self.list.scrollTo(self.model.index(row, 0))
        self.show_item(item_id)

    # --- loading ------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        self.scan.setFocus()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._guard(self._fill_filters)
            self._run_search()

    def refresh(self) -> None:
        if not self._loaded:
            return
        selected = self.current_id()
        self._guard(self._fill_filters)
        self._guard(self.model.refresh)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.list.selectRow(row)
        self.show_item(selected)

    def current_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.show_item(item_id)

    def show_item(self, item_id: int | None) -> None:
        if item_id is None:
            self.panel.show_item(None)
        else:
            self._guard(lambda: self.panel.show_item(item_view(self.counter.db, item_id, today=self.counter.today())))
        self._update_actions()

    def _guard(self, work: Callable[[], None]) -> None:
        try:
            work()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    # --- the actions' slots -------------------------------------------------------------------------------------

    def _after(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.refresh()
            if isinstance(dialog, LendDialog | ReturnDialog | SwapDialog):
                self.say_done(dialog.done_text())
            outcome = dialog.outcome if isinstance(dialog, ReturnDialog | SwapDialog) else None
            returned = outcome.returned if isinstance(outcome, SwapResult) else outcome
            if isinstance(returned, ReturnResult):
                from toysub_desktop.ui.dialogs.refund_dialogs import offer_deposit_refunds

                # The last item of an ended rental back: its deposit is due to be given back.
                self._guard(
                    lambda: offer_deposit_refunds(self.counter, (line.customer_id for line in returned.lines), self)
                )
        return accepted

    def say_done(self, text: str) -> None:
        """What a lend or return did and charged, under the scan field and in the window's status bar."""
        self.done.setText(text)
        self.done.setVisible(bool(text))
        window = self.window()
        if text and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    def lend(self) -> None:
        view = self.panel.view
        row = find_item(self.counter.db, view.barcode, today=self.counter.today()) if view else None
        customer = view.held_for.customer_id if view and view.held_for else None
        self._after(LendDialog(self.counter, self, customer_id=customer, items=[row] if row else []))

    def return_items(self) -> None:
        view = self.panel.view
        codes = [view.barcode] if view is not None and ItemStep.RETURN in steps_for(view.state) else []
        self._after(ReturnDialog(self.counter, self, barcodes=codes))

    def swap(self) -> None:
        view = self.panel.view
        customer = view.loan.customer_id if view and view.loan else None
        if customer is None:
            dialog = CustomerRentalsDialog(self.counter, self)
            dialog.exec()
            self.refresh()
            return
        self._after(SwapDialog(self.counter, customer, self))

    def reserve(self) -> None:
        if view := self.panel.view:
            self._after(ReserveDialog(self.counter, view.toy, self))

    def customer_rentals(self) -> None:
        view = self.panel.view
        customer = view.loan.customer_id if view and view.loan else None
        CustomerRentalsDialog(self.counter, self, customer_id=customer).exec()
        self.refresh()

    def finish(self) -> None:
        view = self.panel.view
        if view is None:
            return
        try:
            done = finish_work(self.counter.db, staff_id=self.counter.staff.id, item_id=view.id, now=self.counter.now())
        except (ValidationError, ConcurrentEditError, DatabaseProblem) as error:
            self._show_error(error)
            return
        if done.reserved_for is not None:
            QMessageBox.information(
                self,
                self.tr("Set aside"),
                self.tr("{item} is set aside for {child} ({customer}). Call the customer.").format(
                    item=view.label, child=done.reserved_for.child_name, customer=done.reserved_for.customer_name
                ),
            )
        self.refresh()

    def send_for_work(self, target: ItemState) -> None:
        if view := self.panel.view:
            note, ok = QInputDialog.getText(self, without_mnemonic(self.tr("&More")), self.tr("What needs doing?"))
            if ok:
                self._run(lambda: send_for_work(self.counter.db, staff_id=self.counter.staff.id, item_id=view.id,
                                                target=target, note=note, now=self.counter.now()))  # fmt: skip

    def retire(self) -> None:
        if view := self.panel.view:
            note, ok = QInputDialog.getText(self, self.tr("Retire item"), self.tr("Why is {item} retired?").format(
                item=view.label))  # fmt: skip
            if ok:
                self._run(lambda: retire_item(self.counter.db, staff_id=self.counter.staff.id, item_id=view.id,
                                              note=note, now=self.counter.now()))  # fmt: skip

    def show_customer(self) -> None:
        view = self.panel.view
        if view is not None and view.loan is not None:
            self.customerChosen.emit(view.loan.customer_id)

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except (ValidationError, ConcurrentEditError, DatabaseProblem) as error:
            self._show_error(error)
        self.refresh()

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, DatabaseProblem):
            show_problem(error, self)
        elif isinstance(error, ValidationError):
            QMessageBox.warning(self, self.tr("Rentals"), "\n".join(problem_text(p) for p in error.problems))
        elif isinstance(error, ConcurrentEditError):
            QMessageBox.warning(self, self.tr("Rentals"), message_text(error.message))
