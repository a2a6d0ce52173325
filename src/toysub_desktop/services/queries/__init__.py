"""Session-level reads shared by services: given an open session, load what the domain rules need.

The clerk's API (``services/*.py``) takes a ``Database`` and owns its transaction; these functions take the
``Session`` a service already has, and return plain domain values.
"""
