"""Draw a digit: a drawing pad whose strokes become the current network's input image (8×8 or 28×28,
prepared by `simulator.drawing` as the training data was), shown beside it, with the network's
outputs updating while the learner draws.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from simulator import drawing

from ..i18n import translate
from ..widgets import POSITIVE, bold, dim
from .common import number, plot_widget, wrapped

PAD_PEN = 0.07          # drawn line width as a share of the pad's side (what the learner sees)


class DrawingPad(QWidget):
    """A square pad; strokes are kept in pad units (0..1, y down) so the size of the widget does not matter."""

    strokes_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.strokes: list[list[tuple[float, float]]] = []
        self._drawing = False
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(translate("DrawingPad", "Draw with the left mouse button"))

    def square(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_pad(self, pos: QPointF) -> tuple[float, float]:
        r = self.square()
        return (min(max((pos.x() - r.x()) / r.width(), 0.0), 1.0), min(max((pos.y() - r.y()) / r.height(), 0.0), 1.0))

    def to_widget(self, point: tuple[float, float]) -> QPointF:
        r = self.square()
        return QPointF(r.x() + point[0] * r.width(), r.y() + point[1] * r.height())

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.strokes_changed.emit()

    def undo_stroke(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.strokes_changed.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = True
            self.strokes.append([self.to_pad(event.position())])
            self.update()
            self.strokes_changed.emit()

    def mouseMoveEvent(self, event) -> None:
        if self._drawing:
            point = self.to_pad(event.position())
            if point != self.strokes[-1][-1]:
                self.strokes[-1].append(point)
                self.update()
                self.strokes_changed.emit()

    def mouseReleaseEvent(self, event) -> None:
        self._drawing = False

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.square()
        painter.fillRect(r, QColor("white"))
        painter.setPen(QPen(QColor("#999"), 1))
        painter.drawRect(r)
        pen = QPen(QColor("#111"), PAD_PEN * r.width(), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            path = QPainterPath(self.to_widget(stroke[0]))
            for point in stroke[1:]:
                path.lineTo(self.to_widget(point))
            if len(stroke) == 1:
                painter.drawPoint(self.to_widget(stroke[0]))
            else:
                painter.drawPath(path)
        if not self.strokes:
            painter.setPen(QColor("#999"))
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, translate("DrawingPad", "Draw a digit here"))


class DigitPadLab(QWidget):
    """The pad, the image the network reads, and its outputs. `document` is the main window's."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.pad = DrawingPad()
        self.image = np.zeros((8, 8))
        self.outputs = np.zeros(0)

        clear = QPushButton(translate("DigitPadLab", "Clear"))
        clear.clicked.connect(self.pad.clear)
        undo = QPushButton(translate("DigitPadLab", "Undo stroke"))
        undo.clicked.connect(self.pad.undo_stroke)
        self.send_button = QPushButton(translate("DigitPadLab", "Use as the network's input"))
        self.send_button.setToolTip(translate("DigitPadLab", "Set the main window's inputs to this image (one undo "
                                                             "step)"))
        self.send_button.clicked.connect(self.send_to_inputs)
        buttons = QHBoxLayout()
        for b in (clear, undo, self.send_button):
            buttons.addWidget(b)
        pad_box = QGroupBox(translate("DigitPadLab", "Drawing pad"))
        pad_layout = QVBoxLayout(pad_box)
        pad_layout.addWidget(self.pad, 1)
        pad_layout.addLayout(buttons)

        self.image_plot = plot_widget()
        self.image_plot.setAspectLocked(True)
        self.image_plot.invertY(True)           # row 0 at the top, as the image is read
        self.image_plot.hideAxis("left")
        self.image_plot.hideAxis("bottom")
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setLookupTable(pg.ColorMap([0, 1], [(255, 255, 255), (20, 20, 20)]).getLookupTable(nPts=256))
        self.image_plot.addItem(self.image_item)
        self.grid_lines: list[pg.PlotCurveItem] = []
        self.image_label = dim(wrapped(""))
        image_box = QGroupBox(translate("DigitPadLab", "What the network reads"))
        image_layout = QVBoxLayout(image_box)
        image_layout.addWidget(self.image_plot, 1)
        image_layout.addWidget(self.image_label)

        self.bars_plot = plot_widget(bottom=translate("DigitPadLab", "class"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brushes=[])
        self.bars_plot.addItem(self.bars)
        self.prediction = bold(QLabel())
        self.prediction.setWordWrap(True)
        self.note = dim(wrapped(""))
        outputs_box = QGroupBox(translate("DigitPadLab", "The network's outputs"))
        outputs_layout = QVBoxLayout(outputs_box)
        outputs_layout.addWidget(self.prediction)
        outputs_layout.addWidget(self.bars_plot, 1)
        outputs_layout.addWidget(self.note)

        layout = QHBoxLayout(self)
        layout.addWidget(pad_box, 4)
        layout.addWidget(image_box, 3)
        layout.addWidget(outputs_box, 3)

        self.pad.strokes_changed.connect(self.recompute)
        document.structure_changed.connect(self.recompute)
        document.values_changed.connect(self.recompute)
        self.recompute()

    def shape(self) -> tuple[int, int] | None:
        return drawing.shape_for_inputs(self.document.sizes[0])

    def recompute(self) -> None:
        shape = self.shape()
        self.send_button.setEnabled(shape is not None and bool(self.pad.strokes))
        if shape is None:
            self.image = np.zeros((0, 0))
            self.outputs = np.zeros(0)
            self.image_item.clear()
            self.bars.setOpts(x=[], height=[])
            self.prediction.setText(translate("DigitPadLab", "This network cannot read a drawing"))
            self.image_label.setText(translate(
                "DigitPadLab", "The current network has {inputs} inputs. Drawings become 8×8 images (64 inputs) or "
                               "28×28 images (784 inputs): open File → Examples → Handwritten digits, or build a "
                               "network with 64 or 784 inputs.").format(inputs=self.document.sizes[0]))
            self.note.setText("")
            return
        self.image = drawing.digit_image(self.pad.strokes, shape)
        self.image_item.setImage(self.image, levels=(0.0, 1.0))
        self.image_item.setRect(QRectF(0, 0, shape[1], shape[0]))
        self.image_plot.setRange(xRange=(0, shape[1]), yRange=(0, shape[0]), padding=0.02)
        self._draw_grid(shape)
        self.image_label.setText(
            translate("DigitPadLab", "{rows}×{cols} = {count} inputs, 0 (white) to 1 (black).").format(
                rows=shape[0], cols=shape[1], count=shape[0] * shape[1]) + " "
            + (translate("DigitPadLab", "Scaled so the larger side fills a 32×32 field, drawn with a thick pen, then "
                                        "each 4×4 block counted, like the bundled UCI digits.") if shape == (8, 8) else
               translate("DigitPadLab", "Fitted into a 20×20 box and centred by its centre of mass in 28×28, like "
                                        "MNIST.")))
        self.outputs = self.document.network.forward(self.image.reshape(1, -1))[0]
        names = self.document.labels[-1]
        best = int(np.argmax(self.outputs))
        brushes = [pg.mkBrush(POSITIVE if k == best else "#9bb7d4") for k in range(len(self.outputs))]
        self.bars.setOpts(x=np.arange(len(self.outputs)), height=self.outputs, brushes=brushes)
        self.bars_plot.getAxis("bottom").setTicks([[(k, names[k]) for k in range(len(names))]])
        softmax = self.document.network.layers[-1].activation == "softmax"
        if softmax:
            self.bars_plot.setYRange(0, 1, padding=0.02)
        if not self.pad.strokes:
            self.prediction.setText(translate("DigitPadLab", "Draw a digit on the pad"))
        else:
            what = (f"{100 * self.outputs[best]:.1f} %" if softmax else
                    translate("DigitPadLab", "output {value}").format(value=number(self.outputs[best])))
            self.prediction.setText(translate("DigitPadLab", "The network says {label} ({what})").format(
                label=names[best], what=what))
        self.note.setText(translate("DigitPadLab", "Softmax probabilities, one per class; they sum to 1.") if softmax
                          else translate("DigitPadLab", "The output layer is not softmax: these are its raw outputs, "
                                                        "not probabilities."))

    def _draw_grid(self, shape: tuple[int, int]) -> None:
        """Pixel borders for 8×8 (each input visible as a cell); only the frame for 28×28."""
        for line in self.grid_lines:
            self.image_plot.removeItem(line)
        h, w = shape
        xs, ys = [], []
        for k in (range(w + 1) if w <= 8 else (0, w)):
            xs += [k, k, np.nan]
            ys += [0, h, np.nan]
        for k in (range(h + 1) if h <= 8 else (0, h)):
            xs += [0, w, np.nan]
            ys += [k, k, np.nan]
        line = pg.PlotCurveItem(np.array(xs, float), np.array(ys, float), pen=pg.mkPen("#bbb", width=1),
                                connect="finite")
        self.image_plot.addItem(line)
        self.grid_lines = [line]

    def send_to_inputs(self) -> None:
        if self.shape() is not None and self.pad.strokes:
            self.document.set_inputs(self.image.reshape(-1))
