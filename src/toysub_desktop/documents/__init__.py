"""Printed documents as PDF bytes, built from plain values (no database, no Qt): contract, pre-contract sheet,
change confirmation, and the confirmation of a contract's pause, early resume, plan change, cancellation or
renewal."""

from toysub_desktop.documents.change_confirmation import render_change_confirmation
from toysub_desktop.documents.contract import render_contract
from toysub_desktop.documents.pre_contract import render_pre_contract
from toysub_desktop.documents.subscription_change import render_subscription_change

__all__ = ["render_change_confirmation", "render_contract", "render_pre_contract", "render_subscription_change"]
