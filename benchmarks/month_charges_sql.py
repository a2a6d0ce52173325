"""One set-based SQL query (SQLite) producing the cycle charges of one calendar month for every subscription, as
``cycle_charges`` computes them: the cycle that begins in the month (the contract's cycle day, or the month's last
day when it is shorter), at the fee in effect on its first day (the latest live plan change), times its days of
service (up to the last day of service; live pauses, shortened by a resume, taken off) divided by its days, rounded
down; a skipped box's cycle is left out under the "not charged" skip rule. The baseline the billing run is compared
with: the same rows, without a transaction, an audit record or a unique key."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

MONTH_CHARGES = text(
    """
WITH resumes AS (
    SELECT refers_to_id, max(effective_on) AS resume_on FROM subscription_event
    WHERE kind = 'resume' AND voided_at IS NULL GROUP BY refers_to_id
),
pauses AS (
    SELECT p.subscription_id, p.effective_on AS first, coalesce(date(r.resume_on, '-1 day'), p.until) AS last
    FROM subscription_event AS p LEFT JOIN resumes AS r ON r.refers_to_id = p.id
    WHERE p.kind = 'pause' AND p.voided_at IS NULL
),
s AS (
    SELECT sub.id, sub.customer_id, sub.paid_from, sub.monthly_fee, sub.skip_rule,
        CASE WHEN sub.cancelled_on IS NOT NULL AND date(sub.cancelled_on, '-1 day') < sub.ends_on
             THEN date(sub.cancelled_on, '-1 day') ELSE sub.ends_on END AS last_day,
        date(:first, '+' || (min(CAST(strftime('%d', sub.paid_from) AS INTEGER), :month_days) - 1) || ' days')
            AS due,
        date(:next_first, '+' || (min(CAST(strftime('%d', sub.paid_from) AS INTEGER), :next_days) - 1) || ' days',
             '-1 day') AS cycle_end
    FROM subscription AS sub
    WHERE sub.paid_from <= :last
),
c AS (
    SELECT s.*, min(s.cycle_end, s.last_day) AS served_to,
        coalesce((SELECT e.monthly_fee FROM subscription_event AS e
                  WHERE e.subscription_id = s.id AND e.kind = 'plan_change' AND e.voided_at IS NULL
                    AND e.monthly_fee IS NOT NULL AND e.effective_on <= s.due
                  ORDER BY e.effective_on DESC, e.id DESC LIMIT 1), s.monthly_fee) AS fee
    FROM s
    WHERE s.due >= s.paid_from AND s.due <= s.last_day
      AND NOT (s.skip_rule = 'not_charged' AND EXISTS (
          SELECT 1 FROM subscription_event AS k
          WHERE k.subscription_id = s.id AND k.kind = 'skip' AND k.voided_at IS NULL
            AND k.effective_on BETWEEN s.due AND s.cycle_end))
),
d AS (
    SELECT c.id, c.customer_id, c.due, c.fee,
        CAST(julianday(c.cycle_end) - julianday(c.due) AS INTEGER) + 1 AS cycle_days,
        CAST(julianday(c.served_to) - julianday(c.due) AS INTEGER) + 1 - coalesce(sum(max(0,
            CAST(julianday(min(p.last, c.served_to)) - julianday(max(p.first, c.due)) AS INTEGER) + 1)), 0)
            AS service
    FROM c LEFT JOIN pauses AS p ON p.subscription_id = c.id
    GROUP BY c.id
)
SELECT id, customer_id, due, fee * service / cycle_days AS amount
FROM d
WHERE service > 0 AND fee * service / cycle_days > 0
ORDER BY id
"""
)


def month_charges(connection: Connection, month: date) -> list[tuple[int, int, date, int]]:
    """``(subscription id, customer id, due day, won)`` of each cycle charge beginning in *month*'s calendar month."""
    first = month.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    last = date(first.year, first.month, monthrange(first.year, first.month)[1])
    rows = connection.execute(
        MONTH_CHARGES,
        {
            "first": first.isoformat(),
            "month_days": monthrange(first.year, first.month)[1],
            "next_first": following.isoformat(),
            "next_days": monthrange(following.year, following.month)[1],
            "last": last.isoformat(),
        },
    )
    return [(sub, customer, date.fromisoformat(due), amount) for sub, customer, due, amount in rows]
