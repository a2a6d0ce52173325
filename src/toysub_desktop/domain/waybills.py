"""Shipping on the courier's own waybills: the courier's bulk-registration spreadsheet (대량 등록 · 엑셀 접수) and
the file of tracking numbers its system gives back.

Many shops print no labels of their own: they upload the day's deliveries to the courier's site, which prints
its waybills (운송장), and download a file that pairs each order number with the waybill's tracking number. Each
courier's upload names its columns its own way, and an account may rearrange them, so a layout is data: the
column titles in order, each with the field of the delivery it holds (``WaybillLayout``). The layouts for
CJ대한통운 and 우체국택배 below are the starting point; any other courier uses ``GENERIC_LAYOUT``.

Our order number (주문번호) is the delivery number (``delivery_number``): it is what the courier's file gives back,
and how each tracking number finds its delivery.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from toysub_desktop.domain.couriers import CJ, EPOST, courier_named


class WaybillField(StrEnum):
    """What a column of the courier's spreadsheet holds."""

    RECIPIENT = "recipient"  # 받는 분
    PHONE = "phone"  # 받는 분 전화
    POSTAL_CODE = "postal_code"  # 우편번호
    ADDRESS = "address"  # 주소 (도로명)
    ADDRESS_DETAIL = "address_detail"  # 상세주소
    FULL_ADDRESS = "full_address"  # 주소와 상세주소를 한 칸에
    ITEM = "item"  # 품목명
    QUANTITY = "quantity"  # 수량
    MESSAGE = "message"  # 배송메시지
    ORDER_NUMBER = "order_number"  # 주문번호: our delivery number
    SENDER = "sender"  # 보내는 분
    SENDER_PHONE = "sender_phone"
    SENDER_ADDRESS = "sender_address"
    BLANK = "blank"  # a column the courier's form has and the shop leaves empty


@dataclass(frozen=True)
class WaybillLayout:
    """One courier's bulk-registration columns, in order, and how its result file names the two columns read back."""

    courier: str
    #: (column title, field), left to right.
    columns: tuple[tuple[str, WaybillField], ...]
    #: Titles the result file gives the order-number column (ours, given back) and the tracking-number column.
    order_number_titles: tuple[str, ...] = ("주문번호", "고객주문번호", "주문 번호")
    tracking_number_titles: tuple[str, ...] = ("운송장번호", "송장번호", "운송장 번호", "등기번호")

    def __post_init__(self) -> None:
        if not any(field is WaybillField.ORDER_NUMBER for _title, field in self.columns):
            raise ValueError(f"the {self.courier} layout has no order-number column to match its result file by")
        titles = [title for title, _field in self.columns]
        if len(set(titles)) != len(titles):
            raise ValueError(f"the {self.courier} layout names a column twice")

    @property
    def titles(self) -> list[str]:
        return [title for title, _field in self.columns]


F = WaybillField

#: CJ대한통운 (cjlogistics 고객사 대량 접수, its standard Excel form).
CJ_LAYOUT = WaybillLayout(
    courier=CJ.name,
    columns=(
        ("받는분성명", F.RECIPIENT),
        ("받는분전화번호", F.PHONE),
        ("받는분우편번호", F.POSTAL_CODE),
        ("받는분주소(전체, 분할)", F.ADDRESS),
        ("받는분상세주소", F.ADDRESS_DETAIL),
        ("품목명", F.ITEM),
        ("내품수량", F.QUANTITY),
        ("배송메세지1", F.MESSAGE),
        ("고객주문번호", F.ORDER_NUMBER),
        ("보내는분성명", F.SENDER),
        ("보내는분전화번호", F.SENDER_PHONE),
        ("보내는분주소(전체, 분할)", F.SENDER_ADDRESS),
    ),
)

#: 우체국택배 (인터넷우체국 계약 소포 대량 접수 양식).
EPOST_LAYOUT = WaybillLayout(
    courier=EPOST.name,
    columns=(
        ("받는분", F.RECIPIENT),
        ("우편번호", F.POSTAL_CODE),
        ("주소", F.ADDRESS),
        ("상세주소", F.ADDRESS_DETAIL),
        ("휴대전화", F.PHONE),
        ("내용품명", F.ITEM),
        ("수량", F.QUANTITY),
        ("배송시요청사항", F.MESSAGE),
        ("주문번호", F.ORDER_NUMBER),
    ),
)

