"""A combo box whose items carry Python values exactly as given (Qt would turn a StrEnum into a plain str and a
date into a QDate if they went through ``itemData``)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

T = TypeVar("T")


class ChoiceBox(QComboBox, Generic[T]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[T] = []

    def add(self, label: str, value: T) -> None:
        self._values.append(value)
        self.addItem(label)

    def clear_choices(self) -> None:
        self._values.clear()
        self.clear()

    def value(self) -> T | None:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: T) -> bool:
        """Select the item carrying *value*; False (and no change) when there is none."""
        if value not in self._values:
            return False
        self.setCurrentIndex(self._values.index(value))
        return True
