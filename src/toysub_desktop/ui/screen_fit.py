"""Windows that fit the screen they open on: a counter PC is often 1366×768 with a taskbar, or a laptop at 150 %
(about 911×485 logical pixels). A window never opens larger than the screen's available area, never with its
buttons below the taskbar; a long form scrolls inside while its buttons stay put."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

#: How many Korean characters a form line is wide at least, where the screen allows.
READABLE_CHARS = 34


def available_area(widget: QWidget) -> QRect:
    """The part of the screen *widget* is on (or would open on) that windows may use: without the taskbar."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def clamp_to_screen(window: QWidget) -> None:
    """Make *window* no larger than the available area and move it wholly inside it."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = min(window.width(), area.width() - extra.width())
    height = min(window.height(), area.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def grow_to_fit(window: QWidget) -> None:
    """After text was added (a wrapped message), let *window* grow to show it whole, up to the screen."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    for area in window.findChildren(FormScrollArea):
        area.updateGeometry()  # its form just grew; the window's layout still has the old size
    layout.activate()
    width = window.width()
    wanted = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if wanted > window.height():
        window.resize(width, wanted)
        clamp_to_screen(window)


class _KeepOnScreen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            clamp_to_screen(watched)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Each time *window* is shown, fit it into the available screen area (a remembered or preferred size that is
    too large for this screen is cut down to it)."""
    window.installEventFilter(_KeepOnScreen(window))


def fit_size(window: QWidget, preferred: QSize, *, share: float = 0.95) -> None:
    """Resize *window* to *preferred*, or to *share* of the available area where the screen is smaller."""
    area = available_area(window)
    window.resize(
        min(preferred.width(), int(area.width() * share)), min(preferred.height(), int(area.height() * share))
    )


class FormScrollArea(QScrollArea):
    """Holds a dialog's form: as tall as the form where the screen allows, else as tall as the screen allows
    beside the dialog's other parts (intro, messages, buttons), scrolling inside."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab walks the fields, never the area around them (an invisible stop); a field Tab reaches is scrolled to.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a message shown in the form: the window may grow to show it
            handled = super().eventFilter(watched, event)
            self._give_the_form_its_height()
            return handled
        return super().eventFilter(watched, event)

    def _give_the_form_its_height(self) -> None:
        """QScrollArea sizes a resizable form by its height for the viewport's width before the scroll bar takes
        its share; a form that then wraps a message onto one more line would clip it. Give it the height it needs at
        the width it really has."""
        content = self.widget()
        if content is None or not content.hasHeightForWidth():
            return
        needed = content.heightForWidth(content.width())
        if needed > content.height():
            content.resize(content.width(), needed)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        # Wide enough to read a line of a form (a wrapped hint is otherwise squeezed into a narrow column).
        width = max(hint.width(), self.fontMetrics().horizontalAdvance("가") * READABLE_CHARS) + bar
        area = available_area(self)
        width = min(width, area.width() - 40)
        height = hint.height()
        if content.hasHeightForWidth():
            height = max(height, content.heightForWidth(width - bar))
        return QSize(width, min(height, max(area.height() - self._others_height(), 120)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._give_the_form_its_height()
        content = self.widget()
        if content is None or not content.hasHeightForWidth():
            return
        # Narrower than planned (the window was cut to the screen): the form may need more height to show whole.
        if content.heightForWidth(self.viewport().width()) > self.viewport().height():
            self.updateGeometry()
            QTimer.singleShot(0, self, lambda: grow_to_fit(self.window()))

    def _others_height(self) -> int:
        """How tall the rest of the window's layout wants to be (everything but this area)."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is None:
            return 140
        margins = layout.contentsMargins()
        total = margins.top() + margins.bottom() + 8  # a little for the window frame's rounding
        spacing = max(layout.spacing(), 0)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None or item.widget() is self or item.isEmpty():
                continue
            total += item.sizeHint().height() + spacing
        return total

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 80)
