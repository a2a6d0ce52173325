"""Who is at the counter, kept honest: the window locks back to the sign-in screen after the shop's idle time,
and switching staff asks for the PIN of the person switched to.

A lock covers every open window (customer data stays out of sight) but closes nothing: a dialog's typed input is
still there after sign-in, and it saves under whoever signed in, as its title then shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from toysub_desktop.services.shop import StaffMember
from toysub_desktop.services.staff import idle_lock_minutes
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.sign_in import SignInDialog

#: What counts as someone working at the counter.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
#: The shortcut that locks the counter at once, when the clerk steps away.
LOCK_KEYS = "Ctrl+Shift+L"
_TITLE_PROPERTY = "titleBeforeSignIn"


class _Cover(QWidget):
    """Hides a window's contents while the counter is locked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("counterLockCover")
        self.setAutoFillBackground(True)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class CounterLock(QObject):
    """Locks *window* after the idle time and asks who signs in; *window* owns it."""

    #: Someone signed in (after a lock, or a switch): the counter's staff member is now this one.
    signedIn = Signal(object)

    def __init__(self, window: QWidget, counter: Counter) -> None:
        super().__init__(window)
        self.window = window
        self.counter = counter
        #: The demo shop shows its PIN on the sign-in screen.
        self.demo = False
        #: The owner signed in while setting up the shop at this start, so the counter does not open locked.
        self.signed_in_at_start = False
        self.dialog: SignInDialog | None = None
        self._covers: list[_Cover] = []
        #: The window that had the keyboard before the sign-in asked for it, and gets it back (its focus kept).
        self._return_to: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_lock_minutes(counter.db) * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        shortcut = QShortcut(QKeySequence(LOCK_KEYS), window)
        shortcut.activated.connect(self.lock)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None and self.dialog.locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Cover every window and ask who signs in; nothing open is closed."""
        if self.locked or not self.window.isVisible():  # a closed window has nothing left to guard
            return
        if self.dialog is not None:  # a switch was being asked: the lock takes its place
            self.dialog.locked = False
            self.dialog.reject()
        self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and (widget is self.window or isinstance(widget, QDialog)):
                cover = _Cover(widget)
                cover.show()
                cover.raise_()
                self._covers.append(cover)
        self._ask(locked=True, preselect=self.counter.staff.id)

    def switch_to(self, member: StaffMember) -> None:
        """Someone else takes the counter: their PIN first. Until then, the counter stays with who was there."""
        if self.dialog is not None:
            return
        self._ask(locked=False, preselect=member.id)

    def _ask(self, *, locked: bool, preselect: int) -> None:
        parent = QApplication.activeModalWidget() or self.window
        self._return_to = QApplication.activeWindow() or parent
        dialog = SignInDialog(self.counter.db, locked=locked, demo=self.demo, parent=parent)
        dialog.choose(preselect)
        if not locked:
            dialog.pin.setFocus()
        dialog.finished.connect(lambda _result: self._finished(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()

    def _finished(self, dialog: SignInDialog) -> None:
        if dialog is not self.dialog:
            return
        self.dialog = None
        for cover in self._covers:
            cover.deleteLater()
        self._covers.clear()
        if dialog.member is not None:
            self.counter.staff = dialog.member
            self._show_who_saves(dialog.member)
        self.signedIn.emit(self.counter.staff)
        dialog.deleteLater()
        back = self._return_to
        self._return_to = None
        if back is not None and back.isVisible():
            back.activateWindow()
            # Again once the sign-in window is gone: closing it may hand the activation to its parent meanwhile.
            QTimer.singleShot(0, back, back.activateWindow)
        self.timer.start()

    def _show_who_saves(self, member: StaffMember) -> None:
        """Each open dialog names the person it now saves under."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and getattr(widget, "counter", None) is self.counter:
                before = widget.property(_TITLE_PROPERTY)
                if not isinstance(before, str):
                    before = widget.windowTitle()
                    widget.setProperty(_TITLE_PROPERTY, before)
                widget.setWindowTitle(
                    QApplication.translate("CounterLock", "{title} — saving as {name}").format(
                        title=before, name=member.name
                    )
                )
