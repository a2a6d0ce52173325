"""What the delivery documents print, as plain frozen values, and the geometry of A4 address-label sheets.

A service fills these from the deliveries, each with the address in effect for it (frozen on it once packed); the
renderers only lay them out. Labels (a delivery's kind, a plan's kind) arrive in the words the paper shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ChildAge:
    name: str
    #: Whole months on the delivery date (``domain.person.age_in_months``); negative before the birth month.
    months: int


@dataclass(frozen=True)
class PickingLine:
    """One box or swap to prepare."""

    delivery_on: date
    contract_number: str
    customer_name: str
    #: The customer's children, with their age on the delivery date (empty when none are recorded).
    children: tuple[ChildAge, ...]
    #: "상자" or "교환".
    kind_label: str
    is_swap: bool
    #: 시/도 short form ("서울"), "" when unknown.
    region: str


@dataclass(frozen=True)
class PickingGroup:
    """The deliveries of one plan (as in effect on each delivery's date)."""

    kind_label: str
    tier_label: str
    plan_name: str
    lines: tuple[PickingLine, ...]

    @property
    def swaps(self) -> int:
        return sum(1 for line in self.lines if line.is_swap)

    @property
    def boxes(self) -> int:
        return len(self.lines) - self.swaps


@dataclass(frozen=True)
class PickingList:
    shop_name: str
    first: date
    last: date
    #: When it was printed, in the shop's local time.
    printed_at: datetime
    groups: tuple[PickingGroup, ...]


@dataclass(frozen=True)
class ManifestLine:
    delivery_on: date
    contract_number: str
    recipient: str
    #: National format ("010-1234-5678"), "" when no phone is on record.
    phone: str
    postal_code: str
    #: Road address and detail: "서울특별시 마포구 월드컵북로 396, 101동 1203호".
    address: str
    #: Entry notes and the delivery memo, for the courier; may be empty.
    notes: str
    #: "상자" or "교환".
    kind_label: str
    #: Empty until shipped.
    courier: str
    tracking_number: str

    @property
    def shipped(self) -> bool:
        return bool(self.courier)


@dataclass(frozen=True)
class Manifest:
    shop_name: str
    first: date
    last: date
    printed_at: datetime
    lines: tuple[ManifestLine, ...]


@dataclass(frozen=True)
class AddressLabel:
    recipient: str
    phone: str
    postal_code: str
    #: The road address and detail, on one line (the renderer wraps it).
    address: str
    #: Entry notes and the delivery memo; may be empty.
    notes: str
    #: What the packer matches the box by: contract number, date, box or swap.
    reference: str


@dataclass(frozen=True)
class Sender:
    """The shop, printed small on every label as the sender."""

    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class LabelSheet:
    """An A4 sheet of self-adhesive labels, in millimetres, labels filled row by row from the top left.

    ``key`` names the preset in settings and code; the screen describes a sheet by its figures.
    """

    key: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    margin_left: float
    margin_top: float
    column_gap: float = 0.0
    row_gap: float = 0.0
    page_width: float = 210.0
    page_height: float = 297.0
    #: Blank space kept inside each label's edge: printers shift a little, and die-cut corners are rounded.
    padding: float = 3.0

    def __post_init__(self) -> None:
        if self.columns < 1 or self.rows < 1:
            raise ValueError("a label sheet has at least one column and one row")
        if min(self.label_width, self.label_height) <= 2 * self.padding:
            raise ValueError("the labels are too small for their padding")
        if min(self.margin_left, self.margin_top, self.column_gap, self.row_gap) < 0:
            raise ValueError("margins and gaps cannot be negative")
        right = self.margin_left + self.columns * self.label_width + (self.columns - 1) * self.column_gap
        bottom = self.margin_top + self.rows * self.label_height + (self.rows - 1) * self.row_gap
        if right > self.page_width + 0.01 or bottom > self.page_height + 0.01:
            raise ValueError(f"the labels of sheet {self.key!r} do not fit on the page")

    @property
    def labels_per_sheet(self) -> int:
        return self.columns * self.rows

    def label_origin(self, position: int) -> tuple[float, float]:
        """The top-left corner (mm from the page's top left) of label *position* (1-based, row by row)."""
        if not 1 <= position <= self.labels_per_sheet:
            raise ValueError(f"position {position} is not on a sheet of {self.labels_per_sheet}")
        row, column = divmod(position - 1, self.columns)
        return (
            self.margin_left + column * (self.label_width + self.column_gap),
            self.margin_top + row * (self.label_height + self.row_gap),
        )


#: 14 labels, 2 × 7, 99.1 × 38.1 mm: the usual A4 address-label sheet (Avery L7163 geometry, which the Korean
#: 14-label address sheets, e.g. Formtec's 14칸 주소용, follow): 15.15 mm top, 4.65 mm side margins, 2.5 mm between
#: the columns, rows touching.
SHEET_14 = LabelSheet(
    key="a4-2x7",
    columns=2,
    rows=7,
    label_width=99.1,
    label_height=38.1,
    margin_left=4.65,
    margin_top=15.15,
    column_gap=2.5,
)

#: 24 labels, 3 × 8, 63.5 × 33.9 mm (Avery L7159 geometry, as the Korean 24-label sheets): 12.9 mm top,
#: 7.21 mm side margins, 2.54 mm between the columns, rows touching.
SHEET_24 = LabelSheet(
    key="a4-3x8",
    columns=3,
    rows=8,
    label_width=63.5,
    label_height=33.9,
    margin_left=7.21,
    margin_top=12.9,
    column_gap=2.54,
)

#: The presets, in the order a list offers them.
LABEL_SHEETS: tuple[LabelSheet, ...] = (SHEET_14, SHEET_24)


def label_sheet(key: str) -> LabelSheet:
    """The preset called *key* (``LabelSheet.key``)."""
    for sheet in LABEL_SHEETS:
        if sheet.key == key:
            return sheet
    raise KeyError(key)
