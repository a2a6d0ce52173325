"""The toy catalogue (Shop → Toys and items…): toys with their ages and value, adding labelled items, retiring."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.domain.toys import ACQUIRED_ON, BRAND_MAX, MAX_AGE_MONTHS, TOY_NAME_MAX, ToyCategory
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.toys import (
    NewItem,
    ToyRow,
    add_items,
    create_toy,
    next_in_store_barcode,
    search_toys,
    set_toy_active,
    update_toy,
)
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.rental_text import age_range_text, category_name
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import message_text, won_text

NAME, CATEGORY, AGES, BRAND, VALUE, ITEMS, ON_SHELF, WAITING = range(8)


class ToyListModel(PagedTableModel[ToyRow]):
    headers = (
        QT_TRANSLATE_NOOP("ToyListModel", "Toy"),
        QT_TRANSLATE_NOOP("ToyListModel", "Category"),
        QT_TRANSLATE_NOOP("ToyListModel", "Ages"),
        QT_TRANSLATE_NOOP("ToyListModel", "Brand"),
        QT_TRANSLATE_NOOP("ToyListModel", "Value"),
        QT_TRANSLATE_NOOP("ToyListModel", "Items"),
        QT_TRANSLATE_NOOP("ToyListModel", "On the shelf"),
        QT_TRANSLATE_NOOP("ToyListModel", "Waiting"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.id, _toy_cell, _toy_role), parent)
        self._counter = counter
        self.query = ""
        self.include_inactive = True

    def set_query(self, query: str) -> None:
        self.query = query
        self.reload()

    def _fetch(self, after: ToyRow | None, limit: int) -> tuple[Sequence[ToyRow], bool]:
        return search_toys(
            self._counter.db, self.query, include_inactive=self.include_inactive, after=after, limit=limit
        )


def _toy_cell(row: ToyRow, column: int) -> str:
    retired = "" if row.active else " ✕"
    values = {
        NAME: row.name + retired,
        CATEGORY: category_name(row.category),
        AGES: age_range_text(row.min_age_months, row.max_age_months),
        BRAND: row.brand,
        VALUE: won_text(row.value),
        ITEMS: str(row.items),
        ON_SHELF: str(row.available),
        WAITING: str(row.waiting) if row.waiting else "",
    }
    return values.get(column, "")


def _toy_role(row: ToyRow, column: int, role: int) -> object:
    if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, ITEMS, ON_SHELF, WAITING):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


class ToyDialog(ServiceDialog):
    """A new toy, or a correction of one."""

    def __init__(self, counter: Counter, parent: QWidget | None = None, *, toy: ToyRow | None = None) -> None:
        super().__init__(counter, "", parent)
        self.toy = toy
        self.setWindowTitle(self.tr("Edit toy") if toy else self.tr("New toy"))
        self.name = QLineEdit(toy.name if toy else "")
        self.name.setMaxLength(TOY_NAME_MAX)
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 40)
        self.category: ChoiceBox[ToyCategory] = ChoiceBox()
        for category in ToyCategory:
            self.category.add(category_name(category), category)
        if toy:
            self.category.set_value(toy.category)
        self.min_age = self._months(toy.min_age_months if toy else 12)
        self.max_age = self._months(toy.max_age_months if toy else 48)
        self.brand = QLineEdit(toy.brand if toy else "")
        self.brand.setMaxLength(BRAND_MAX)
        self.value = QLineEdit(f"{toy.value:,}" if toy else "")
        self.value.setPlaceholderText(self.tr("what it costs to replace, e.g. 89,000"))
        self.note = QLineEdit(toy.note if toy else "")
        self.note.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "name")
        self.errors.add_row(self.form, self.tr("&Category"), self.category, "category")
        self.errors.add_row(self.form, self.tr("From &age"), self.min_age, "min_age_months")
        self.errors.add_row(self.form, self.tr("&Up to age"), self.max_age, "max_age_months")
        self.errors.add_row(self.form, self.tr("&Brand"), self.brand, "brand")
        self.errors.add_row(self.form, self.tr("&Value (won)"), self.value, "value")
        self.errors.add_row(self.form, self.tr("N&ote"), self.note, "note")
        self.name.setFocus()

    def _months(self, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_AGE_MONTHS)
        spin.setValue(value)
        spin.setSuffix(self.tr(" months"))
        return spin

    def submit(self) -> object:
        fields = {
            "name": self.name.text(),
            "category": self.category.value() or ToyCategory.BABY,
            "min_age_months": self.min_age.value(),
            "max_age_months": self.max_age.value(),
            "brand": self.brand.text(),
            "value": parse_won(self.value.text(), field="value", allow_zero=False),
            "note": self.note.text(),
        }
        if self.toy is None:
            return create_toy(self.counter.db, staff_id=self.counter.staff.id, now=self.counter.now(), **fields)  # type: ignore[arg-type]
        update_toy(
            self.counter.db, staff_id=self.counter.staff.id, toy_id=self.toy.id, expected_version=self.toy.version,
            now=self.counter.now(), **fields,  # type: ignore[arg-type]
        )  # fmt: skip
        return self.toy.id


class AddItemsDialog(ServiceDialog):
    """Items of one toy: scan each copy's barcode (one a line), or let the shop number the labels."""

    def __init__(self, counter: Counter, toy: ToyRow, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Add items: {toy}").format(toy=toy.name))
        self.toy = toy
        self.add_intro(
            self.tr(
                "Scan each copy's own label, one a line. A maker's barcode names the product, so a second copy "
                "needs the shop's label: the next one is {code}."
            ).format(code=next_in_store_barcode(counter.db))
        )
        self.barcodes = QPlainTextEdit()
        self.barcodes.setTabChangesFocus(True)
        self.barcodes.setFixedHeight(self.barcodes.fontMetrics().lineSpacing() * 6 + 12)
        self.labels = QSpinBox()
        self.labels.setRange(0, 200)
        self.labels.setSuffix(self.tr(" new shop labels"))
        self.acquired = date_edit(counter.today(), today=counter.today(), field="acquired_on", rule=ACQUIRED_ON)
        self.notes = QLineEdit()
        self.notes.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("&Barcodes"), self.barcodes, "barcodes")
        self.errors.alias("toy", "barcodes")
        self.errors.add_row(self.form, self.tr("&Or number"), self.labels, "labels")
        self.errors.add_row(self.form, self.tr("&Acquired on"), self.acquired, "acquired_on")
        self.errors.add_row(self.form, self.tr("&Note"), self.notes, "notes")
        self.barcodes.setFocus()

    def submit(self) -> tuple[NewItem, ...]:
        codes = [line.strip() for line in self.barcodes.toPlainText().splitlines() if line.strip()]
        return add_items(
            self.counter.db, staff_id=self.counter.staff.id, toy_id=self.toy.id, barcodes=codes,
            new_labels=self.labels.value(), acquired_on=date_of(self.acquired), notes=self.notes.text(),
            now=self.counter.now(),
        )  # fmt: skip


