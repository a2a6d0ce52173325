"""The owner's dashboard on one A4 page (운영 현황 보고서): the figures, two charts drawn with reportlab.graphics
(new and ended contracts; monthly recurring revenue beside the monthly fees billed), the months and the sign-up
cohorts' retention side by side, and the monthly recurring revenue per plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from toysub_desktop.documents import wording
from toysub_desktop.documents.fonts import BOLD, REGULAR
from toysub_desktop.documents.formats import format_date
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    RULE,
    SHADE,
    DocumentInfo,
    FieldRow,
    PrintedCopy,
    build_pdf,
    field_grid,
    heading,
    paragraph,
    styles,
    title_block,
)
from toysub_desktop.domain.money import format_amount, format_won

ACCENT = colors.HexColor("#2f5d8a")
SECOND = colors.HexColor("#d9822b")


@dataclass(frozen=True)
class DashboardMonth:
    month: date
    active: int
    new: int
    ended: int
    churn_rate: float | None
    recurring_revenue: int
    average_rating: float | None


@dataclass(frozen=True)
class DashboardCohort:
    month: date
    customers: int
    #: The share still subscribed after each of ``retention_months`` (None: not reached yet).
    retention: tuple[float | None, ...]


@dataclass(frozen=True)
class DashboardSheet:
    shop_name: str
    as_of: date
    months: tuple[DashboardMonth, ...]
    cohorts: tuple[DashboardCohort, ...]
    retention_months: tuple[int, ...]
    revenue_per_plan: tuple[tuple[str, int], ...]
    new_total: int
    ended_total: int
    churn_month: date
    churn_rate: float | None
    average_tenure_months: float | None
    deliveries_this_week: int
    delivered_this_week: int
    overdue_amount: int
    overdue_customers: int
    average_rating: float | None
    points_outstanding: int = 0


def _month(day: date) -> str:
    return f"{day:%Y-%m}"


def _percent(share: float | None) -> str:
    return wording.DASHBOARD_NONE if share is None else f"{share * 100:.1f}%"


def _whole_percent(share: float | None) -> str:
    return wording.DASHBOARD_NONE if share is None else f"{share * 100:.0f}%"


def _period(sheet: DashboardSheet) -> str:
    return wording.PERIOD.format(start=_month(sheet.months[0].month), end=_month(sheet.months[-1].month))


def _chart_title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 10, text, fontName=BOLD, fontSize=9, textAnchor="middle"))


def _legend(drawing: Drawing, x: float, pairs: list[tuple[colors.Color, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = x, 2
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.deltax = 90
    legend.autoXPadding = 12
    legend.boxAnchor = "sw"
    legend.dx = legend.dy = 6
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _axis_fonts(chart: VerticalBarChart | HorizontalLineChart, labels: list[str]) -> None:
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1


def _subscribers_chart(sheet: DashboardSheet, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _chart_title(drawing, wording.DASHBOARD_SUBSCRIBERS_CHART, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 46, width - 38, height - 62
    chart.data = [[line.new for line in sheet.months], [line.ended for line in sheet.months]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = SECOND
    chart.barSpacing = 1
    chart.groupSpacing = 4
    _axis_fonts(chart, [_month(line.month)[2:] for line in sheet.months])
    chart.valueAxis.valueMax = max([1, *chart.data[0], *chart.data[1]])
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 4))
    drawing.add(chart)
    _legend(drawing, 28, [(ACCENT, wording.DASHBOARD_NEW), (SECOND, wording.DASHBOARD_ENDED)])
    return drawing


def _revenue_chart(sheet: DashboardSheet, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _chart_title(drawing, wording.DASHBOARD_REVENUE_CHART, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 34, 46, width - 44, height - 62
    chart.data = [[line.recurring_revenue / 10_000 for line in sheet.months]]
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.5
    _axis_fonts(chart, [_month(line.month)[2:] for line in sheet.months])
    chart.valueAxis.valueMax = max([1, *chart.data[0]]) * 1.1
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    drawing.add(chart)
    _legend(drawing, 34, [(ACCENT, wording.DASHBOARD_RECURRING_COLUMN)])
    return drawing


def _compact_table(header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> Table:
    """A dense table of short figures: one line a row, amounts right-aligned, so twelve months take little room."""
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LEADING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ]
    )
    return Table([header, *rows], colWidths=list(widths), style=style, hAlign="LEFT")


def _side_by_side(left: Flowable, right: Flowable, left_width: float) -> Table:
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return Table([[left, right]], colWidths=[left_width, CONTENT_WIDTH - left_width], style=style, hAlign="LEFT")


def render_dashboard(sheet: DashboardSheet) -> bytes:
    period = _period(sheet)
    info = DocumentInfo(
        title=f"{wording.DASHBOARD_TITLE} {period}",
        author=sheet.shop_name,
        subject=wording.DASHBOARD_SUBJECT.format(period=period),
        keywords=wording.DASHBOARD_KEYWORDS.format(period=period),
        created_on=sheet.as_of,
        header=sheet.shop_name,
    )
    s = styles()
    none = wording.DASHBOARD_NONE
    tenure = sheet.average_tenure_months
    rating = sheet.average_rating
    last = sheet.months[-1]
    figures: list[FieldRow] = [
        (
            (wording.DASHBOARD_SUBSCRIBERS, f"{last.active:,}"),
            (wording.DASHBOARD_RECURRING, format_won(last.recurring_revenue)),
        ),
        ((wording.DASHBOARD_NEW, f"{sheet.new_total:,}"), (wording.DASHBOARD_ENDED, f"{sheet.ended_total:,}")),
        (
            (
                wording.DASHBOARD_CHURN,
                wording.DASHBOARD_CHURN_VALUE.format(rate=_percent(sheet.churn_rate), month=_month(sheet.churn_month)),
            ),
            (
                wording.DASHBOARD_TENURE,
                none if tenure is None else wording.DASHBOARD_TENURE_VALUE.format(months=f"{tenure:.1f}"),
            ),
        ),
        (
            (
                wording.DASHBOARD_DELIVERIES,
                wording.DASHBOARD_DELIVERIES_VALUE.format(
                    count=f"{sheet.deliveries_this_week:,}", delivered=f"{sheet.delivered_this_week:,}"
                ),
            ),
            (
                wording.DASHBOARD_OVERDUE,
                wording.DASHBOARD_OVERDUE_VALUE.format(
                    amount=format_won(sheet.overdue_amount), customers=f"{sheet.overdue_customers:,}"
                ),
            ),
        ),
        (
            (
                wording.DASHBOARD_RATING,
                none if rating is None else wording.DASHBOARD_RATING_VALUE.format(rating=f"{rating:.2f}"),
            ),
            (wording.DASHBOARD_POINTS, wording.DASHBOARD_POINTS_VALUE.format(points=f"{sheet.points_outstanding:,}")),
        ),
    ]
    story: list[Flowable] = [
        title_block(
            f"{wording.DASHBOARD_TITLE} · {sheet.shop_name}",
            [(wording.DASHBOARD_PERIOD, period), (wording.DASHBOARD_AS_OF, format_date(sheet.as_of))],
        ),
        heading(1, wording.DASHBOARD_FIGURES_HEADING),
        field_grid(figures),
        Spacer(1, 3 * mm),
    ]
    half = CONTENT_WIDTH / 2
    story.append(
        _side_by_side(_subscribers_chart(sheet, half - 2 * mm, 52 * mm), _revenue_chart(sheet, half, 52 * mm), half)
    )
    months_table = _compact_table(
        (
            wording.DASHBOARD_MONTH,
            wording.DASHBOARD_ACTIVE_COLUMN,
            wording.DASHBOARD_NEW,
            wording.DASHBOARD_ENDED,
            wording.DASHBOARD_CHURN_COLUMN,
            wording.DASHBOARD_RECURRING_COLUMN,
            wording.DASHBOARD_RATING_COLUMN,
        ),
        [
            (
                _month(line.month),
                f"{line.active:,}",
                f"{line.new:,}",
                f"{line.ended:,}",
                _percent(line.churn_rate),
                format_amount(line.recurring_revenue),
                none if line.average_rating is None else f"{line.average_rating:.2f}",
            )
            for line in sheet.months
        ],
        (15 * mm, 13 * mm, 10 * mm, 15 * mm, 14 * mm, 23 * mm, 12 * mm),
    )
    cohorts_table = _compact_table(
        (
            wording.DASHBOARD_COHORT,
            wording.DASHBOARD_COHORT_CUSTOMERS,
            *(wording.DASHBOARD_AFTER_MONTHS.format(months=months) for months in sheet.retention_months),
        ),
        [
            (_month(cohort.month), f"{cohort.customers:,}", *(_whole_percent(share) for share in cohort.retention))
            for cohort in sheet.cohorts
        ],
        (
            15 * mm,
            12 * mm,
            *([(CONTENT_WIDTH - 104 * mm - 27 * mm) / len(sheet.retention_months)] * len(sheet.retention_months)),
        ),
    )
    left = 104 * mm
    story.append(
        _side_by_side(
            _stack([heading(2, wording.DASHBOARD_MONTHS_HEADING), months_table]),
            _stack([heading(3, wording.DASHBOARD_RETENTION_HEADING), cohorts_table]),
            left,
        )
    )
    story.append(heading(4, wording.DASHBOARD_PLANS_HEADING))
    if sheet.revenue_per_plan:
        story.append(
            paragraph(
                wording.FOOTER_SEPARATOR.join(f"{name} {format_won(won)}" for name, won in sheet.revenue_per_plan),
                s.body,
            )
        )
    else:
        story.append(paragraph(wording.DASHBOARD_NO_PLANS, s.body))
    story.append(Spacer(1, 2 * mm))
    story.append(paragraph(wording.DASHBOARD_NOTE, s.caption))
    footer = f"{wording.DASHBOARD_TITLE} · {period}"
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])


def _stack(flowables: list[Flowable]) -> Table:
    style = TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return Table([[flowable] for flowable in flowables], style=style, hAlign="LEFT")
