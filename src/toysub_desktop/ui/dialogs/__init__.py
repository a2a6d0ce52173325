"""Dialogs that record a change through one service call each."""
