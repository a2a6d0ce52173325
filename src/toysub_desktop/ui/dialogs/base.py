"""The pattern every editing dialog follows: Save calls one service; problems show beside their fields, the
typed input stays, and nothing is written.

A barcode scanner is a keyboard that types digits and Enter, so Enter never saves: no button is a default button,
and Enter in a field only does what that field does (add the scanned item, move on). Save is its button or
Ctrl+Enter; Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.access import Approval
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem, ProblemKind
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.problems import offer_retry, problem_message
from toysub_desktop.ui.screen_fit import FormScrollArea, grow_to_fit, keep_on_screen
from toysub_desktop.ui.sign_in import run_with_approval
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
        #: An approving PIN for an action beyond the signed-in person's role, set during the save that asked.
        self.approval: Approval | None = None
        self._add_save_shortcuts()
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

    # --- keys: Enter never saves (a scanner's Enter ends every scan); Ctrl+Enter does ----------------------------

    #: The one save shortcut of every dialog: Ctrl+Enter (keypad) and Ctrl+Return (main keyboard).
    SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")

    def _add_save_shortcuts(self) -> None:
        for keys in self.SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._save_by_shortcut)

    def _save_by_shortcut(self) -> None:
        button = self.save_button
        if button.isVisible() and button.isEnabled() and isinstance(button, QPushButton):
            button.click()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            # QDialog makes the first auto-default button the default when shown; none may be.
            self.drop_default_buttons()

    def drop_default_buttons(self) -> None:
        """No push button of the dialog presses itself on Enter, focused or not."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        if plain_enter:
            event.accept()  # a field that wanted Enter has already used it; the dialog does nothing with it
            return
        super().keyPressEvent(event)  # Escape cancels

    def save(self) -> None:
        self.errors.clear()
        try:
            self.outcome = run_with_approval(self, self.counter.db, self._submit_approved)
        except ValidationError as error:
            self.errors.show(error)
            return
        except ConcurrentEditError as error:
            self._show_general(message_text(error.message))
            return
        except DatabaseProblem as problem:
            self._show_general(problem_message(problem))
            if problem.kind is ProblemKind.BUSY:
                # It passes once the other counter or program lets go: offer to save again, input kept.
                offer_retry(problem, self, self.save)
            return
        self.accept()

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
        grow_to_fit(self)

    def submit(self) -> object:
        raise NotImplementedError  # each dialog defines what Save does

    def _submit_approved(self, approval: Approval | None) -> object:
        """``submit()`` with another staff member's approving PIN (``self.approval``) for this one save."""
        self.approval = approval
        try:
            return self.submit()
        finally:
            self.approval = None
