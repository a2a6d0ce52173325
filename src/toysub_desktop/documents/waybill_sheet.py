"""The courier's bulk-registration spreadsheet as .xlsx bytes, from plain rows (``domain.waybills.waybill_rows``).

Every text cell is stored as text, never as a number, so a postal code keeps its leading zero ("04001"), a phone
its zero, and an order number stays what the courier's result file gives back. Both CJ대한통운 and 우체국 accept
.xlsx uploads.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

_TEXT = "@"
#: Column width (characters) is the longest value's, within these bounds.
_NARROWEST, _WIDEST = 8, 60


def waybill_workbook(rows: Sequence[Sequence[str | int]], *, sheet_title: str, created: datetime) -> bytes:
    """*rows* (the titles first) as one sheet of an .xlsx file."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title[:31]  # Excel's limit for a sheet name
    for row in rows:
        sheet.append(list(row))
    for row_cells in sheet.iter_rows(min_row=1):
        for cell in row_cells:
            if isinstance(cell.value, str):
                cell.number_format = _TEXT
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index in range(1, sheet.max_column + 1):
        longest = max((len(str(r[index - 1])) for r in rows if len(r) >= index), default=0)
        sheet.column_dimensions[get_column_letter(index)].width = min(_WIDEST, max(_NARROWEST, longest * 2 + 2))
    book.properties.created = book.properties.modified = created.replace(tzinfo=None)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
