"""Printed documents as PDF bytes, built from plain values (no database, no Qt): contract, pre-contract sheet,
change confirmation."""

from toysub_desktop.documents.change_confirmation import render_change_confirmation
from toysub_desktop.documents.contract import render_contract
from toysub_desktop.documents.pre_contract import render_pre_contract

__all__ = ["render_change_confirmation", "render_contract", "render_pre_contract"]
