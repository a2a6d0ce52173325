"""Customer segments (고객 세그먼트): a saved, named filter over customers, and the rules a shop owner could explain.

A customer is in a segment when every criterion that is set holds (AND); a criterion with several values holds
when any of them does (OR). The criteria:

- **children's age**: a child (current record) aged from *min* to *max* months on the day asked
  (``domain.person.age_in_months``), for any of the bands;
- **plan kind**: a subscription of one of the kinds running that day (started, not ended, not cancelled; a
  paused or trial contract still runs);
- **region**: the address in effect that day lies in one of the 시/도 (and, when given, its 시/군/구 as the road
  address names it);
- **tenure**: whole months since the customer's first subscription started, within *min*–*max* — counted as the
  membership tiers count it (``domain.tiers.tenure_months``: a month is complete when the next monthly cycle starts);
- **spend**: won paid, net of refunds, over the last 12 months (``domain.tiers.spend_window``), within *min*–*max*;
- **marketing consent**: the customer's last answer was yes (given) — or was not (never asked counts as not);
- **membership tier**: the customer's tier on the shop's basis that day is one of the tiers named
  (``domain.tiers``; a customer below the lowest tier is in none).

Each rule is here once, in Python; ``services.segments`` keeps the SQL twin, tested against these functions. A
new criterion is one more field of ``SegmentCriteria``, one more check in
``validate_criteria`` and ``criteria_match``, one more key in ``criteria_to_json``/``criteria_from_json``, and one
more condition in ``services.segments.segment_condition``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from toysub_desktop.domain.address import DISTRICT_MAX, REGION_SPELLINGS
from toysub_desktop.domain.errors import REQUIRED, ProblemCollector, ValidationError
from toysub_desktop.domain.months import add_months, cycle_start
from toysub_desktop.domain.person import age_in_months
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.domain.tiers import TierBasis, TierRules, tenure_months

SEGMENT_NAME_MAX = 60
#: Children are counted up to 18 years.
MAX_AGE_MONTHS = 216
#: Tenure and spend bounds above these are typing mistakes.
MAX_TENURE_MONTHS = 600
MAX_SPEND = 1_000_000_000

_NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "Another segment is already called {name}; choose another name.")
_AGE_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter ages from 0 to {high} months.")
_MIN_ABOVE_MAX = QT_TRANSLATE_NOOP("Validation", "The lower bound is above the upper bound.")
_TENURE_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of months from 0 to {high}.")
_SPEND_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter an amount from 0 to {high} won.")
_UNKNOWN_TIER = QT_TRANSLATE_NOOP("Validation", "The shop has no membership tier called {name}.")
_UNKNOWN_REGION = QT_TRANSLATE_NOOP("Validation", "{region} is not a province or metropolitan city.")
_DISTRICT_SHAPE = QT_TRANSLATE_NOOP(
    "Validation", "Write the city, county or district as the address does, like Gangnam-gu or Seongnam-si."
)


@dataclass(frozen=True)
class AgeBand:
    """A child aged from *min_months* to *max_months* months, both included."""

    min_months: int
    max_months: int


@dataclass(frozen=True)
class RegionChoice:
    """A 시/도 (short name, a value of ``REGION_SPELLINGS``) and optionally one 시/군/구 in it ("" for all)."""

    province: str
    district: str = ""


@dataclass(frozen=True)
class SegmentCriteria:
    """What a segment asks of a customer; every criterion optional (empty or None: not asked)."""

    age_bands: tuple[AgeBand, ...] = ()
    plan_kinds: frozenset[PlanKind] = frozenset()
    regions: tuple[RegionChoice, ...] = ()
    tenure_min_months: int | None = None
    tenure_max_months: int | None = None
    spend_min: int | None = None
    spend_max: int | None = None
    #: True: the last answer was yes; False: it was no, or the customer was never asked.
    marketing_consent: bool | None = None
    #: Names of membership tiers (``domain.tiers``): the customer's tier that day is one of them.
    tiers: frozenset[str] = frozenset()

    @property
    def is_everyone(self) -> bool:
        return self == SegmentCriteria()


@dataclass(frozen=True)
class CustomerFacts:
    """What the criteria ask of one customer on a day, for the Python rule (tests check the SQL against it)."""

    child_birth_months: tuple[date, ...] = ()
    running_plan_kinds: frozenset[PlanKind] = frozenset()
    #: The 시/도 and 시/군/구 of the address in effect; None without an address.
    province: str | None = None
    district: str = ""
    first_start: date | None = None
    spend: int = 0
    marketing: bool | None = None


@dataclass(frozen=True)
class Segment:
    id: int
    name: str
    criteria: SegmentCriteria = field(default_factory=SegmentCriteria)


# --- the rules ----------------------------------------------------------------------------------------------------


def latest_start_for_tenure(months: int, on: date) -> date:
    """The last first-start day with a tenure of at least *months* on *on*: ``tenure_months(d, on) >= months``
    exactly when ``d <= latest_start_for_tenure(months, on)`` (tenure grows with an earlier start, so the days that
    qualify run up to this one; a month-end day may share its cycle start with the days after it)."""
    latest = add_months(on, -months)
    while cycle_start(latest + timedelta(days=1), months) <= on:
        latest += timedelta(days=1)
    return latest


def birth_months_for_band(band: AgeBand, on: date) -> tuple[date, date]:
    """The first and last birth month (first days) of children aged within *band* on *on*."""
    this_month = on.replace(day=1)
    return add_months(this_month, -band.max_months), add_months(this_month, -band.min_months)


def tier_measure(rules: TierRules, facts: CustomerFacts, on: date) -> int | None:
    """The customer's measure on the shop's tier basis on *on*: months of tenure (None before any subscription
    started) or won of spend (never below 0), as ``services.queries.tiers`` measures it."""
    if rules.basis is TierBasis.SPEND:
        return max(facts.spend, 0)
    if facts.first_start is None or facts.first_start > on:
        return None
    return tenure_months(facts.first_start, on)


def criteria_match(
    criteria: SegmentCriteria, facts: CustomerFacts, on: date, tier_rules: TierRules | None = None
) -> bool:
    """Whether a customer with *facts* is in a segment with *criteria* on *on*; *tier_rules*: the shop's tiers, for
    a segment that names some."""
    if criteria.age_bands and not any(
        band.min_months <= age_in_months(born, on) <= band.max_months
        for band in criteria.age_bands
        for born in facts.child_birth_months
    ):
        return False
    if criteria.plan_kinds and not criteria.plan_kinds & facts.running_plan_kinds:
        return False
    if criteria.regions and not any(
        facts.province == region.province and (not region.district or region.district == facts.district)
        for region in criteria.regions
    ):
        return False
    if criteria.tenure_min_months is not None or criteria.tenure_max_months is not None:
        if facts.first_start is None or facts.first_start > on:
            return False
        tenure = tenure_months(facts.first_start, on)
        if criteria.tenure_min_months is not None and tenure < criteria.tenure_min_months:
            return False
        if criteria.tenure_max_months is not None and tenure > criteria.tenure_max_months:
            return False
    if criteria.spend_min is not None and facts.spend < criteria.spend_min:
        return False
    if criteria.spend_max is not None and facts.spend > criteria.spend_max:
        return False
    if criteria.tiers:
        rules = tier_rules or TierRules()
        measure = tier_measure(rules, facts, on)
        tier = rules.tier_for(measure) if measure is not None else None
        if tier is None or tier.name not in criteria.tiers:
            return False
    return criteria.marketing_consent is None or (facts.marketing is True) == criteria.marketing_consent


# --- validation ---------------------------------------------------------------------------------------------------


def clean_segment_name(name: str, *, taken: Collection[str] = ()) -> str:
    """The name as it is kept: one line, not empty, not the name of another live segment in *taken*."""
    clean = clean_line(name, field="name", limit=SEGMENT_NAME_MAX, required=True, required_message=REQUIRED)
    if clean.casefold() in {other.casefold() for other in taken}:
        raise ValidationError.of("name", _NAME_TAKEN, name=clean)
    return clean


def validate_criteria(criteria: SegmentCriteria) -> SegmentCriteria:
    """*criteria* with districts tidied, or one ValidationError naming every wrong field: ``age_bands``,
    ``regions``, ``tenure``, ``spend``."""
    problems = ProblemCollector()
    for band in criteria.age_bands:
        if not (0 <= band.min_months <= MAX_AGE_MONTHS and 0 <= band.max_months <= MAX_AGE_MONTHS):
            problems.add("age_bands", _AGE_RANGE, high=str(MAX_AGE_MONTHS))
            break
        if band.min_months > band.max_months:
            problems.add("age_bands", _MIN_ABOVE_MAX)
            break
    regions = []
    for region in criteria.regions:
        district = " ".join(region.district.split())
        if region.province not in REGION_SPELLINGS.values():
            problems.add("regions", _UNKNOWN_REGION, region=region.province)
            break
        if district and (len(district) > DISTRICT_MAX or " " in district or district[-1] not in "시군구"):
            problems.add("regions", _DISTRICT_SHAPE)
            break
        regions.append(RegionChoice(region.province, district))
    _check_range(
        problems, "tenure", criteria.tenure_min_months, criteria.tenure_max_months, MAX_TENURE_MONTHS, _TENURE_RANGE
    )
    _check_range(problems, "spend", criteria.spend_min, criteria.spend_max, MAX_SPEND, _SPEND_RANGE)
    problems.raise_if_any()
    return SegmentCriteria(
        age_bands=tuple(dict.fromkeys(criteria.age_bands)),
        plan_kinds=criteria.plan_kinds,
        regions=tuple(dict.fromkeys(regions)),
        tenure_min_months=criteria.tenure_min_months,
        tenure_max_months=criteria.tenure_max_months,
        spend_min=criteria.spend_min,
        spend_max=criteria.spend_max,
        marketing_consent=criteria.marketing_consent,
        tiers=frozenset(name for name in (" ".join(name.split()) for name in criteria.tiers) if name),
    )


def check_tiers_exist(criteria: SegmentCriteria, rules: TierRules) -> None:
    """Refused on ``tiers`` when the criteria name a tier the shop does not have (renamed or removed meanwhile)."""
    known = {tier.name for tier in rules.tiers}
    for name in sorted(criteria.tiers):
        if name not in known:
            raise ValidationError.of("tiers", _UNKNOWN_TIER, name=name)


def _check_range(
    problems: ProblemCollector, name: str, low: int | None, high: int | None, limit: int, message: str
) -> None:
    for value in (low, high):
        if value is not None and not 0 <= value <= limit:
            problems.add(name, message, high=f"{limit:,}")
            return
    if low is not None and high is not None and low > high:
        problems.add(name, _MIN_ABOVE_MAX)


# --- stored form --------------------------------------------------------------------------------------------------


def criteria_to_json(criteria: SegmentCriteria) -> dict[str, Any]:
    """The criteria as stored (only what is set), readable by ``criteria_from_json``."""
    stored: dict[str, Any] = {}
    if criteria.age_bands:
        stored["age_bands"] = [[band.min_months, band.max_months] for band in criteria.age_bands]
    if criteria.plan_kinds:
        stored["plan_kinds"] = sorted(kind.value for kind in criteria.plan_kinds)
    if criteria.regions:
        stored["regions"] = [[region.province, region.district] for region in criteria.regions]
    for key in ("tenure_min_months", "tenure_max_months", "spend_min", "spend_max", "marketing_consent"):
        value = getattr(criteria, key)
        if value is not None:
            stored[key] = value
    if criteria.tiers:
        stored["tiers"] = sorted(criteria.tiers)
    return stored


def criteria_from_json(stored: Mapping[str, Any]) -> SegmentCriteria:
    def optional_int(key: str) -> int | None:
        value = stored.get(key)
        return int(value) if value is not None else None

    consent = stored.get("marketing_consent")
    return SegmentCriteria(
        age_bands=tuple(AgeBand(int(low), int(high)) for low, high in stored.get("age_bands", ())),
        plan_kinds=frozenset(PlanKind(kind) for kind in stored.get("plan_kinds", ())),
        regions=tuple(RegionChoice(str(province), str(district)) for province, district in stored.get("regions", ())),
        tenure_min_months=optional_int("tenure_min_months"),
        tenure_max_months=optional_int("tenure_max_months"),
        spend_min=optional_int("spend_min"),
        spend_max=optional_int("spend_max"),
        marketing_consent=bool(consent) if consent is not None else None,
        tiers=frozenset(str(name) for name in stored.get("tiers", ())),
    )


def provinces() -> Iterable[str]:
    """The 시/도 short names, in the order forms list them."""
    return dict.fromkeys(REGION_SPELLINGS.values())


# --- what the clerk types -----------------------------------------------------------------------------------------

_AGE_SHAPE = QT_TRANSLATE_NOOP("Validation", "Write age bands in months like 12-36, several with commas: 0-11, 24-36.")
_WHOLE_MONTHS = QT_TRANSLATE_NOOP("Validation", "Enter a whole number of months, like 6.")


def parse_age_bands(text: str) -> tuple[AgeBand, ...]:
    """Age bands as typed: "12-36", "12~36", several with commas, a single age "24"; empty: none."""
    bands = []
    for part in text.replace("、", ",").split(","):
        words = part.replace("~", "-").replace("–", "-").replace("개월", "").strip()
        if not words:
            continue
        ends = [end.strip() for end in words.split("-")]
        if len(ends) > 2 or not all(end.isdecimal() and end.isascii() for end in ends):
            raise ValidationError.of("age_bands", _AGE_SHAPE)
        low, high = int(ends[0]), int(ends[-1])
        bands.append(AgeBand(low, high))
    return tuple(bands)


def parse_months(text: str, *, field: str) -> int | None:
    """A number of months as typed ("6", "6개월"); empty: not asked."""
    clean = text.strip().removesuffix("개월").strip()
    if not clean:
        return None
    if not (clean.isdecimal() and clean.isascii()) or len(clean) > 4:
        raise ValidationError.of(field, _WHOLE_MONTHS)
    return int(clean)


def parse_regions(province: str | None, districts: str) -> tuple[RegionChoice, ...]:
    """The 시/도 chosen (None: anywhere) with the 시/군/구 typed after it, separated by commas ("" for all of it)."""
    if province is None:
        return ()
    names = [" ".join(name.split()) for name in districts.replace("、", ",").split(",")]
    names = [name for name in names if name]
    return tuple(RegionChoice(province, name) for name in names) or (RegionChoice(province),)
