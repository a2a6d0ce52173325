"""Who may do what, checked by the services themselves: a PIN check that counts wrong tries towards a lockout, and
``authorize``, which refuses an action beyond the signed-in person's role unless another staff member whose role
allows it approves with their PIN at that moment (the audit then names both).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from toysub_desktop.db.engine import Database
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.staff import Permission, lowest_role_for, role_may
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import require_staff, unit_of_work
from toysub_desktop.services.queries.pins import check_pin

_OWNER_MUST_APPROVE = QT_TRANSLATE_NOOP(
    "Validation", "Only the owner can do this. The owner can approve it with their PIN."
)
_MANAGER_MUST_APPROVE = QT_TRANSLATE_NOOP(
    "Validation", "Only the owner or a manager can do this. One of them can approve it with their PIN."
)
_CANNOT_APPROVE = QT_TRANSLATE_NOOP("Validation", "This staff member's role cannot approve this.")


@dataclass(frozen=True)
class Approval:
    """Another staff member's PIN, typed at the counter to approve one action beyond the clerk's role."""

    staff_id: int
    pin: str


class ApprovalNeeded(ValidationError):
    """The signed-in person's role does not allow the action; someone whose role does may approve it."""

    def __init__(self, permission: Permission) -> None:
        self.permission = permission
        self.lowest_role = lowest_role_for(permission)
        template = _OWNER_MUST_APPROVE if self.lowest_role is StaffRole.OWNER else _MANAGER_MUST_APPROVE
        super().__init__(FieldProblem("staff", template))


def authorize(
    db: Database, *, by_staff_id: int, permission: Permission, approval: Approval | None, now: datetime
) -> int | None:
    """Whether *by_staff_id* may take an action: None when their own role allows it, the approver's id when
    another staff member's PIN approved it. Refused with ``ApprovalNeeded`` (no approval) or a problem on the
    ``approval_pin`` field (a wrong PIN, which counts towards that account's lockout)."""
    with unit_of_work(db) as session:
        staff = require_staff(session, by_staff_id)
        if role_may(StaffRole(staff.role), permission):
            return None
        if approval is None:
            raise ApprovalNeeded(permission)
        approver = require_staff(session, approval.staff_id)
        if not role_may(StaffRole(approver.role), permission):
            raise ValidationError.of("approval_staff", _CANNOT_APPROVE)
        problem = check_pin(session, approver, approval.pin, now, "approval_pin")
    if problem is not None:
        raise problem
    return approval.staff_id
