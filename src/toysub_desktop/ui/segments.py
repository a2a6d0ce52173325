"""Customer segments on screen (고객 세그먼트): the saved segments, paged, each counted after the window opens (one
row at a time, so opening stays fast); new, edit and delete; the editor counts the filter being written as it
changes. Keyboard only: every field and button has its letter, Ctrl+Enter saves, Escape closes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.segments import (
    SEGMENT_NAME_MAX,
    SegmentCriteria,
    parse_age_bands,
    parse_months,
    parse_regions,
    provinces,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.segments import (
    SegmentRow,
    count_matching,
    create_segment,
    delete_segment,
    list_segments,
    segment_count,
    update_segment,
)
from toysub_desktop.services.tiers import tier_settings
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.contact_log import WholeFormDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import focus_goes_to
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.text import message_text, plan_kind_name, problem_text, won_text

NAME, CRITERIA, COUNT = range(3)
#: How long the editor waits after a keystroke before counting again.
COUNT_DELAY_MS = 300


class SegmentListModel(PagedTableModel[SegmentRow]):
    """The live segments by name; each row's count is asked for once the window is open (``count_next``)."""

    headers = (
        QT_TRANSLATE_NOOP("SegmentListModel", "Segment"),
        QT_TRANSLATE_NOOP("SegmentListModel", "Who"),
        QT_TRANSLATE_NOOP("SegmentListModel", "Customers"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.id, self._display, self._other_role), parent)
        self._counter = counter
        #: Counts by segment id and version, once counted.
        self.counts: dict[tuple[int, int], int] = {}

    def _fetch(self, after: SegmentRow | None, limit: int) -> tuple[Sequence[SegmentRow], bool]:
        page = list_segments(self._counter.db, after=after, limit=limit)
        return page.rows, page.has_more

    def _display(self, row: SegmentRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == CRITERIA:
            return self.criteria_text(row.criteria)
        if column == COUNT:
            count = self.counts.get((row.id, row.version))
            return f"{count:,}" if count is not None else "…"
        return ""

    def criteria_text(self, criteria: SegmentCriteria) -> str:
        """The criteria in a line, for the list."""
        parts = []
        if criteria.age_bands:
            bands = ", ".join(f"{band.min_months}–{band.max_months}" for band in criteria.age_bands)
            parts.append(self.tr("children {bands} months").format(bands=bands))
        if criteria.plan_kinds:
            parts.append("/".join(plan_kind_name(kind) for kind in PlanKind if kind in criteria.plan_kinds))
        if criteria.regions:
            parts.append(", ".join(f"{r.province} {r.district}".strip() for r in criteria.regions))
        if criteria.tenure_min_months is not None or criteria.tenure_max_months is not None:
            low = criteria.tenure_min_months if criteria.tenure_min_months is not None else 0
            high = criteria.tenure_max_months
            parts.append(
                self.tr("with us {low}–{high} months").format(low=low, high=high)
                if high is not None
                else self.tr("with us {low}+ months").format(low=low)
            )
        if criteria.spend_min is not None or criteria.spend_max is not None:
            low_won = won_text(criteria.spend_min or 0)
            parts.append(
                self.tr("paid {low}–{high} a year").format(low=low_won, high=won_text(criteria.spend_max))
                if criteria.spend_max is not None
                else self.tr("paid {low}+ a year").format(low=low_won)
            )
        if criteria.marketing_consent is not None:
            parts.append(
                self.tr("marketing: agreed") if criteria.marketing_consent else self.tr("marketing: not agreed")
            )
        if criteria.tiers:
            parts.append(self.tr("tier {names}").format(names="/".join(sorted(criteria.tiers))))
        return " · ".join(parts) or self.tr("every customer")

    def _other_role(self, _row: SegmentRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def count_next(self) -> bool:
        """Count the first loaded row not counted yet; False when every loaded row is."""
        for index in range(self.rowCount()):
            row = self.row_at(index)
            if row is None or (row.id, row.version) in self.counts:
                continue
            try:
                self.counts[(row.id, row.version)] = segment_count(
                    self._counter.db, row.id, today=self._counter.today()
                )
            except ValidationError:  # deleted at another counter meanwhile
                self.counts[(row.id, row.version)] = 0
            cell = self.index(index, COUNT)
            self.dataChanged.emit(cell, cell)
            return True
        return False


class SegmentDialog(WholeFormDialog):
    """A new segment, or a saved one changed: its name and criteria, with the count of the filter as written."""

    def __init__(self, counter: Counter, segment: SegmentRow | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("New segment") if segment is None else self.tr("Segment — {name}").format(name=segment.name)
        super().__init__(counter, title, parent)
        self.segment = segment
        self.name = QLineEdit()
        self.name.setMaxLength(SEGMENT_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. toddlers in Mapo"))
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "name")
        self.ages = QLineEdit()
        self.ages.setPlaceholderText(self.tr("months, e.g. 12-36 or 0-11, 24-36; empty: any age"))
        self.errors.add_row(self.form, self.tr("Children's &ages"), self.ages, "age_bands")
        kinds = QWidget()
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[PlanKind, QCheckBox] = {}
        for kind in PlanKind:
            self.kinds[kind] = QCheckBox(plan_kind_name(kind))
            kinds_row.addWidget(self.kinds[kind])
        kinds_row.addStretch(1)
        focus_goes_to(kinds, self.kinds[PlanKind.BOX])
        self.errors.add_row(self.form, self.tr("Running &plan"), kinds, "plan_kinds")
        self.province: ChoiceBox[str | None] = ChoiceBox()
        self.province.add(self.tr("Anywhere"), None)
        for province in provinces():
            self.province.add(province, province)
        self.errors.add_row(self.form, self.tr("&Region"), self.province, "province")
        self.districts = QLineEdit()
        self.districts.setPlaceholderText(
            self.tr("city, county or district as the address has it, e.g. Gangnam-gu, Seocho-gu")
        )
        self.errors.add_row(self.form, self.tr("&District"), self.districts, "regions")
        self.tenure_min, self.tenure_max = QLineEdit(), QLineEdit()
        tenure = self._range(self.tenure_min, self.tenure_max, self.tr("months"))
        focus_goes_to(tenure, self.tenure_min)
        self.errors.add_row(self.form, self.tr("&Tenure"), tenure, ("tenure", "tenure_min", "tenure_max"))
        self.spend_min, self.spend_max = QLineEdit(), QLineEdit()
        spend = self._range(self.spend_min, self.spend_max, self.tr("won in the last 12 months"))
        focus_goes_to(spend, self.spend_min)
        self.errors.add_row(self.form, self.tr("&Spend"), spend, ("spend", "spend_min", "spend_max"))
        self.consent: ChoiceBox[bool | None] = ChoiceBox()
        self.consent.add(self.tr("Either"), None)
        self.consent.add(self.tr("Agreed to marketing"), True)
        self.consent.add(self.tr("Did not agree"), False)
        self.errors.add_row(self.form, self.tr("&Marketing consent"), self.consent, "marketing_consent")
        # The shop's membership tiers as they are now; a saved segment may name one removed since (kept, shown).
        tier_names = [tier.name for tier in tier_settings(counter.db).rules.tiers]
        saved_tiers = sorted(segment.criteria.tiers - set(tier_names)) if segment is not None else []
        self.tier_boxes: dict[str, QCheckBox] = {}
        tiers_box = QWidget()
        tiers_row = QHBoxLayout(tiers_box)
        tiers_row.setContentsMargins(0, 0, 0, 0)
        for name in tier_names + saved_tiers:
            self.tier_boxes[name] = QCheckBox(name)
            tiers_row.addWidget(self.tier_boxes[name])
        if not self.tier_boxes:
            tiers_row.addWidget(QLabel(self.tr("The shop has no membership tiers (set them under Loyalty → Tiers)")))
        tiers_row.addStretch(1)
        if self.tier_boxes:
            focus_goes_to(tiers_box, next(iter(self.tier_boxes.values())))
        self.errors.add_row(self.form, self.tr("Membership t&ier"), tiers_box, "tiers")
        self.count = QLabel()
        self.layout_.insertWidget(1, self.count)
        if segment is not None:
            self._fill(segment)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        for edit in (self.ages, self.districts, self.tenure_min, self.tenure_max, self.spend_min, self.spend_max):
            edit.textChanged.connect(lambda _text: self._count_timer.start())
        for box in (*self.kinds.values(), *self.tier_boxes.values()):
            box.toggled.connect(lambda _on: self._count_timer.start())
        for choice in (self.province, self.consent):
            choice.currentIndexChanged.connect(lambda _index: self._count_timer.start())
        self.update_count()
        self.name.setFocus()

    def _range(self, low: QLineEdit, high: QLineEdit, unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        low.setPlaceholderText(self.tr("from"))
        high.setPlaceholderText(self.tr("to"))
        for edit in (low, high):
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        row.addWidget(low)
        row.addWidget(QLabel("–"))
        row.addWidget(high)
        row.addWidget(QLabel(unit))
        row.addStretch(1)
        return box

    def _fill(self, segment: SegmentRow) -> None:
        criteria = segment.criteria
        self.name.setText(segment.name)
        self.ages.setText(", ".join(f"{band.min_months}-{band.max_months}" for band in criteria.age_bands))
        for kind, box in self.kinds.items():
            box.setChecked(kind in criteria.plan_kinds)
        if criteria.regions:
            self.province.set_value(criteria.regions[0].province)
            self.districts.setText(", ".join(r.district for r in criteria.regions if r.district))
        for edit, value in (
            (self.tenure_min, criteria.tenure_min_months),
            (self.tenure_max, criteria.tenure_max_months),
            (self.spend_min, criteria.spend_min),
            (self.spend_max, criteria.spend_max),
        ):
            edit.setText(
                "" if value is None else f"{value:,}" if edit in (self.spend_min, self.spend_max) else str(value)
            )
        self.consent.set_value(criteria.marketing_consent)
        for name, box in self.tier_boxes.items():
            box.setChecked(name in criteria.tiers)

    def criteria(self) -> SegmentCriteria:
        """The criteria as typed; a ValidationError on the field that cannot be read."""

        def won(edit: QLineEdit, field: str) -> int | None:
            return parse_won(edit.text(), field=field) if edit.text().strip() else None

        return SegmentCriteria(
            age_bands=parse_age_bands(self.ages.text()),
            plan_kinds=frozenset(kind for kind, box in self.kinds.items() if box.isChecked()),
            regions=parse_regions(self.province.value(), self.districts.text()),
            tenure_min_months=parse_months(self.tenure_min.text(), field="tenure"),
            tenure_max_months=parse_months(self.tenure_max.text(), field="tenure"),
            spend_min=won(self.spend_min, "spend"),
            spend_max=won(self.spend_max, "spend"),
            marketing_consent=self.consent.value(),
            tiers=frozenset(name for name, box in self.tier_boxes.items() if box.isChecked()),
        )

    def update_count(self) -> None:
        """Count the filter as it stands; a filter that cannot be read yet says so instead."""
        try:
            count = count_matching(self.counter.db, self.criteria(), today=self.counter.today())
        except ValidationError as error:
            self.count.setText(self.tr("Not counted: {problem}").format(problem=problem_text(error.problems[0])))
            return
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.count.setText(self.tr("{count} customers match today.").format(count=f"{count:,}"))

    def submit(self) -> int:
        criteria = self.criteria()
        if self.segment is None:
            return create_segment(
                self.counter.db,
                staff_id=self.counter.staff.id,
                name=self.name.text(),
                criteria=criteria,
                now=self.counter.now(),
            )
        update_segment(
            self.counter.db,
            staff_id=self.counter.staff.id,
            segment_id=self.segment.id,
            name=self.name.text(),
            criteria=criteria,
            version=self.segment.version,
            now=self.counter.now(),
        )
        return self.segment.id


class SegmentsDialog(QDialog):
    """The saved segments with their counts today; new, edit, delete."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Customer segments"))
        self.model = SegmentListModel(counter, self)
        self.list = list_view(self.model, stretch_column=CRITERIA)
        self.add = QPushButton(self.tr("&New segment…"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.delete = QPushButton(self.tr("De&lete"))
        self.empty = QLabel(self.tr("No segments yet: make one with New segment."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add, self.edit, self.delete):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.add.clicked.connect(self.new_segment)
        self.edit.clicked.connect(self.edit_segment)
        self.delete.clicked.connect(self.delete_segment)
        self.list.activated.connect(lambda _index: self.edit_segment())
        self.list.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self._counting = QTimer(self)
        self._counting.setSingleShot(True)
        self._counting.setInterval(0)
        self._counting.timeout.connect(self._count_one)
        self.model.rowsInserted.connect(lambda *_args: self._counting.start())
        fit_size(self, QSize(900, 480))
        keep_on_screen(self)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        try:
            self.model.reload()
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.empty.setVisible(self.model.rowCount() == 0)
        row = next((i for i in range(self.model.rowCount()) if self.model.id_at(i) == select_id), 0)
        if self.model.rowCount():
            self.list.selectRow(row)
        self.list.setFocus()
        self._update_buttons()
        self._counting.start()

    def _count_one(self) -> None:
        """Count one row, then let the window breathe before the next: it stays usable while counting."""
        try:
            if self.model.count_next():
                self._counting.start()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    def selected(self) -> SegmentRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_count(self) -> int | None:
        row = self.selected()
        return self.model.counts.get((row.id, row.version)) if row is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit.setEnabled(chosen)
        self.delete.setEnabled(chosen)

    def new_segment(self) -> None:
        dialog = SegmentDialog(self.counter, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.outcome, int):
            self.reload(dialog.outcome)

    def edit_segment(self) -> None:
        if (segment := self.selected()) is None:
            return
        dialog = SegmentDialog(self.counter, segment, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(segment.id)

    def delete_segment(self) -> None:
        if (segment := self.selected()) is None:
            return
        asked = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete the segment {name}? It stays on record, and leaves the lists.").format(name=segment.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_segment(
                self.counter.db,
                staff_id=self.counter.staff.id,
                segment_id=segment.id,
                version=segment.version,
                now=self.counter.now(),
            )
        except ConcurrentEditError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), problem_text(error.problems[0]))
        self.reload()
