"""Small widgets and helpers shared by the inspector and the panels.

- `ValueSlider`: a float slider + spin box (+ optional range picker) that reports
  user edits with a drag token, so one slider drag becomes one undo step.
- Colours: the Okabe–Ito colour-blind-safe palette for signed and right/wrong values.
- `style_plot`: makes a pyqtgraph PlotWidget follow the system palette.
- `gate_of` / `dataset_settings`: re-exported from `simulator.dataspec` for the panels.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGraphicsItem, QHBoxLayout, QLabel, QSizePolicy, QSlider,
                               QWidget)

from simulator.dataspec import dataset_settings, gate_of  # noqa: F401  (panels import them from here)

from .document import new_drag_token
from .i18n import translate
from .fine_drag import FineDrag

# Okabe–Ito colours: distinguishable with every common form of colour blindness.
POSITIVE = "#0072B2"   # blue
NEGATIVE = "#D55E00"   # vermillion
CORRECT = "#009E73"    # bluish green
WRONG = "#D55E00"      # vermillion
ACCENT = "#E69F00"     # orange
MARKER = "#CC79A7"     # reddish purple

# Arrow keys and wheel notches move a value by STEP (FINE_STEP with Shift); a drag moves on a 0.01 grid.
STEP, FINE_STEP = 0.01, 0.001
WHEEL_NOTCH = 120   # angleDelta units of one wheel click
_NUDGE_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}


def sign_colour(value: float) -> QColor:
    return QColor(NEGATIVE if value < 0 else POSITIVE)


def format_value(value: float, decimals: int = 3) -> str:
    """Whole numbers without decimals ("1", "0"), everything else rounded ("0.731")."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e12:
        return str(int(value))
    text = f"{value:.{decimals}f}"
    return "0" if float(text) == 0 else text


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10^k that is ≥ |value| (and at least 1e-3)."""
    value = max(abs(float(value)), 1e-3)
    exponent = math.floor(math.log10(value))
    for mantissa in (1, 2, 5, 10):
        candidate = mantissa * 10.0 ** exponent
        if candidate >= value * (1 - 1e-12):
            return float(f"{candidate:.12g}")
    return 10.0 ** (exponent + 1)


def bold(label: QLabel) -> QLabel:
    """A panel title: the label's own font, in bold."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def dim(label: QLabel) -> QLabel:
    """Secondary text: slightly smaller, in the palette's placeholder colour."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def style_plot(plot_widget) -> None:
    """Background, axes and text of a pyqtgraph PlotWidget in the widget's palette colours."""
    palette = plot_widget.palette()
    text = palette.color(QPalette.ColorRole.Text)
    plot_widget.setBackground(palette.color(QPalette.ColorRole.Base))
    for name in ("left", "bottom"):
        axis = plot_widget.getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)
        # Axes (and their grid lines, which span the plot) are redrawn whenever anything
        # inside the plot moves; caching them as pixmaps keeps a slider drag cheap.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class ValueSlider(QWidget):
    """A float value edited with a slider (fine steps) and a spin box, kept in sync.

    `edited(value, drag)` fires only for user edits. While the slider handle is held
    down every move carries the same drag token (from `new_drag_token`); so do the
    wheel notches in a row on one focused slider or spin box (one turn of the wheel is
    one undo step). Spin-box edits, clicks on the groove and keyboard nudges carry None.
    `setValue` is silent: views call it to follow the document without echoing edits back.

    Arrow keys and the wheel (when focused) step by 0.01, with Shift by 0.001.

    The slider covers ±limit; the limit grows to the next preset (or a 1-2-5 value)
    whenever the value falls outside it, so the handle always shows the value.
    """

    edited = Signal(float, object)

    def __init__(self, value: float = 0.0, *, label: str = "", limit: float = 5.0,
                 presets=(1.0, 5.0, 10.0, 50.0), resolution: float = 0.01, decimals: int = 3,
                 show_range: bool = True, tooltip: str = "", parent=None):
        super().__init__(parent)
        self._scale = round(1 / resolution)      # slider ticks per unit
        self._presets = tuple(sorted(float(p) for p in presets))
        self._value = float(value)
        self._limit = float(limit)
        self._drag = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(label) if label else None
        if self.label is not None:
            self.label.setToolTip(tooltip)
            layout.addWidget(self.label)

        self.slider = _FocusWheelSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(80)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setToolTip((tooltip + "\n" if tooltip else "")
                               + translate("ValueSlider", "Drag to change (one drag = one undo step; hold Shift "
                                                          "for a finer drag). Arrow keys or wheel: ±0.01, with "
                                                          "Shift: ±0.001."))
        self.spin = _FocusWheelSpinBox()
        self.spin.setDecimals(decimals)
        self.spin.setRange(-1e6, 1e6)
        self.spin.setSingleStep(STEP)
        self.spin.setKeyboardTracking(False)      # edit on Enter / focus out, not on every keystroke
        self.spin.setToolTip((tooltip + "\n" if tooltip else "")
                             + translate("ValueSlider", "Type an exact value and press Enter. Up/Down or wheel: "
                                                        "±0.01, with Shift: ±0.001."))
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("-00.0000") + 24)
        # Its size hint is as wide as ±1e6 needs; letting it shrink to the width above leaves the
        # room to the label (long names like iris's "sepal_length_cm" are shown in full).
        self.spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)

        self.range_combo = None
        if show_range:
            self.range_combo = RangeCombo(self._presets)
            self.range_combo.picked.connect(self.setLimit)
            layout.addWidget(self.range_combo)

        self.slider.sliderPressed.connect(self._drag_started)
        self.slider.sliderReleased.connect(self._drag_finished)
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_edited)
        self._keys = _NudgeKeys(self)
        self.slider.installEventFilter(self._keys)
        self.spin.installEventFilter(self._keys)
        self._fine_drag = FineDrag(self)
        self.slider.installEventFilter(self._fine_drag)
        self._apply_limit(max(self._limit, self._fitting_limit(self._value)))
        self.setValue(self._value)

    # -- public ----------------------------------------------------------------
    def value(self) -> float:
        return self._value

    def limit(self) -> float:
        return self._limit

    def setValue(self, value: float) -> None:
        """Show `value` without emitting `edited` (the view following the model)."""
        value = float(value)
        self._value = value
        if abs(value) > self._limit:
            self._apply_limit(self._fitting_limit(value))
        if not self.slider.isSliderDown():   # never fight the user's hand during a drag
            self.slider.blockSignals(True)
            self.slider.setValue(round(value * self._scale))
            self.slider.blockSignals(False)
        if self.spin.value() != round(value, self.spin.decimals()):
            self.spin.blockSignals(True)
            self.spin.setValue(value)
            self.spin.blockSignals(False)

    def setLimit(self, limit: float) -> None:
        """Slider range ±limit (widened if the current value would not fit)."""
        self._apply_limit(max(float(limit), self._fitting_limit(self._value)))
        self.setValue(self._value)

    def nudge(self, direction: int, fine: bool = False, drag=None) -> None:
        """Step the value up (direction > 0) or down by 0.01 (0.001 when fine) as a user edit."""
        step = FINE_STEP if fine else STEP
        new = round(self._value + (1 if direction > 0 else -1) * step, 10)
        self.setValue(new)
        self.edited.emit(new, drag)

    def drag_to(self, value: float) -> None:
        """Move to `value` as part of the current handle drag (FineDrag's Shift-drag)."""
        if value != self._value:
            self.slider.blockSignals(True)
            self.slider.setValue(round(value * self._scale))   # the handle shows it (to the 0.01 grid)
            self.slider.blockSignals(False)
            self._value = value
            self.spin.blockSignals(True)
            self.spin.setValue(value)
            self.spin.blockSignals(False)
            self.edited.emit(value, self._drag)

    @property
    def dragging(self) -> bool:
        return self._drag is not None

    # -- internals ---------------------------------------------------------------
    def _fitting_limit(self, value: float) -> float:
        value = abs(value)
        for preset in self._presets:
            if value <= preset:
                return preset
        return nice_ceiling(value)

    def _apply_limit(self, limit: float) -> None:
        self._limit = limit
        ticks = round(limit * self._scale)
        self.slider.blockSignals(True)
        self.slider.setRange(-ticks, ticks)
        self.slider.setSingleStep(max(1, round(STEP * self._scale)))
        self.slider.setPageStep(max(1, ticks // 10))
        self.slider.blockSignals(False)
        if self.range_combo is not None:
            self.range_combo.show_limit(limit)

    def _drag_started(self) -> None:
        self._drag = new_drag_token()

    def _drag_finished(self) -> None:
        self._drag = None

    def _slider_moved(self, ticks: int) -> None:
        value = ticks / self._scale   # division keeps decimals exact: 20 / 100 == 0.2
        if value == self._value:
            return
        self._value = value
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.edited.emit(value, self._drag if self.slider.isSliderDown() else None)

    def _spin_edited(self, value: float) -> None:
        if value == round(self._value, self.spin.decimals()):
            return  # only the display rounding differs: not an edit
        self.setValue(value)
        self.edited.emit(float(value), None)

    def __repr__(self) -> str:
        name = self.label.text() if self.label is not None else ""
        return f"ValueSlider({name!r}, value={self._value:g}, limit=±{self._limit:g})"


class _FocusWheel:
    """Ignores the mouse wheel unless focused, so scrolling a panel never changes a weight by accident."""

    def __init__(self, *args):
        super().__init__(*args)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()   # let the enclosing scroll area have it


class _FocusWheelSlider(_FocusWheel, QSlider):
    pass


class _FocusWheelSpinBox(_FocusWheel, QDoubleSpinBox):
    pass


class RangeCombo(QComboBox):
    """Picks a slider range ±limit from presets; `picked(limit)` fires on user choices only."""

    picked = Signal(float)

    def __init__(self, presets=(1.0, 5.0, 10.0, 50.0), parent=None):
        super().__init__(parent)
        self.setToolTip(translate("RangeCombo", "Slider range. It widens by itself when a value lies outside it."))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for preset in presets:
            self.addItem(f"±{preset:g}", float(preset))
        self.activated.connect(lambda index: self.picked.emit(self.itemData(index)))

    def show_limit(self, limit: float) -> None:
        """Display `limit`, adding it as an item when it is not a preset (silent)."""
        index = self.findData(float(limit))
        if index < 0:
            self.addItem(f"±{limit:g}", float(limit))
            index = self.count() - 1
        self.setCurrentIndex(index)


class _NudgeKeys(QObject):
    """Arrow keys and the wheel step the value: Left/Down/wheel back −, Right/Up/wheel forward +
    (Shift for fine steps). Qt's own wheel steps would be 3 × 0.01 (and a page with Shift).

    In the spin box Left/Right keep moving the text cursor, so only Up/Down nudge there.
    The wheel acts only on a focused widget (see _FocusWheel); notches in a row share a
    drag token, so one turn of the wheel is one undo step.
    """

    def __init__(self, owner: ValueSlider):
        super().__init__(owner)
        self._owner = owner
        self._wheel_token = None
        self._wheel_rest = 0       # angleDelta not yet used up (high-resolution wheels and touchpads)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() in _NUDGE_KEYS:
            self._wheel_token = None
            if watched is self._owner.spin and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                return False
            fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._owner.nudge(_NUDGE_KEYS[event.key()], fine)
            return True
        if kind == QEvent.Type.Wheel and watched.hasFocus():
            self._wheel(event)
            return True
        if kind in (QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress):
            self._wheel_token, self._wheel_rest = None, 0
        return False

    def _wheel(self, event) -> None:
        delta = event.angleDelta()
        # With Shift held some systems turn the vertical wheel into a horizontal one.
        amount = delta.y() or delta.x()
        if event.inverted():
            amount = -amount
        self._wheel_rest += amount
        notches = int(self._wheel_rest / WHEEL_NOTCH)
        self._wheel_rest -= notches * WHEEL_NOTCH
        if not notches:
            return
        if self._wheel_token is None:
            self._wheel_token = new_drag_token()
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        for _ in range(abs(notches)):
            self._owner.nudge(notches, fine, drag=self._wheel_token)
