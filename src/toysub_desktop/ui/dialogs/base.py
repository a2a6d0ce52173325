"""The pattern every editing dialog follows: Save calls one service; problems show beside their fields, the
typed input stays, and nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from toysub_desktop.db.problems import DatabaseProblem
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.problems import problem_message
from toysub_desktop.ui.screen_fit import FormScrollArea, grow_to_fit, keep_on_screen
from toysub_desktop.ui.text import message_text


class ServiceDialog(QDialog):
    """Subclasses build their fields into ``self.form`` and implement ``submit()``."""

    def __init__(self, counter: Counter, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = make_message_label(ERROR_STYLE)
        self.errors.set_fallback(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        # The fields scroll inside when the dialog is taller than the screen; messages and buttons stay put.
        fields = QWidget()
        self.columns = QHBoxLayout(fields)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addLayout(self.form, 1)
        self.form_area = FormScrollArea(fields)
        self.layout_.addWidget(self.form_area, 1)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)
        #: What the service returned on the successful save.
        self.outcome: object = None
        self.errors.set_window(self)
        keep_on_screen(self)

    @property
    def save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def add_side_column(self) -> QVBoxLayout:
        """A second column to the right of the form, so a long dialog fits a small screen at 150%."""
        column = QVBoxLayout()
        self.columns.addSpacing(12)
        self.columns.addLayout(column, 1)
        return column

    def add_intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.layout_.insertWidget(0, label)
        return label

    def save(self) -> None:
        self.errors.clear()
        try:
            self.outcome = self.submit()
        except ValidationError as error:
            self.errors.show(error)
            return
        except ConcurrentEditError as error:
            self._show_general(message_text(error.message))
            return
        except DatabaseProblem as problem:
            self._show_general(problem_message(problem))
            return
        self.accept()

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
        grow_to_fit(self)

    def submit(self) -> object:
        raise NotImplementedError  # each dialog defines what Save does
