"""The Deliveries tab: the day's lists, filters (dates, state, region, kind), the fast list with a selection of many,
the selected delivery's panel, and the steps taken on the whole selection at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.address import REGION_SPELLINGS
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.deliveries import (
    DeliveryFilter,
    DeliveryRow,
    ScheduleResult,
    count_deliveries,
    delivery_history,
    keep_schedule_ahead,
    mark_delivered,
    pack,
)
from toysub_desktop.services.holds import count_customers_on_hold
from toysub_desktop.ui.actions import action_button, tab_action
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.delivery_list_model import ADDRESS, DeliveryListModel
from toysub_desktop.ui.delivery_panel import DeliveryPanel
from toysub_desktop.ui.dialogs.delivery_dialogs import NoteDialog, ReasonDialog, ScheduleDialog, ShipDialog
from toysub_desktop.ui.forms import date_edit
from toysub_desktop.ui.holds_dialog import HoldsDialog
from toysub_desktop.ui.paged_model import list_view
from toysub_desktop.ui.problems import problem_message, show_problem
from toysub_desktop.ui.segment_box import SegmentBox
from toysub_desktop.ui.text import (
    delivery_state_name,
    message_text,
    plan_kind_name,
    problem_text,
)

_ONE_DAY = timedelta(days=1)
#: The states a step may start from, by the step (the button is enabled when every chosen delivery is in one).
_STEP_FROM: dict[str, frozenset[DeliveryState]] = {
    "pack": frozenset({DeliveryState.SCHEDULED}),
    "ship": frozenset({DeliveryState.SCHEDULED, DeliveryState.PACKED}),
    "delivered": frozenset({DeliveryState.SHIPPED}),
    "failed": frozenset({DeliveryState.SHIPPED}),
    "returned": frozenset({DeliveryState.SHIPPED}),
    "unpack": frozenset({DeliveryState.PACKED}),
}


class DeliveriesTab(QWidget):
    """Emits ``customerChosen(id)`` / ``subscriptionChosen(id)`` when the clerk asks to see them."""

    customerChosen = Signal(int)
    subscriptionChosen = Signal(int)
    # What a step did, for the status bar.
    reported = Signal(str)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        today = counter.today()
        # A list filter: any readable date (the follow-up list starts in 2000).
        self.first = date_edit(today, today=today, field="first", rule=None)
        self.last = date_edit(today, today=today, field="last", rule=None)
        self.state: ChoiceBox[DeliveryState | None] = ChoiceBox()
        self.state.add(self.tr("All states"), None)
        for state in DeliveryState:
            self.state.add(delivery_state_name(state), state)
        self.region: ChoiceBox[str | None] = ChoiceBox()
        self.region.add(self.tr("All regions"), None)
        for region in dict.fromkeys(REGION_SPELLINGS.values()):
            self.region.add(region, region)
        self.kind: ChoiceBox[PlanKind | None] = ChoiceBox()
        self.kind.add(self.tr("All kinds"), None)
        for kind in (PlanKind.BOX, PlanKind.RENTAL):
            self.kind.add(plan_kind_name(kind), kind)
        self.follow_up_only = QCheckBox(self.tr("Follow-&up only"))

        #: Only the deliveries of a saved segment's customers.
        self.segment = SegmentBox(counter, with_count=False)
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("&From:"), self.first),
            (self.tr("&To:"), self.last),
            (self.tr("St&ate:"), self.state),
            (self.tr("Re&gion:"), self.region),
            (self.tr("&Kind:"), self.kind),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.follow_up_only)
        filters.addStretch(1)

        self.daily: dict[str, QPushButton] = {}
        daily_row = QHBoxLayout()
        daily_row.addWidget(QLabel(self.tr("Lists:")))
        for key, on_click in (
            ("today", lambda: self.show_days(self.counter.today(), self.counter.today())),
            ("tomorrow", lambda: self.show_days(self.counter.today() + _ONE_DAY, self.counter.today() + _ONE_DAY)),
            ("week", lambda: self.show_days(self.counter.today(), self.counter.today() + 6 * _ONE_DAY)),
            ("follow_up", self.show_follow_up),
            ("holds", self.show_holds),
        ):
            button = QPushButton()
            button.clicked.connect(on_click)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            daily_row.addWidget(button)
            self.daily[key] = button
        daily_row.addStretch(1)
        # The segment sits with the lists (the filters' row is as wide as a counter's screen allows).
        segment_caption = QLabel(self.tr("Segme&nt:"))
        segment_caption.setBuddy(self.segment)
        daily_row.addWidget(segment_caption)
        daily_row.addWidget(self.segment)

        self.model = DeliveryListModel(counter, self)
        self.list = list_view(self.model, stretch_column=ADDRESS)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.panel = DeliveryPanel()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.actions_: dict[str, QAction] = {}
        self.menu = QMenu(self.tr("Deli&very"), self)
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
        splitter.setStretchFactor(1, 1)
        column = QVBoxLayout(self)
        column.addLayout(daily_row)
        column.addLayout(filters)
        column.addLayout(buttons)
        column.addWidget(splitter, 1)
        column.addWidget(self.status)

        for combo in (self.state, self.region, self.kind):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _day: self.apply_filters())
        self.follow_up_only.toggled.connect(lambda _on: self.apply_filters())
        self.segment.segmentChanged.connect(lambda _id: self.apply_filters())
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self._loaded = False

    # --- actions ------------------------------------------------------------------------------------------------

    def _build_actions(self, row: QHBoxLayout) -> None:
        definitions: list[tuple[str, str, str | None, Callable[[], None], bool]] = [
            ("pack", self.tr("&Pack"), "Ctrl+K", self.pack, True),
            ("ship", self.tr("&Ship…"), "Ctrl+Shift+S", self.ship, True),
            ("delivered", self.tr("&Delivered"), "Ctrl+Shift+D", self.delivered, True),
            ("failed", self.tr("&Failed…"), None, self.failed, True),
            ("returned", self.tr("Came &back…"), None, self.returned, True),
            ("unpack", self.tr("&Unpack…"), None, self.unpack, True),
            ("follow_up_done", self.tr("F&ollow-up done…"), None, self.follow_up_done, True),
            ("picking", self.tr("P&icking list…"), None, self.print_picking_list, False),
            ("manifest", self.tr("&Manifest…"), None, self.print_manifest, False),
            ("labels", self.tr("Address &labels…"), "Ctrl+Shift+L", self.print_labels, False),
            ("courier_file", self.tr("E&xport for the courier…"), None, self.export_courier_file, False),
            ("tracking_file", self.tr("Tracking numbers from the cou&rier…"), None, self.import_tracking_file, False),
            ("select_all", self.tr("Choose &all in the list"), "Ctrl+A", self.select_all, False),
            ("schedule", self.tr("Sc&hedule ahead…"), None, self.schedule, False),
            ("customer", self.tr("Show &customer"), None, self.show_customer, False),
            ("subscription", self.tr("Show subscr&iption"), None, self.show_subscription, False),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot, on_button in definitions:
            action = tab_action(self, text, shortcut, slot)
            self.menu.addAction(action)
            self.actions_[key] = action
            if key in ("follow_up_done", "tracking_file"):
                self.menu.addSeparator()
            if on_button:
                self.buttons[key] = action_button(action)
                row.addWidget(self.buttons[key])
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setToolTip(
            self.tr("The chosen deliveries, or every one in the list when one or none is chosen")
        )
        print_menu = QMenu(self.print_button)
        for key in ("picking", "manifest", "labels"):
            print_menu.addAction(self.actions_[key])
        self.print_button.setMenu(print_menu)
        self.print_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row.addWidget(self.print_button)
        row.addStretch(1)

    def _update_actions(self) -> None:
        chosen = self.chosen()
        states = {row.state for row in chosen}
        enabled = {key: bool(chosen) and states <= allowed for key, allowed in _STEP_FROM.items()}
        if any(row.held for row in chosen):  # the service refuses them too; the buttons say so first
            enabled["pack"] = enabled["ship"] = False
        enabled["follow_up_done"] = any(row.needs_follow_up for row in chosen)
        enabled["select_all"] = self.model.rowCount() > 0
        for key in ("picking", "manifest", "labels", "courier_file"):
            enabled[key] = self.model.rowCount() > 0
        enabled["schedule"] = True
        enabled["customer"] = len(chosen) == 1
        enabled["subscription"] = len(chosen) == 1
        for key, action in self.actions_.items():
            action.setEnabled(enabled.get(key, True))
            if key in self.buttons:
                self.buttons[key].setEnabled(action.isEnabled())

    # --- filters and lists --------------------------------------------------------------------------------------

    def filters(self) -> DeliveryFilter:
        return DeliveryFilter(
            first=self.first.last_usable() or self.counter.today(),
            last=self.last.last_usable() or self.counter.today(),
            state=self.state.value(),
            region=self.region.value(),
            plan_kind=self.kind.value(),
            needs_follow_up=True if self.follow_up_only.isChecked() else None,
            segment_id=self.segment.segment_id(),
        )

    def _set_quietly(self, work: Callable[[], None]) -> None:
        widgets = (self.first, self.last, self.state, self.region, self.kind, self.follow_up_only)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            work()
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def show_days(self, first: date, last: date) -> None:
        """A day's (or a week's) deliveries, every state; the other filters are cleared."""

        def set_filters() -> None:
            self.first.set_date(first)
            self.last.set_date(last)
            self.state.set_value(None)
            self.region.set_value(None)
            self.kind.set_value(None)
            self.follow_up_only.setChecked(False)

        self._set_quietly(set_filters)
        self.apply_filters()
        self.list.setFocus()

    def show_follow_up(self) -> None:
        """Every delivery that needs a clerk's attention, whatever its date."""

        def set_filters() -> None:
            self.first.set_date(date(2000, 1, 1))
            self.last.set_date(self.counter.today() + timedelta(days=366))
            self.state.set_value(None)
            self.region.set_value(None)
            self.kind.set_value(None)
            self.follow_up_only.setChecked(True)

        self._set_quietly(set_filters)
        self.apply_filters()
        self.list.setFocus()

    def show_holds(self) -> None:
        """The customers who cannot be reached: open one to record the new contact, or release the hold."""
        dialog = HoldsDialog(self.counter, self)
        dialog.customerChosen.connect(self.customerChosen.emit)
        dialog.exec()
        self.apply_filters()

    def apply_filters(self, *, keep: Sequence[int] = ()) -> None:
        keep = tuple(keep) or tuple(row.id for row in self.chosen())
        self._guard(lambda: self.model.set_filters(self.filters()))
        self.empty.setText(self.tr("No delivery matches these filters."))
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_counts()
        self._select_ids(keep)
        self._selection_changed()

    def _select_ids(self, ids: Sequence[int]) -> None:
        selection = QItemSelection()
        for delivery_id in ids:
            row = self.model.row_of(delivery_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.list.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not selection.isEmpty():
            self.list.selectionModel().setCurrentIndex(
                selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _update_counts(self) -> None:
        today = self.counter.today()

        def count(**filters: object) -> int:
            return count_deliveries(self.counter.db, DeliveryFilter(**filters))  # type: ignore[arg-type]

        to_do = [DeliveryState.SCHEDULED, DeliveryState.PACKED]
        try:
            texts = {
                "today": self.tr("Today ({count} to send)").format(
                    count=sum(count(first=today, last=today, state=s) for s in to_do)
                ),
                "tomorrow": self.tr("Tomorrow ({count} to send)").format(
                    count=sum(count(first=today + _ONE_DAY, last=today + _ONE_DAY, state=s) for s in to_do)
                ),
                "week": self.tr("Next 7 days"),
                "follow_up": self.tr("Follow-up ({count})").format(count=count(needs_follow_up=True)),
                "holds": self.tr("Cannot be reached ({count})").format(count=count_customers_on_hold(self.counter.db)),
            }
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        for key, text in texts.items():
            self.daily[key].setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """The first time the tab is shown: the schedule is brought a month ahead if it is not yet, then read."""
        if self._loaded:
            return
        self._loaded = True
        result, problem = None, None
        # Once a day this schedules a whole month: about a second at a large shop, so the cursor says so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = keep_schedule_ahead(self.counter.db, staff_id=self.counter.staff.id, now=self.counter.now())
        except ConcurrentEditError:
            pass  # another counter was scheduling at the same moment: its schedule is the one listed
        except DatabaseProblem as error:
            problem = error
        finally:
            QApplication.restoreOverrideCursor()
        if problem is not None:
            show_problem(problem, self)
        if result is not None and result.changed:
            self._report_schedule(result)
        self.apply_filters()

    def refresh(self) -> None:
        if self._loaded:
            self.apply_filters()

    # --- selection ----------------------------------------------------------------------------------------------

    def chosen(self) -> list[DeliveryRow]:
        model = self.list.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model is not None else []
        return [found for row in rows if (found := self.model.row_at(row)) is not None]

    def _selection_changed(self, *_args: QItemSelection) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            row = chosen[0]
            try:
                events = delivery_history(self.counter.db, row.id)
            except DatabaseProblem as problem:
                show_problem(problem, self)
                events = ()
            self.panel.show_delivery(row, events)
        else:
            self.panel.show_delivery(None, chosen=len(chosen))
        self._update_actions()

    def select_all(self) -> None:
        while self.model.canFetchMore(self.list.rootIndex()):
            self.model.fetchMore(self.list.rootIndex())
        self.list.selectAll()

    # --- steps --------------------------------------------------------------------------------------------------

    def _guard(self, work: Callable[[], None]) -> None:
        try:
            work()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    def _step(self, key: str, work: Callable[[list[int]], None], done: str) -> None:
        """A step without a dialog: taken for the whole selection, or refused with the reason in the status line."""
        chosen = self.chosen()
        if not chosen or not self.actions_[key].isEnabled():
            return
        ids = [row.id for row in chosen]
        try:
            work(ids)
        except ValidationError as error:
            self._say("\n".join(problem_text(p) for p in error.problems), error=True)
            return
        except ConcurrentEditError as error:
            self._say(message_text(error.message), error=True)
            self.apply_filters(keep=ids)
            return
        except DatabaseProblem as problem:
            self._say(problem_message(problem), error=True)
            return
        self._say(done.format(count=len(ids)))
        self.apply_filters(keep=ids)

    def _with_dialog(self, dialog: QDialog, done: str) -> None:
        ids = [row.id for row in self.chosen()]
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say(done.format(count=len(ids)))
            self.apply_filters(keep=ids)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)
        if not error:
            self.reported.emit(text)

    def pack(self) -> None:
        self._step(
            "pack",
            lambda ids: pack(self.counter.db, staff_id=self.counter.staff.id, delivery_ids=ids, now=self.counter.now()),
            self.tr("{count} deliveries packed: their addresses are frozen as on the labels."),
        )

    def delivered(self) -> None:
        self._step(
            "delivered",
            lambda ids: mark_delivered(
                self.counter.db, staff_id=self.counter.staff.id, delivery_ids=ids, now=self.counter.now()
            ),
            self.tr("{count} deliveries marked delivered."),
        )

    def ship(self) -> None:
        if self.actions_["ship"].isEnabled():
            self._with_dialog(ShipDialog(self.counter, self.chosen(), self), self.tr("{count} deliveries shipped."))

    def failed(self) -> None:
        if self.actions_["failed"].isEnabled():
            self._with_dialog(
                ReasonDialog(self.counter, self.chosen(), returned=False, parent=self),
                self.tr("{count} deliveries marked failed and put on the follow-up list."),
            )

    def returned(self) -> None:
        if self.actions_["returned"].isEnabled():
            self._with_dialog(
                ReasonDialog(self.counter, self.chosen(), returned=True, parent=self),
                self.tr("{count} deliveries marked as come back and put on the follow-up list."),
            )

    def unpack(self) -> None:
        if self.actions_["unpack"].isEnabled():
            self._with_dialog(
                NoteDialog(self.counter, self.chosen(), unpacking=True, parent=self),
                self.tr("{count} deliveries unpacked: they go to the address in effect on their dates again."),
            )

    def follow_up_done(self) -> None:
        if self.actions_["follow_up_done"].isEnabled():
            self._with_dialog(
                NoteDialog(self.counter, self.chosen(), unpacking=False, parent=self),
                self.tr("{count} deliveries taken off the follow-up list."),
            )

    # The printing module loads reportlab: it is imported when the clerk first prints.

    def print_picking_list(self) -> None:
        from toysub_desktop.ui.delivery_printing import printable_scope, show_picking_list

        show_picking_list(self.counter, printable_scope(self.filters(), self._chosen_to_print()), self)

    def print_manifest(self) -> None:
        from toysub_desktop.ui.delivery_printing import printable_scope, show_manifest

        show_manifest(self.counter, printable_scope(self.filters(), self._chosen_to_print()), self)

    def print_labels(self) -> None:
        from toysub_desktop.ui.delivery_printing import printable_scope, show_labels

        show_labels(self.counter, printable_scope(self.filters(), self._chosen_to_print()), self)

    def export_courier_file(self) -> None:
        """The deliveries to ship (the chosen ones, or the list's) in the courier's bulk-registration layout."""
        if not self.actions_["courier_file"].isEnabled():
            return
        from toysub_desktop.ui.courier_files import CourierExportDialog
        from toysub_desktop.ui.delivery_printing import printable_scope

        dialog = CourierExportDialog(self.counter, printable_scope(self.filters(), self._chosen_to_print()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, tuple):
            sheet, path = dialog.outcome
            self._say(
                self.tr("{count} deliveries saved for {courier} in {file}; upload it on the courier's site.").format(
                    count=sheet.count, courier=sheet.courier, file=path.name
                )
            )

    def import_tracking_file(self) -> None:
        """The courier's file of tracking numbers: the matched deliveries are marked shipped."""
        from toysub_desktop.ui.courier_files import TrackingImportDialog

        dialog = TrackingImportDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self._say(self.tr("{count} deliveries shipped from the courier's file.").format(count=dialog.outcome))
            self.apply_filters()

    def _chosen_to_print(self) -> list[int]:
        return [row.id for row in self.chosen() if not row.held]

    def schedule(self) -> None:
        dialog = ScheduleDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, ScheduleResult):
            self._report_schedule(dialog.outcome)
            self.apply_filters()

    def _report_schedule(self, result: ScheduleResult) -> None:
        self._say(
            self.tr(
                "Schedule brought up to date: {added} added, {reinstated} needed again, {cancelled} no longer "
                "needed, {flagged} packed ones to unpack."
            ).format(
                added=result.added,
                reinstated=result.reinstated,
                cancelled=result.cancelled,
                flagged=result.flagged,
            )
        )

    def show_customer(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self.customerChosen.emit(chosen[0].customer_id)

    def show_subscription(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self.subscriptionChosen.emit(chosen[0].subscription_id)
