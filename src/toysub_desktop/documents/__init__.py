"""Printed documents as PDF bytes, built from plain values (no database, no Qt): contract, pre-contract sheet,
change confirmation, the confirmation of a contract's pause, early resume, plan change, cancellation or renewal,
receipts, labels and the day's papers.

Each renderer is imported from its own module (``documents.contract.render_contract`` …): this package imports
nothing itself, so a service that needs only the wording (``documents.wording``, ``documents.standard_terms``) does
not load reportlab before the first window is painted."""
