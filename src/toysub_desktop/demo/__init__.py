"""The demo shop behind ``--demo``: a simulator that plays about three years of a shop through the clerk's services.

It is not a clerk action, so it lives beside ``services`` rather than among them; its only entry is
``populate_demo_shop``.
"""

from toysub_desktop.demo.shop import DemoSummary, populate_demo_shop

__all__ = ["DemoSummary", "populate_demo_shop"]