class ToyCatalogueDialog(QDialog):
    """The catalogue: find a toy by name or 초성, add and edit toys, add their items, retire a toy."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Toys and items"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Toy name, initials (ㅈㅅㅂㄹ) or brand"))
        self.search.setClearButtonEnabled(True)
        self.model = ToyListModel(counter, self)
        self.list = list_view(self.model, stretch_column=NAME)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("new", self.tr("&New toy…"), self.new_toy),
            ("edit", self.tr("&Edit…"), self.edit_toy),
            ("items", self.tr("Add &items…"), self.add_items),
            ("retire", self.tr("&Retire / put back"), self.toggle_active),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.search, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.list, 1)
        column.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self._guard(lambda: self.model.set_query(self.search.text())))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.list.activated.connect(lambda _i: self.edit_toy())
        self.resize(self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().lineSpacing() * 40)
        keep_on_screen(self)
        self._guard(lambda: self.model.set_query(""))
        self._update()
        self.search.setFocus()

    def current(self) -> ToyRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        has = self.current() is not None
        for key in ("edit", "items", "retire"):
            self.buttons[key].setEnabled(has)

    def _reload(self, select: int | None) -> None:
        self._guard(self.model.reload)
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.list.selectRow(row)
        self._update()

    def _guard(self, work: object) -> None:
        assert callable(work)
        try:
            work()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    def new_toy(self) -> None:
        dialog = ToyDialog(self.counter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self._reload(dialog.outcome)

    def edit_toy(self) -> None:
        toy = self.current()
        if toy is not None and ToyDialog(self.counter, self, toy=toy).exec() == QDialog.DialogCode.Accepted:
            self._reload(toy.id)

    def add_items(self) -> None:
        toy = self.current()
        if toy is None:
            return
        dialog = AddItemsDialog(self.counter, toy, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, tuple):
            codes = "\n".join(item.barcode for item in dialog.outcome)
            QMessageBox.information(
                self, self.tr("Items added"), self.tr("Label each copy with its barcode:\n{codes}").format(codes=codes)
            )
            self._reload(toy.id)

    def toggle_active(self) -> None:
        toy = self.current()
        if toy is None:
            return
        try:
            set_toy_active(
                self.counter.db, staff_id=self.counter.staff.id, toy_id=toy.id, active=not toy.active,
                expected_version=toy.version, now=self.counter.now(),
            )  # fmt: skip
        except ConcurrentEditError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
        self._reload(toy.id)
