"""회원·분석 → 대시보드: how the shop is going over the months the owner picks — number tiles and charts
(PySide6.QtCharts, imported with this module, which the main window loads only when the dashboard is opened).

Keyboard only: the period is chosen in its box (a custom range typed, Enter shows it); Tab reaches each number, Enter
opens the contracts, deliveries or ratings behind it (Enter on one of those opens the customer's card); the charts
are on tabs; "Print…" makes the one-page A4 report."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import cast

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.dashboard import RETENTION_MONTHS, Period, period_months
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.typed_dates import parse_month
from toysub_desktop.services.access import Approval
from toysub_desktop.services.dashboard import (
    DashboardFigures,
    DeliveryLine,
    FeedbackLine,
    FigureList,
    SubscriptionLine,
    dashboard_deliveries,
    dashboard_feedback,
    dashboard_figures,
    dashboard_subscriptions,
)
from toysub_desktop.services.points import PointsHolder, points_holders
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource
from toysub_desktop.ui.records_dialog import RecordsDialog
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.sign_in import run_with_approval
from toysub_desktop.ui.text import day_text, delivery_state_name, moment_text, won_text

_PERIODS = (
    (Period.THIS_MONTH, QT_TRANSLATE_NOOP("DashboardWindow", "This month")),
    (Period.LAST_3, QT_TRANSLATE_NOOP("DashboardWindow", "Last 3 months")),
    (Period.LAST_6, QT_TRANSLATE_NOOP("DashboardWindow", "Last 6 months")),
    (Period.LAST_12, QT_TRANSLATE_NOOP("DashboardWindow", "Last 12 months")),
    (Period.CUSTOM, QT_TRANSLATE_NOOP("DashboardWindow", "Months I choose")),
)


_BAR_COLOURS = (QColor("#4a7fb5"), QColor("#d9822b"))
_LINE_COLOUR = QColor("#2e8b57")


def month_text(month: date) -> str:
    return f"{month:%Y-%m}"


def percent_text(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f}%"


def nice_axis(largest: float) -> tuple[int, int]:
    """The top of a value axis from 0 a little above *largest*, on a round whole step (1, 2 or 5 times a power of
    ten) of about five intervals, and its number of ticks: 207 subscribers → 0–250 by 50, not Qt's own 0–300 by
    100 (the labels are whole numbers, so the step is never below 1)."""
    rough = max(largest, 1) / 5
    power = 10 ** max(math.floor(math.log10(rough)), 0)
    step = next(power * m for m in (1, 2, 5, 10) if power * m >= rough)
    top = max(math.ceil(largest * 1.05 / step), 1) * step
    return top, top // step + 1


class FigureTile(QPushButton):
    """One number with its name; Tab reaches it, Enter (or Space) opens the list behind it."""

    def __init__(self, name: str, opens: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.value = ""
        self.setAutoDefault(True)
        self.setMinimumHeight(self.fontMetrics().height() * 3 + 8)
        self.setStyleSheet("QPushButton { text-align: center; padding: 4px 8px; }")
        self.clicked.connect(opens)
        self.show_value("–")

    def show_value(self, value: str, detail: str = "") -> None:
        self.value = value
        self.setText(f"{value}\n{self.name}")
        self.setAccessibleName(f"{self.name}: {value}")
        self.setToolTip(detail)


class DashboardWindow(QDialog):
    """The dashboard; ``load()`` reads the figures (asking for an approving PIN when needed) before it is shown."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.approval: Approval | None = None
        self.figures: DashboardFigures | None = None
        self.setWindowTitle(self.tr("Dashboard"))
        self.period = QComboBox()
        for period, text in _PERIODS:
            self.period.addItem(self.tr(text), period)
        self.period.setCurrentIndex(3)
        self.period.currentIndexChanged.connect(self._period_chosen)
        today = counter.today()
        self.first = QLineEdit(month_text(add_months(today.replace(day=1), -11)))
        self.last = QLineEdit(month_text(today))
        for edit in (self.first, self.last):
            edit.setPlaceholderText("2026-03")
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") * 2)
            edit.returnPressed.connect(self.show_period)
            edit.setEnabled(False)
        self.errors = FieldErrors()
        self.general_error = make_message_label(ERROR_STYLE)
        self.errors.set_fallback(self.general_error)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Peri&od:"), self.period, "period")
        months = QHBoxLayout()
        months_form = QFormLayout()
        self.errors.add_row(months_form, self.tr("&From month:"), self.first, "first_month")
        to_form = QFormLayout()
        self.errors.add_row(to_form, self.tr("&To month:"), self.last, "last_month")
        months.addLayout(months_form)
        months.addLayout(to_form)
        self.as_of = QLabel()
        top = QHBoxLayout()
        top.addLayout(form)
        top.addLayout(months)
        top.addStretch(1)
        top.addWidget(self.as_of)

        self.tiles = {
            "active": FigureTile(self.tr("Subscribers"), self.open_running),
            "new": FigureTile(self.tr("New"), lambda: self.open_contracts(FigureList.NEW)),
            "ended": FigureTile(self.tr("Ended"), lambda: self.open_contracts(FigureList.ENDED)),
            "churn": FigureTile(self.tr("Churn"), self.open_last_month_ended),
            "revenue": FigureTile(self.tr("Monthly recurring revenue"), self.open_running),
            "tenure": FigureTile(self.tr("Average tenure"), self.open_running),
            "deliveries": FigureTile(self.tr("Deliveries this week"), self.open_deliveries),
            "overdue": FigureTile(self.tr("Overdue"), self.open_overdue),
            "rating": FigureTile(self.tr("Satisfaction"), self.open_ratings),
            "points": FigureTile(self.tr("Points outstanding"), self.open_points),
        }
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 5, index % 5)

        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.retention = QTableWidget(0, 2 + len(RETENTION_MONTHS))
        self.retention.setHorizontalHeaderLabels(
            [self.tr("Sign-up month"), self.tr("Customers")]
            + [self.tr("After {months} mo.").format(months=months) for months in RETENTION_MONTHS]
        )
        self.retention.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.retention.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.retention.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.retention.setTabKeyNavigation(False)
        self.retention.verticalHeader().hide()
        self.retention.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.retention.activated.connect(lambda index: self.open_cohort(index.row()))
        self._chart_views: dict[str, QChartView] = {}
        for key, title in (
            ("subscribers", self.tr("Subscribers")),
            ("revenue", self.tr("Revenue")),
            ("churn", self.tr("Churn")),
            ("plans", self.tr("Revenue per plan")),
            ("rating", self.tr("Satisfaction")),
        ):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._chart_views[key] = view
            self.charts.addTab(view, title)
        self.charts.insertTab(3, self.retention, self.tr("Retention by sign-up month"))
        self.charts.setCurrentIndex(0)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_report)
        # 인쇄 first, so Tab reaches the buttons as they stand (the focus chain follows the order they are added in).
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.general_error)
        layout.addLayout(grid)
        layout.addWidget(self.charts, 1)
        layout.addWidget(buttons)
        self.errors.set_window(self)
        self.resize(1100, 700)
        keep_on_screen(self)

    # --- reading ---------------------------------------------------------------------------------------------------

    def chosen_months(self) -> list[date]:
        today = self.counter.today()
        period = Period(self.period.currentData())
        if period is not Period.CUSTOM:
            return period_months(period, today)
        problems: list[FieldProblem] = []
        chosen: list[date] = []
        for edit, field in ((self.first, "first_month"), (self.last, "last_month")):
            try:
                chosen.append(parse_month(edit.text(), today=today, field=field))
            except ValidationError as error:
                problems.extend(error.problems)
        if problems:
            raise ValidationError(*problems)
        return period_months(period, today, chosen[0], chosen[1])

    def load(self) -> ValidationError | None:
        """Read the period chosen (a mistyped month is said beside its field); the refusal when the signed-in
        person may not see the figures and nobody allowed to approved."""
        self.errors.clear()
        try:
            months = self.chosen_months()

            def read(approval: Approval | None) -> DashboardFigures:
                counter = self.counter
                figures = dashboard_figures(counter.db, staff_id=counter.staff.id, months=months,
                                            today=counter.today(), approval=approval, now=counter.now())  # fmt: skip
                self.approval = approval
                return figures

            self.figures = run_with_approval(self, self.counter.db, read)
        except ValidationError as error:
            if error.problems[0].field in ("staff", "approval_staff", "approval_pin"):
                return error
            self.errors.show(error)
            return None
        self._fill()
        return None

    def show_period(self) -> None:
        if refusal := self.load():
            self.errors.show(refusal)

    def _period_chosen(self) -> None:
        custom = Period(self.period.currentData()) is Period.CUSTOM
        for edit in (self.first, self.last):
            edit.setEnabled(custom)
        if custom:
            self.first.setFocus()
            self.first.selectAll()
            return
        self.show_period()

    def _fill(self) -> None:
        figures = self.figures
        assert figures is not None
        last = figures.last
        months = figures.months
        self.as_of.setText(
            self.tr("{first} – {last}, as of {day}").format(
                first=month_text(months[0].month), last=month_text(last.month), day=day_text(figures.end_day)
            )
        )
        churn_month = figures.churn_line
        rated = [line for line in months if line.ratings]
        ratings = sum(line.ratings for line in months)
        self.churn_month = churn_month.month
        self.tiles["active"].show_value(f"{last.active:,}", self.tr("Contracts running on {day}").format(
            day=day_text(last.day)))  # fmt: skip
        self.tiles["new"].show_value(f"{sum(line.new for line in months):,}")
        self.tiles["ended"].show_value(f"{sum(line.ended for line in months):,}")
        self.tiles["churn"].name = self.tr("Churn ({month})").format(month=month_text(churn_month.month))
        self.tiles["churn"].show_value(
            percent_text(churn_month.churn_rate),
            self.tr("{month}: {ended} ended of {active} at the month's start").format(
                month=month_text(churn_month.month), ended=churn_month.ended, active=churn_month.active_at_start
            ),
        )
        self.tiles["revenue"].show_value(won_text(last.recurring_revenue))
        tenure = figures.average_tenure_months
        self.tiles["tenure"].show_value("–" if tenure is None else self.tr("{months} months").format(
            months=f"{tenure:.1f}"))  # fmt: skip
        self.tiles["deliveries"].show_value(
            f"{figures.deliveries_this_week:,}",
            self.tr("{delivered} delivered, {first} – {last}").format(
                delivered=figures.delivered_this_week,
                first=day_text(figures.week[0]),
                last=day_text(figures.week[1] - timedelta(days=1)),
            ),
        )
        self.tiles["overdue"].show_value(
            won_text(figures.overdue.amount),
            self.tr("{customers} customers").format(customers=f"{figures.overdue.customers:,}"),
        )
        average = sum(line.rating_total for line in months) / ratings if ratings else None
        self.tiles["rating"].show_value("–" if average is None else f"{average:.2f} / 5")
        self.rating_month = rated[-1].month if rated else last.month
        self.tiles["points"].show_value(
            self.tr("{points} points").format(points=f"{figures.points_outstanding:,}"),
            self.tr("held by customers, given as discounts"),
        )
        self._fill_charts()
        self._fill_retention()

    def _fill_charts(self) -> None:
        figures = self.figures
        assert figures is not None
        names = [month_text(line.month) for line in figures.months]
        subscribers = self._chart(names, self.tr("Contracts"))
        self._bars(subscribers, [(self.tr("New"), [line.new for line in figures.months]),
                                 (self.tr("Ended"), [line.ended for line in figures.months])])  # fmt: skip
        self._line(subscribers, self.tr("Subscribers"), [line.active for line in figures.months])
        self._chart_views["subscribers"].setChart(subscribers)
        revenue = self._chart(names, self.tr("Won"))
        self._bars(
            revenue, [(self.tr("Monthly recurring revenue"), [line.recurring_revenue for line in figures.months])]
        )
        self._chart_views["revenue"].setChart(revenue)
        churn = self._chart(names, "%")
        self._line(churn, self.tr("Churn rate"), [(line.churn_rate or 0) * 100 for line in figures.months])
        self._chart_views["churn"].setChart(churn)
        plans = figures.revenue_per_plan or (("–", 0),)
        per_plan = self._chart([name for name, _ in plans], self.tr("Won"))
        self._bars(per_plan, [(self.tr("Monthly recurring revenue on {day}").format(day=day_text(figures.end_day)),
                               [won for _, won in plans])])  # fmt: skip
        self._chart_views["plans"].setChart(per_plan)
        rating = self._chart(names, self.tr("Average rating"), top=5)
        self._line(rating, self.tr("Average rating"), [line.average_rating or 0 for line in figures.months])
        self._chart_views["rating"].setChart(rating)

    def _chart(self, categories: Sequence[str], unit: str, top: float | None = None) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(2, 2, 2, 2))
        x = QBarCategoryAxis()
        x.append(list(categories))
        y = QValueAxis()
        y.setTitleText(unit)
        y.setLabelFormat("%.0f")
        if top is not None:
            y.setRange(0, top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.setProperty("fixed_top", top)
        return chart

    def _axes(self, chart: QChart) -> tuple[QBarCategoryAxis, QValueAxis]:
        x = chart.axes(Qt.Orientation.Horizontal)[0]
        y = chart.axes(Qt.Orientation.Vertical)[0]
        assert isinstance(x, QBarCategoryAxis) and isinstance(y, QValueAxis)
        return x, y

    def _grow(self, chart: QChart, values: Sequence[float]) -> None:
        _x, y = self._axes(chart)
        if chart.property("fixed_top") is None:
            top = max([y.max(), *values, 1]) if chart.series() else max([*values, 1])
            axis_top, ticks = nice_axis(top)
            y.setRange(0, axis_top)
            y.setTickCount(ticks)

    def _bars(self, chart: QChart, sets: Sequence[tuple[str, Sequence[float]]]) -> None:
        series = QBarSeries()
        for (name, values), colour in zip(sets, _BAR_COLOURS, strict=False):
            bar = QBarSet(name)
            bar.setColor(colour)
            bar.append([float(value) for value in values])
            series.append(bar)
        self._grow(chart, [value for _, values in sets for value in values])
        chart.addSeries(series)
        x, y = self._axes(chart)
        series.attachAxis(x)
        series.attachAxis(y)

    def _line(self, chart: QChart, name: str, values: Sequence[float]) -> None:
        series = QLineSeries()
        series.setName(name)
        series.setColor(_LINE_COLOUR)
        series.setPointsVisible(True)
        for index, value in enumerate(values):
            series.append(float(index), float(value))
        self._grow(chart, values)
        chart.addSeries(series)
        x, y = self._axes(chart)
        series.attachAxis(x)
        series.attachAxis(y)

    def _fill_retention(self) -> None:
        figures = self.figures
        assert figures is not None
        self.retention.setRowCount(len(figures.cohorts))
        for row, cohort in enumerate(figures.cohorts):
            values = [month_text(cohort.month), f"{cohort.customers:,}"]
            values += [percent_text(cohort.retention(months)) for months in RETENTION_MONTHS]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.retention.setItem(row, column, item)

    # --- the lists behind the numbers ------------------------------------------------------------------------------

    def _period(self) -> tuple[date, date]:
        assert self.figures is not None
        return self.figures.first_day, add_months(self.figures.last.month, 1)

    def _show_list(self, dialog: FigureListDialog) -> None:
        dialog.customerChosen.connect(self._customer_chosen(dialog))
        dialog.exec()

    def _customer_chosen(self, dialog: QDialog) -> Callable[[int], None]:
        def chosen(customer_id: int) -> None:
            dialog.accept()
            self.customerChosen.emit(customer_id)

        return chosen

    def _contracts(self, title: str, which: FigureList, first: date, end: date) -> None:
        model = SubscriptionLineModel(self.counter, which, first, end, self.approval, self)
        self._show_list(FigureListDialog(title, model, self))

    def open_running(self) -> None:
        if self.figures is None:
            return
        day = self.figures.end_day
        self._contracts(self.tr("Contracts running on {day}").format(day=day_text(day)), FigureList.RUNNING, day,
                        day + timedelta(days=1))  # fmt: skip

    def open_contracts(self, which: FigureList) -> None:
        if self.figures is None:
            return
        first, end = self._period()
        titles = {FigureList.NEW: self.tr("New subscribers' contracts, {first} – {last}"),
                  FigureList.ENDED: self.tr("Contracts ended, {first} – {last}")}  # fmt: skip
        title = titles[which].format(first=month_text(first), last=month_text(self.figures.last.month))
        self._contracts(title, which, first, end)

    def open_last_month_ended(self) -> None:
        if self.figures is None:
            return
        month = self.churn_month
        self._contracts(self.tr("Contracts ended, {first} – {last}").format(first=month_text(month),
                        last=month_text(month)), FigureList.ENDED, month, add_months(month, 1))  # fmt: skip

    def open_cohort(self, row: int) -> None:
        if self.figures is None or not 0 <= row < len(self.figures.cohorts):
            return
        month = self.figures.cohorts[row].month
        title = self.tr("Contracts of customers who signed up in {month}").format(month=month_text(month))
        self._contracts(title, FigureList.COHORT, month, add_months(month, 1))

    def open_deliveries(self) -> None:
        if self.figures is None:
            return
        first, end = self.figures.week
        model = DeliveryLineModel(self.counter, first, end, self)
        title = self.tr("Deliveries, {first} – {last}").format(first=day_text(first),
                                                               last=day_text(end - timedelta(days=1)))  # fmt: skip
        self._show_list(FigureListDialog(title, model, self))

    def open_ratings(self) -> None:
        if self.figures is None:
            return
        model = FeedbackLineModel(self.counter, self.rating_month, self)
        title = self.tr("Ratings recorded in {month}").format(month=month_text(self.rating_month))
        self._show_list(FigureListDialog(title, model, self))

    def open_points(self) -> None:
        model = PointsHolderModel(self.counter, self)
        self._show_list(FigureListDialog(self.tr("Customers holding points"), model, self))

    def open_overdue(self) -> None:
        from toysub_desktop.ui.overdue import OverdueWindow

        dialog = OverdueWindow(self.counter, self)
        dialog.customerChosen.connect(self._customer_chosen(dialog))
        dialog.exec()

    # --- printing --------------------------------------------------------------------------------------------------

    def print_report(self) -> None:
        """The one-page A4 report of the figures shown, in the preview to print or save."""
        from toysub_desktop.services.dashboard import dashboard_report_pdf
        from toysub_desktop.ui.pdf_preview import PdfPreviewDialog

        if self.figures is None:
            return
        pdf = dashboard_report_pdf(self.counter.db, self.figures)
        title = self.tr("Dashboard")
        months = f"{month_text(self.figures.first_day)}–{month_text(self.figures.last.month)}"
        PdfPreviewDialog(pdf, title=title, file_name=f"{title} {months}.pdf", parent=self).exec()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()  # Enter on a number opens its list
            event.accept()  # never closes the window
            return
        super().keyPressEvent(event)


# --- the lists ---------------------------------------------------------------------------------------------------


class SubscriptionLineModel(PagedTableModel[SubscriptionLine]):
    headers = (
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Customer no."),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Customer"),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Contract no."),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Plan"),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Start"),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "End"),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Cancelled from"),
        QT_TRANSLATE_NOOP("SubscriptionLineModel", "Fee as signed"),
    )

    def __init__(self, counter: Counter, which: FigureList, first: date, end: date, approval: Approval | None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._align), parent)
        self._counter = counter
        self._which = which
        self._first = first
        self._end = end
        self._approval = approval

    def _fetch(self, after: SubscriptionLine | None, limit: int) -> tuple[Sequence[SubscriptionLine], bool]:
        return dashboard_subscriptions(self._counter.db, staff_id=self._counter.staff.id, which=self._which,
                                       first=self._first, end=self._end, after=after, limit=limit,
                                       today=self._counter.today(), approval=self._approval,
                                       now=self._counter.now())  # fmt: skip

    @staticmethod
    def _display(row: SubscriptionLine, column: int) -> str:
        values = (row.customer_number, row.customer_name, row.contract_number, row.plan_name, day_text(row.start_on),
                  day_text(row.ends_on), day_text(row.cancelled_on), won_text(row.monthly_fee))  # fmt: skip
        return values[column]

    @staticmethod
    def _align(_row: SubscriptionLine, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DeliveryLineModel(PagedTableModel[DeliveryLine]):
    headers = (
        QT_TRANSLATE_NOOP("DeliveryLineModel", "Day"),
        QT_TRANSLATE_NOOP("DeliveryLineModel", "Customer no."),
        QT_TRANSLATE_NOOP("DeliveryLineModel", "Customer"),
        QT_TRANSLATE_NOOP("DeliveryLineModel", "State"),
    )

    def __init__(self, counter: Counter, first: date, end: date, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display), parent)
        self._counter = counter
        self._first = first
        self._end = end

    def _fetch(self, after: DeliveryLine | None, limit: int) -> tuple[Sequence[DeliveryLine], bool]:
        return dashboard_deliveries(self._counter.db, first=self._first, end=self._end, after=after, limit=limit)

    @staticmethod
    def _display(row: DeliveryLine, column: int) -> str:
        return (day_text(row.scheduled_on), row.customer_number, row.customer_name, delivery_state_name(row.state))[
            column
        ]


