"""A plan row as the domain's ``PlanDetails``: what the catalogue, a sign-up and the printed terms read of a plan."""

from __future__ import annotations

from toysub_desktop.db.models import Plan
from toysub_desktop.domain.plans import Cadence, PlanDetails, PlanKind, TermOption


def plan_details(plan: Plan) -> PlanDetails:
    return PlanDetails(
        name=plan.name,
        kind=PlanKind(plan.kind),
        tier=plan.tier,
        cadence=Cadence(plan.cadence),
        terms=tuple(TermOption(int(t["months"]), int(t["discount_percent"])) for t in plan.terms),
        trial_days=plan.trial_days,
        deposit=plan.deposit,
    )
