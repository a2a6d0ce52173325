"""The first start's rules: what may be left for later, what is checked when typed, and the starter plans."""

from __future__ import annotations

from dataclasses import replace

import pytest

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.first_start import STARTER_PLANS, validate_new_shop, validate_starter_plans
from toysub_desktop.domain.plans import PlanDetails, PlanKind, quote


def test_the_name_and_the_owner_are_enough_and_the_rest_is_listed_as_missing() -> None:
    shop = validate_new_shop(name="  토이구독   마포점 ", owner_name="박지영")
    assert (shop.name, shop.owner_name) == ("토이구독 마포점", "박지영")
    assert shop.missing_for_documents == ("business_number", "address", "phone")


def test_details_typed_now_are_kept_in_the_form_documents_print() -> None:
    shop = validate_new_shop(
        name="토이구독",
        owner_name="박지영",
        business_number="220 81 62517",
        address="서울특별시 마포구 월드컵로 12",
        phone="023361234",
        email="Hello@ToySub.KR",
    )
    assert (shop.business_number, shop.phone, shop.email) == ("220-81-62517", "02-336-1234", "Hello@toysub.kr")
    assert shop.missing_for_documents == ()


def test_each_detail_typed_wrong_is_refused_beside_it_all_at_once() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_new_shop(name="", owner_name="", business_number="220-81-62518", phone="123", email="가게@메일")
    assert set(refused.value.fields) == {"name", "owner_name", "business_number", "phone", "email"}
    check = refused.value.for_field("business_number")
    assert check is not None and "check the digits" in check.message.lower()


def test_the_starter_plans_are_valid_plans_of_each_kind_with_typical_terms() -> None:
    plans = validate_starter_plans(STARTER_PLANS)
    assert [p.kind for p in plans] == [PlanKind.BOX, PlanKind.RENTAL, PlanKind.UNLIMITED]
    rental = plans[1]
    assert rental.deposit > 0 and all(p.deposit == 0 for p in plans if p.kind is not PlanKind.RENTAL)
    for plan in plans:
        assert plan.monthly_price > 0 and plan.terms[0].months == 12


def test_an_edited_starter_plan_is_refused_beside_its_own_place() -> None:
    edited = (STARTER_PLANS[0], replace(STARTER_PLANS[1], name=" "), replace(STARTER_PLANS[2], monthly_price=0))
    with pytest.raises(ValidationError) as refused:
        validate_starter_plans(edited)
    assert refused.value.fields == ("plans[1].name", "plans[2].monthly_price")


def test_a_starter_plan_quotes_like_any_plan() -> None:
    box = STARTER_PLANS[0]
    details = PlanDetails(box.name, box.kind, box.tier, box.cadence, box.terms, box.trial_days, box.deposit)
    assert quote(details, list_price=box.monthly_price, months=24).monthly_fee == 37_050