class PointsHolderModel(PagedTableModel[PointsHolder]):
    headers = (
        QT_TRANSLATE_NOOP("PointsHolderModel", "Customer no."),
        QT_TRANSLATE_NOOP("PointsHolderModel", "Customer"),
        QT_TRANSLATE_NOOP("PointsHolderModel", "Points"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._align), parent)
        self._counter = counter

    def _fetch(self, after: PointsHolder | None, limit: int) -> tuple[Sequence[PointsHolder], bool]:
        return points_holders(self._counter.db, after=after, limit=limit)

    @staticmethod
    def _display(row: PointsHolder, column: int) -> str:
        return (row.customer_number, row.customer_name, f"{row.balance:,}")[column]

    @staticmethod
    def _align(_row: PointsHolder, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FeedbackLineModel(PagedTableModel[FeedbackLine]):
    headers = (
        QT_TRANSLATE_NOOP("FeedbackLineModel", "Recorded"),
        QT_TRANSLATE_NOOP("FeedbackLineModel", "Customer no."),
        QT_TRANSLATE_NOOP("FeedbackLineModel", "Customer"),
        QT_TRANSLATE_NOOP("FeedbackLineModel", "Rating"),
        QT_TRANSLATE_NOOP("FeedbackLineModel", "Comment"),
    )

    def __init__(self, counter: Counter, month: date, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display), parent)
        self._counter = counter
        self._month = month

    def _fetch(self, after: FeedbackLine | None, limit: int) -> tuple[Sequence[FeedbackLine], bool]:
        return dashboard_feedback(self._counter.db, month=self._month, after=after, limit=limit)

    @staticmethod
    def _display(row: FeedbackLine, column: int) -> str:
        return (moment_text(row.recorded_at), row.customer_number, row.customer_name, "★" * row.rating, row.comment)[
            column
        ]


AnyLineModel = SubscriptionLineModel | DeliveryLineModel | FeedbackLineModel | PointsHolderModel


class FigureListDialog(RecordsDialog):
    """The records behind a number, a page at a time; Enter on one opens the customer's card."""

    def __init__(self, title: str, model: AnyLineModel, parent: QWidget | None = None) -> None:
        super().__init__(
            title=title,
            caption=self.tr("&Records behind the number (Enter opens the customer's card):"),
            empty=self.tr("Nothing to list."),
            model=cast("PagedTableModel[object]", model),
            stretch_column=2 if isinstance(model, DeliveryLineModel) else 1,
            parent=parent,
        )
