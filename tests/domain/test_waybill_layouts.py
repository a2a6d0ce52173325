"""The courier's bulk-registration layouts as data, and the delivery number the courier's file gives back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.waybills import (
    CJ_LAYOUT,
    EPOST_LAYOUT,
    GENERIC_LAYOUT,
    WaybillField,
    WaybillLayout,
    delivery_id_of,
    delivery_number,
    find_result_columns,
    waybill_layout,
)


@given(st.integers(min_value=1, max_value=10**11))
def test_a_delivery_number_reads_back_as_its_delivery_however_a_spreadsheet_keeps_it(delivery_id: int) -> None:
    number = delivery_number(delivery_id)
    assert number.startswith("D") and not number[1:].isalpha()
    for spelling in (number, number.lower(), f" {number} ", str(delivery_id), f"{delivery_id}.0"):
        assert delivery_id_of(spelling) == delivery_id


@pytest.mark.parametrize("text", ["", "-", "D", "TS-2026-00001", "D0", "0", "12a", "D-12"])
def test_anything_else_is_no_delivery_number(text: str) -> None:
    assert delivery_id_of(text) is None


def test_each_courier_has_its_layout_and_any_other_the_plain_one_under_its_name() -> None:
    assert waybill_layout("CJ") is CJ_LAYOUT and waybill_layout("대한통운") is CJ_LAYOUT
    assert waybill_layout("우체국") is EPOST_LAYOUT
    other = waybill_layout("한진택배")
    assert other.courier == "한진택배" and other.columns == GENERIC_LAYOUT.columns
    for layout in (CJ_LAYOUT, EPOST_LAYOUT, GENERIC_LAYOUT):
        fields = {field for _title, field in layout.columns}
        assert {
            WaybillField.RECIPIENT,
            WaybillField.PHONE,
            WaybillField.POSTAL_CODE,
            WaybillField.ORDER_NUMBER,
        } <= fields


def test_a_layout_must_be_able_to_match_its_result_file() -> None:
    with pytest.raises(ValueError, match="order-number"):
        WaybillLayout("X", (("받는 분", WaybillField.RECIPIENT),))
    with pytest.raises(ValueError, match="twice"):
        WaybillLayout("X", (("주문번호", WaybillField.ORDER_NUMBER), ("주문번호", WaybillField.RECIPIENT)))


def test_the_result_columns_are_found_under_any_usual_title_below_a_heading() -> None:
    rows = [["운송장 출력 결과", ""], ["받는분", "고객 주문번호", "운송장 번호"], ["김민수", "D00000001", "1"]]
    found = find_result_columns(rows, CJ_LAYOUT)
    assert found is not None and (found.header_row, found.order_number, found.tracking_number) == (1, 1, 2)
    post = find_result_columns([["등기번호", "주문번호"]], EPOST_LAYOUT)
    assert post is not None and (post.order_number, post.tracking_number) == (1, 0)
    assert find_result_columns([["이름", "전화"]], CJ_LAYOUT) is None
