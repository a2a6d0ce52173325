"""Bringing a shop's own spreadsheet in: reading the file (``reading``), the dry run and the import itself
(``importing``)."""
