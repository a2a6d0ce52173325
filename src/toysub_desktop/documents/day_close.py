"""The printed daily close (일마감): the shop, the day, the movements per staff member and method, the cash the
drawer should have held against the cash counted, the reason for a difference, and who closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_date_time
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    FieldRow,
    PrintedCopy,
    build_pdf,
    data_table,
    field_grid,
    heading,
    paragraph,
    styles,
    title_block,
)
from toysub_desktop.domain.day_close import CloseLine, close_total, signed_won, totals_by_means
from toysub_desktop.domain.money import format_amount, format_won


@dataclass(frozen=True)
class DayCloseSheet:
    shop_name: str
    business_number: str
    day: date
    lines: tuple[CloseLine, ...]
    opening_float: int
    expected_cash: int
    counted_cash: int
    reason: str
    #: Local time.
    closed_at: datetime
    closed_by: str
    reopened_at: datetime | None = None
    reopened_by: str = ""
    reopen_reason: str = ""


def _means_label(line: CloseLine) -> str:
    if line.means is None:
        return wording.DAY_CLOSE_WRITE_OFF_MEANS
    return wording.RECEIPT_MEANS_LABELS.get(line.means.value, line.means.value)


def _row(staff: str, means: str, line: CloseLine) -> tuple[str, ...]:
    return (
        staff,
        means,
        str(line.count),
        format_amount(line.payments),
        format_amount(line.refunds),
        format_amount(line.voids),
        format_amount(line.net),
        format_amount(line.write_offs),
    )


def render_day_close(sheet: DayCloseSheet) -> bytes:
    day = format_date(sheet.day)
    info = DocumentInfo(
        title=f"{wording.DAY_CLOSE_TITLE} {day}",
        author=sheet.shop_name,
        subject=wording.DAY_CLOSE_SUBJECT.format(day=day),
        keywords=wording.DAY_CLOSE_KEYWORDS.format(day=sheet.day.isoformat()),
        created_on=sheet.day,
        header=sheet.shop_name,
    )
    s = styles()
    meta = [(wording.DAY_CLOSE_DAY, day)]
    if sheet.business_number:
        meta.append((wording.DAY_CLOSE_BUSINESS_NUMBER, sheet.business_number))
    story: list[Flowable] = [title_block(f"{wording.DAY_CLOSE_TITLE} · {sheet.shop_name}", meta)]
    if sheet.reopened_at is not None:
        story.append(
            paragraph(
                wording.DAY_CLOSE_REOPENED.format(
                    when=format_date_time(sheet.reopened_at), who=sheet.reopened_by, reason=sheet.reopen_reason
                ),
                s.body,
                bold=True,
            )
        )
    story.append(heading(1, wording.DAY_CLOSE_MOVEMENTS_HEADING))
    if sheet.lines:
        rows = [_row(line.staff, _means_label(line), line) for line in sheet.lines]
        rows.append(_row(wording.DAY_CLOSE_TOTAL, "", close_total(sheet.lines)))
        number = 16 * mm
        amount = (CONTENT_WIDTH - 28 * mm - 24 * mm - 12 * mm) / 5
        story.append(
            data_table(
                (
                    wording.DAY_CLOSE_STAFF,
                    wording.DAY_CLOSE_MEANS,
                    wording.DAY_CLOSE_COUNT,
                    wording.DAY_CLOSE_PAYMENTS,
                    wording.DAY_CLOSE_REFUNDS,
                    wording.DAY_CLOSE_VOIDS,
                    wording.DAY_CLOSE_NET,
                    wording.DAY_CLOSE_WRITE_OFFS,
                ),
                rows,
                (28 * mm, 24 * mm, number - 4 * mm, amount, amount, amount, amount, amount),
                right=(2, 3, 4, 5, 6, 7),
                bold_rows=(len(rows) - 1,),
            )
        )
        story.append(paragraph(wording.DAY_CLOSE_UNIT, s.caption))
        by_means = totals_by_means(sheet.lines)
        if by_means:
            pairs = [
                (wording.RECEIPT_MEANS_LABELS.get(means.value, means.value), format_won(net))
                for means, net in by_means.items()
            ]
            rows_by_means: list[FieldRow] = [tuple(pairs[i : i + 2]) for i in range(0, len(pairs), 2)]
            story += [Spacer(1, 2 * mm), paragraph(wording.DAY_CLOSE_BY_MEANS, s.body, bold=True)]
            story.append(field_grid(rows_by_means))
    else:
        story.append(paragraph(wording.DAY_CLOSE_NO_MOVEMENTS, s.body))
    difference = sheet.counted_cash - sheet.expected_cash
    cash: list[FieldRow] = [
        (
            (wording.DAY_CLOSE_OPENING_FLOAT, format_won(sheet.opening_float)),
            (wording.DAY_CLOSE_EXPECTED, paragraph(format_won(sheet.expected_cash), s.cell, bold=True)),
        ),
        (
            (wording.DAY_CLOSE_COUNTED, paragraph(format_won(sheet.counted_cash), s.cell, bold=True)),
            (wording.DAY_CLOSE_DIFFERENCE, signed_won(difference)),
        ),
    ]
    if sheet.reason:
        cash.append(((wording.DAY_CLOSE_REASON, sheet.reason),))
    story += [
        heading(2, wording.DAY_CLOSE_CASH_HEADING),
        field_grid(cash),
        paragraph(wording.DAY_CLOSE_EXPECTED_RULE, s.caption),
        Spacer(1, 2 * mm),
        heading(3, wording.DAY_CLOSE_CLOSED_HEADING),
        field_grid(
            [
                (
                    (wording.DAY_CLOSE_CLOSED_BY, sheet.closed_by),
                    (wording.DAY_CLOSE_CLOSED_AT, format_date_time(sheet.closed_at)),
                )
            ]
        ),
    ]
    footer = wording.FOOTER_SEPARATOR.join((wording.DAY_CLOSE_TITLE, day))
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])
