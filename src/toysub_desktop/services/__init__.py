"""The application's API: one function per thing a clerk does, each one transaction with its audit record.

Functions take the open ``Database`` and plain values and return plain values or small frozen dataclasses; no
ORM object and no Qt object crosses this boundary.
"""
