"""The picking list (피킹 리스트): what to put in which box for a day (or a few days), plan by plan.

A summary of the counts per plan comes first, then each plan's deliveries under its own heading with a box to tick
as each is packed, numbered through the whole list. For one day the lines are in the order of the manifest and of
the address labels of the same deliveries, so the packer can take the labels off the sheet one after another.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from toysub_desktop.documents import wording
from toysub_desktop.documents.delivery_common import children_text, period_label, period_text, plan_heading, short_date
from toysub_desktop.documents.delivery_values import PickingGroup, PickingList
from toysub_desktop.documents.formats import format_date_time
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    Cell,
    DocumentInfo,
    PrintedCopy,
    build_pdf,
    data_table,
    paragraph,
    styles,
    subheading,
    title_block,
)


def render_picking_list(picking: PickingList) -> bytes:
    """The picking list as A4 PDF bytes, pages numbered "n / m"; the same values give the same bytes."""
    if not picking.groups or not any(group.lines for group in picking.groups):
        raise ValueError("a picking list needs at least one delivery")
    period = period_text(picking.first, picking.last)
    info = DocumentInfo(
        title=f"{wording.PICKING_TITLE} {period}",
        author=picking.shop_name,
        subject=wording.PICKING_SUBJECT.format(period=period),
        keywords=wording.PICKING_KEYWORDS.format(period=period),
        created_on=picking.printed_at.date(),
        header=picking.shop_name,
    )
    copy = PrintedCopy(badge="", footer=wording.FOOTER_SEPARATOR.join((wording.PICKING_TITLE, period)))
    return build_pdf(info, picking_story(picking), [copy])


def picking_story(picking: PickingList) -> list[Flowable]:
    several_days = picking.first != picking.last
    count = sum(len(group.lines) for group in picking.groups)
    story: list[Flowable] = [
        title_block(
            wording.PICKING_TITLE,
            [
                (period_label(several_days), period_text(picking.first, picking.last)),
                (wording.PRINTED_AT, format_date_time(picking.printed_at)),
                (wording.PICKING_TOTAL, wording.COUNT.format(count=count)),
            ],
            lead=wording.PICKING_LEAD,
        ),
        Spacer(1, 3 * mm),
        subheading(wording.PICKING_SUMMARY),
        _summary(picking.groups),
    ]
    number = 1
    for group in picking.groups:
        if not group.lines:
            continue
        story += _group(group, number, several_days=several_days)
        number += len(group.lines)
    return story


def _summary(groups: Sequence[PickingGroup]) -> Table:
    rows: list[Sequence[Cell]] = [
        [
            plan_heading(group.kind_label, group.tier_label, group.plan_name),
            str(group.boxes),
            str(group.swaps),
            str(len(group.lines)),
        ]
        for group in groups
        if group.lines
    ]
    boxes = sum(group.boxes for group in groups)
    swaps = sum(group.swaps for group in groups)
    rows.append([wording.PICKING_ALL, str(boxes), str(swaps), str(boxes + swaps)])
    count_width = 22 * mm
    return data_table(
        (wording.PICKING_PLAN, wording.PICKING_BOXES, wording.PICKING_SWAPS, wording.PICKING_TOTAL),
        rows,
        (CONTENT_WIDTH - 3 * count_width, count_width, count_width, count_width),
        right=(1, 2, 3),
        bold_rows=(len(rows) - 1,),
    )


def _group(group: PickingGroup, first_number: int, *, several_days: bool) -> list[Flowable]:
    s = styles()
    header: list[str] = [wording.PICKING_CHECK, wording.NUMBER_SIGN]
    widths: list[float] = [11 * mm, 10 * mm]
    if several_days:
        header.append(wording.DELIVERY_DAY)
        widths.append(13 * mm)
    header += [
        wording.CONTRACT_NUMBER,
        wording.PICKING_CUSTOMER,
        wording.PICKING_CHILDREN,
        wording.PICKING_KIND,
        wording.PICKING_REGION,
    ]
    fixed = [27 * mm, 22 * mm]
    tail = [12 * mm, 12 * mm]
    widths += [*fixed, CONTENT_WIDTH - sum(widths) - sum(fixed) - sum(tail), *tail]
    rows: list[list[Cell]] = []
    for number, line in enumerate(group.lines, start=first_number):
        row: list[Cell] = [paragraph(wording.CHECK_BOX, s.cell_center), str(number)]
        if several_days:
            row.append(short_date(line.delivery_on))
        row += [
            line.contract_number,
            line.customer_name,
            children_text(line.children),
            line.kind_label,
            line.region,
        ]
        rows.append(row)
    kind_column = len(header) - 2
    centred = (0, 1, *((2,) if several_days else ()), kind_column, kind_column + 1)
    table = data_table(header, rows, widths, center=centred)
    title = plan_heading(group.kind_label, group.tier_label, group.plan_name)
    total = wording.PICKING_GROUP_TOTAL.format(count=len(group.lines), boxes=group.boxes, swaps=group.swaps)
    return [
        # A plan starts on a new page only when its heading and first few rows would not fit on this one; a long
        # plan then runs on over the pages (keepWithNext would push a whole page-long table to the next page).
        CondPageBreak(_GROUP_START),
        Spacer(1, 4 * mm),
        paragraph(title, _group_heading()),
        table,
        paragraph(total, s.cell_amount, bold=True),
    ]


#: Room a plan's heading, the column headings and about four rows need.
_GROUP_START = 45 * mm


@functools.cache
def _group_heading() -> ParagraphStyle:
    return ParagraphStyle("group_heading", parent=styles().subheading, keepWithNext=0)
