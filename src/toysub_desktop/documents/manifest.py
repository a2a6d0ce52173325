"""The delivery manifest (배송 목록 · 출고 대장): one row per delivery, for the courier's pickup and the shop's file.

Landscape A4, so a full Korean address stays on one or two lines. Each row: number, date, contract, recipient,
phone, postal code and address with the notes for the courier, courier and tracking number once shipped, and a
column to sign or tick. The header row repeats on every page, pages are numbered "n / m", and the counts close the
list above a handover signature for the shop and the courier.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from toysub_desktop.documents import wording
from toysub_desktop.documents.delivery_common import period_label, period_text, short_date
from toysub_desktop.documents.delivery_values import Manifest, ManifestLine
from toysub_desktop.documents.formats import format_date_time
from toysub_desktop.documents.layout import (
    Cell,
    DocumentInfo,
    PrintedCopy,
    build_pdf,
    content_width,
    data_table,
    keep_together,
    paragraph,
    signature_block,
    styles,
    title_block,
)

PAGE_SIZE = landscape(A4)
WIDTH = content_width(PAGE_SIZE)


def render_manifest(manifest: Manifest) -> bytes:
    """The manifest as landscape A4 PDF bytes; the same values give the same bytes."""
    if not manifest.lines:
        raise ValueError("a manifest needs at least one delivery")
    period = period_text(manifest.first, manifest.last)
    info = DocumentInfo(
        title=f"{wording.MANIFEST_TITLE} {period}",
        author=manifest.shop_name,
        subject=wording.MANIFEST_SUBJECT.format(period=period),
        keywords=wording.MANIFEST_KEYWORDS.format(period=period),
        created_on=manifest.printed_at.date(),
        header=manifest.shop_name,
    )
    copy = PrintedCopy(badge="", footer=wording.MANIFEST_FOOTER.format(period=period))
    return build_pdf(info, manifest_story(manifest), [copy], pagesize=PAGE_SIZE)


def manifest_story(manifest: Manifest) -> list[Flowable]:
    s = styles()
    several_days = manifest.first != manifest.last
    count = len(manifest.lines)
    shipped = sum(1 for line in manifest.lines if line.shipped)
    widths = {
        wording.NUMBER_SIGN: 10 * mm,
        wording.DELIVERY_DAY: 14 * mm,
        wording.CONTRACT_NUMBER: 27 * mm,
        wording.MANIFEST_RECIPIENT: 21 * mm,
        wording.MANIFEST_PHONE: 27 * mm,
        wording.PICKING_KIND: 11 * mm,
        wording.MANIFEST_ADDRESS: 0.0,
        wording.MANIFEST_SHIPMENT: 36 * mm,
        wording.MANIFEST_SIGNATURE: 22 * mm,
    }
    widths[wording.MANIFEST_ADDRESS] = WIDTH - sum(widths.values())
    rows = [_row(number, line) for number, line in enumerate(manifest.lines, start=1)]
    table = data_table(list(widths), rows, list(widths.values()), center=(0, 1, 5))
    total = wording.MANIFEST_TOTAL.format(count=count, shipped=shipped, waiting=count - shipped)
    return [
        title_block(
            wording.MANIFEST_TITLE,
            [
                (period_label(several_days), period_text(manifest.first, manifest.last)),
                (wording.PRINTED_AT, format_date_time(manifest.printed_at)),
                (wording.PICKING_TOTAL, wording.COUNT.format(count=count)),
            ],
        ),
        Spacer(1, 4 * mm),
        table,
        keep_together(
            Spacer(1, 2 * mm),
            paragraph(total, s.body, bold=True),
            Spacer(1, 2 * mm),
            signature_block(
                [
                    (wording.MANIFEST_HANDED_OVER, [(wording.SIGNER_SHOP, "")]),
                    (wording.MANIFEST_TAKEN_OVER, [(wording.MANIFEST_COURIER, "")]),
                ],
                None,
            ),
        ),
    ]


def _row(number: int, line: ManifestLine) -> list[Cell]:
    s = styles()
    address: list[Flowable] = [paragraph(f"({line.postal_code}) {line.address}", s.cell)]
    if line.notes:
        address.append(paragraph(line.notes, s.small))
    shipment: Cell = ""
    if line.shipped:
        shipment = [paragraph(line.courier, s.cell)]
        if line.tracking_number:
            shipment.append(paragraph(line.tracking_number, s.cell, bold=True))
    return [
        str(number),
        short_date(line.delivery_on),
        line.contract_number,
        line.recipient,
        line.phone,
        line.kind_label,
        address,
        shipment,
        "",
    ]
