"""Session-level steps shared by services: given an open session, load what the domain rules need (or make one
change several clerk actions make, such as moving an item or auditing the owner's settings).

The clerk's API (``services/*.py``) takes a ``Database`` and owns its transaction; these functions take the
``Session`` a service already has, and return plain domain values.
"""