#: Any other courier: the fields under plain titles, for the clerk to map on the courier's site.
GENERIC_LAYOUT = WaybillLayout(
    courier="",
    columns=(
        ("받는 분", F.RECIPIENT),
        ("전화", F.PHONE),
        ("우편번호", F.POSTAL_CODE),
        ("주소", F.ADDRESS),
        ("상세주소", F.ADDRESS_DETAIL),
        ("품목명", F.ITEM),
        ("수량", F.QUANTITY),
        ("배송메시지", F.MESSAGE),
        ("주문번호", F.ORDER_NUMBER),
    ),
)

#: The layouts by courier name (``domain.couriers``), in the order the export offers them.
WAYBILL_LAYOUTS: Mapping[str, WaybillLayout] = {layout.courier: layout for layout in (CJ_LAYOUT, EPOST_LAYOUT)}


def waybill_layout(courier: str) -> WaybillLayout:
    """The layout of *courier* (its name or a usual spelling); ``GENERIC_LAYOUT`` under its name for any other."""
    known = courier_named(courier)
    if known is not None and known.name in WAYBILL_LAYOUTS:
        return WAYBILL_LAYOUTS[known.name]
    return WaybillLayout(courier=courier.strip(), columns=GENERIC_LAYOUT.columns)


@dataclass(frozen=True)
class WaybillLine:
    """One delivery as the courier's form asks for it (plain values; phones in display form)."""

    order_number: str
    recipient: str
    phone: str
    postal_code: str
    address: str
    address_detail: str
    item: str
    quantity: int
    message: str
    sender: str
    sender_phone: str
    sender_address: str

    def value(self, field: WaybillField) -> str | int:
        if field is WaybillField.FULL_ADDRESS:
            return f"{self.address} {self.address_detail}".strip()
        if field is WaybillField.BLANK:
            return ""
        value: str | int = getattr(self, field.value)
        return value


def waybill_rows(layout: WaybillLayout, lines: Sequence[WaybillLine]) -> list[list[str | int]]:
    """The spreadsheet's rows: the titles, then one row per delivery in the layout's column order."""
    titles: list[str | int] = list(layout.titles)
    return [titles, *([line.value(field) for _title, field in layout.columns] for line in lines)]


# --- the delivery number ---------------------------------------------------------------------------------------

_NUMBER_PREFIX = "D"
_NUMBER = re.compile(r"D?0*(\d{1,12})")


def delivery_number(delivery_id: int) -> str:
    """ "D00000123": how a delivery is named to a courier (their order number). The letter keeps a spreadsheet
    from reading it as a number and dropping its zeros."""
    return f"{_NUMBER_PREFIX}{delivery_id:08d}"


def delivery_id_of(number: str) -> int | None:
    """The delivery a number from the courier's file names ("D00000123", "d123", "123", "123.0" as a
    spreadsheet may turn it), or None when it is no delivery number of ours."""
    text = unicodedata.normalize("NFKC", number).strip().upper()
    if text.endswith(".0"):
        text = text[:-2]
    found = _NUMBER.fullmatch(text)
    return int(found.group(1)) if found and int(found.group(1)) > 0 else None


# --- the courier's result file ---------------------------------------------------------------------------------


def _title_key(title: str) -> str:
    return "".join(unicodedata.normalize("NFKC", title).split())


@dataclass(frozen=True)
class ResultColumns:
    """Where the order numbers and the tracking numbers are in the result file (0-based), and its title row."""

    header_row: int
    order_number: int
    tracking_number: int


def find_result_columns(rows: Sequence[Sequence[str]], layout: WaybillLayout) -> ResultColumns | None:
    """The first row (of the first ten) that names both an order-number and a tracking-number column, as the
    courier's *layout* calls them (spaces aside); None when no row does."""
    orders = {_title_key(t) for t in layout.order_number_titles}
    trackings = {_title_key(t) for t in layout.tracking_number_titles}
    for index, row in enumerate(rows[:10]):
        keys = [_title_key(cell) for cell in row]
        order = next((i for i, key in enumerate(keys) if key in orders), None)
        tracking = next((i for i, key in enumerate(keys) if key in trackings), None)
        if order is not None and tracking is not None:
            return ResultColumns(index, order, tracking)
    return None
