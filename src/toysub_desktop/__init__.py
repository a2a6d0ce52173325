"""ToySub Desktop: the counter application for Korean toy-subscription shops."""

__version__ = "0.1.0"
