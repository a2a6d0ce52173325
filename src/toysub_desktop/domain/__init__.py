"""Plain-Python values and rules of the shop. Imports neither Qt nor SQLAlchemy."""
