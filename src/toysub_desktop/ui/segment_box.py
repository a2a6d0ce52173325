"""A box that chooses one of the saved customer segments (or everyone) for a list or an export, with the count of
the segment chosen beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.segments import live_segments, segment_count
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import focus_goes_to
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.text import problem_text


class SegmentBox(QWidget):
    """Emits ``segmentChanged(id)`` (0 for everyone) when the clerk chooses another segment."""

    segmentChanged = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None, *, with_count: bool = True) -> None:
        """*with_count*: the segment's number of customers beside the choice (a list of customers shows it; a list
        of contracts or deliveries, whose rows are not customers, leaves it out and stays narrow)."""
        super().__init__(parent)
        self.counter = counter
        self.with_count = with_count
        self.choice: ChoiceBox[int | None] = ChoiceBox()
        self.choice.setMinimumContentsLength(16 if with_count else 8)
        self.count = QLabel()
        self.count.setVisible(with_count)
        # Room for the largest count from the start: a count shown later is never cut off by the first layout.
        widest = self.tr("{count} customers").format(count="100,000")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(widest) + 8)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice)
        row.addWidget(self.count)
        row.addStretch(1)
        # A caption's letter (its buddy is this box) reaches the choice; Tab walks the choice itself.
        focus_goes_to(self, self.choice)
        self.reload_choices()
        self.choice.currentIndexChanged.connect(self._chosen)

    def segment_id(self) -> int | None:
        return self.choice.value()

    def reset(self) -> None:
        """Back to everyone without telling (the list that owns the box is being set another way)."""
        self.choice.blockSignals(True)
        self.choice.set_value(None)
        self.choice.blockSignals(False)
        self._show_count()

    def reload_choices(self) -> None:
        """The live segments again (one was added, renamed or deleted), keeping the one chosen while it lasts."""
        chosen = self.choice.value()
        self.choice.blockSignals(True)
        self.choice.clear_choices()
        self.choice.add(self.tr("All customers"), None)
        try:
            for row in live_segments(self.counter.db):
                self.choice.add(row.name, row.id)
        except DatabaseProblem as problem:
            show_problem(problem, self)
        kept = self.choice.set_value(chosen)
        self.choice.blockSignals(False)
        if not kept:
            self._chosen()
        else:
            self._show_count()

    def _chosen(self, _index: int = 0) -> None:
        self._show_count()
        self.segmentChanged.emit(self.segment_id() or 0)

    def _show_count(self) -> None:
        segment_id = self.segment_id()
        if segment_id is None or not self.with_count:
            self.count.setText("")
            return
        try:
            count = segment_count(self.counter.db, segment_id, today=self.counter.today())
        except ValidationError as error:
            self.count.setText(problem_text(error.problems[0]))
            return
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.count.setText(self.tr("{count} customers").format(count=f"{count:,}"))
