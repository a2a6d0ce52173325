"""매장 → 내보내기: customers, subscriptions, a period's deliveries or the money view's months (also opened from the
money view) to an xlsx or csv file, for the owner or a manager (anyone else needs one of them to approve with their
PIN); the export is recorded with who and when."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.deliveries import DeliveryRow
from toysub_desktop.services.exports import (
    HEADING_CONTEXT,
    ExportFormat,
    ExportKind,
    ExportResult,
    export_customers,
    export_deliveries,
    export_money_figures,
    export_subscriptions,
    exported_at_text,
)
from toysub_desktop.services.subscriptions import SubscriptionRow
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import last_caption
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.segment_box import SegmentBox
from toysub_desktop.ui.text import delivery_kind_name, delivery_state_name, plan_kind_name, state_name


def heading(text: str) -> str:
    return QCoreApplication.translate(HEADING_CONTEXT, text)


def subscription_words(row: SubscriptionRow) -> tuple[str, str]:
    return plan_kind_name(row.kind), state_name(row.state)


def delivery_words(row: DeliveryRow) -> tuple[str, str]:
    return delivery_kind_name(row.kind), delivery_state_name(row.state)


class ExportDialog(ServiceDialog):
    def __init__(
        self,
        counter: Counter,
        parent: QWidget | None = None,
        *,
        kind: ExportKind = ExportKind.CUSTOMERS,
        first: date | None = None,
        last: date | None = None,
    ) -> None:
        super().__init__(counter, QCoreApplication.translate("ExportDialog", "Export"), parent)
        today = counter.today()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers with their current contacts"), ExportKind.CUSTOMERS.value)
        self.kind.addItem(self.tr("Subscriptions"), ExportKind.SUBSCRIPTIONS.value)
        self.kind.addItem(self.tr("Deliveries of a period"), ExportKind.DELIVERIES.value)
        self.kind.addItem(self.tr("Monthly money figures for the accountant"), ExportKind.MONEY_FIGURES.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.file_format = QComboBox()
        self.file_format.addItem(self.tr("Excel (xlsx)"), ExportFormat.XLSX.value)
        self.file_format.addItem(self.tr("CSV (UTF-8, opens in Excel)"), ExportFormat.CSV.value)
        self.first = DateInput(first or today, today=today, field="first")
        self.last = DateInput(last or today + timedelta(days=30), today=today, field="last")
        self.path = QLineEdit()
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * 60)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.errors.add_row(self.form, self.tr("&What:"), self.kind, "kind")
        self.errors.add_row(self.form, self.tr("F&ormat:"), self.file_format, "format")
        #: Everyone, or one saved segment's customers (not for the month's figures).
        self.segment = SegmentBox(counter)
        # The captions of the rows that only some kinds have, hidden with their fields.
        self.segment_message = self.errors.add_row(self.form, self.tr("Se&gment:"), self.segment, "segment")
        self.segment_label = last_caption(self.form)
        self.errors.add_row(self.form, self.tr("&From:"), self.first, "first")
        self.first_label = last_caption(self.form)
        self.errors.add_row(self.form, self.tr("&To:"), self.last, "last")
        self.last_label = last_caption(self.form)
        self.errors.add_row(self.form, self.tr("&Save as:"), where, "file")
        self.add_intro(
            self.tr(
                "The file holds customers' personal data: keep it on this PC or the shop's own drive, and delete it "
                "when it has served. Every export is recorded with who made it and when."
            )
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.file_format.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self._kind_changed()
        self.resize(720, 440)
        keep_on_screen(self)
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        period = self.kind.currentData() in (ExportKind.DELIVERIES.value, ExportKind.MONEY_FIGURES.value)
        for widget in (self.first, self.last, self.first_label, self.last_label):
            widget.setVisible(period)
        # Customers, contracts and deliveries may be a segment's customers'; the month's figures are the shop's.
        by_customer = self.kind.currentData() != ExportKind.MONEY_FIGURES.value
        self.segment.setVisible(by_customer)
        self.segment_label.setVisible(by_customer)
        self.segment_message.setVisible(by_customer and bool(self.segment_message.text()))
        self._suggest_path()

    def _suggest_path(self) -> None:
        kind = ExportKind(self.kind.currentData())
        extension = ExportFormat(self.file_format.currentData()).value
        folder = Path(self.path.text()).parent if self.path.text().strip() else Path.home()
        name = f"{kind.value}-{exported_at_text(self.counter.now())}.{extension}"
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def submit(self) -> ExportResult:
        kind = ExportKind(self.kind.currentData())
        file_format = ExportFormat(self.file_format.currentData())
        path = Path(self.path.text().strip())
        db, staff_id, now = self.counter.db, self.counter.staff.id, self.counter.now()
        if kind is ExportKind.CUSTOMERS:
            return export_customers(db, staff_id=staff_id, path=path, file_format=file_format, translate=heading,
                                    approval=self.approval, segment_id=self.segment.segment_id(),
                                    now=now)  # fmt: skip
        if kind is ExportKind.SUBSCRIPTIONS:
            return export_subscriptions(db, staff_id=staff_id, path=path, file_format=file_format,
                                        words=subscription_words, translate=heading, approval=self.approval,
                                        segment_id=self.segment.segment_id(), now=now)  # fmt: skip
        problems = [p for p in (self.first.problem(), self.last.problem()) if p is not None]
        if problems:
            raise ValidationError(*(problem for error in problems for problem in error.problems))
        first, last = self.first.date(), self.last.date()
        assert first is not None and last is not None
        if kind is ExportKind.MONEY_FIGURES:
            return export_money_figures(db, staff_id=staff_id, path=path, file_format=file_format, first_month=first,
                                        last_month=last, translate=heading, approval=self.approval,
                                        now=now)  # fmt: skip
        return export_deliveries(db, staff_id=staff_id, path=path, file_format=file_format, first=first, last=last,
                                 words=delivery_words, translate=heading, approval=self.approval,
                                 segment_id=self.segment.segment_id(), now=now)  # fmt: skip
