"""The decision boundary: what a 2-input network outputs everywhere on the input plane.

A GRID×GRID heatmap over the data's bounding box (plus a margin) is computed with
one engine call per redraw and coloured with a few array operations:

- classes: the probability-weighted mix of the class colours, faded toward the
  background where the network is unsure (so the boundary is a pale seam);
- regression: a sequential colour map (cividis) with a colour bar;
- a hovered neuron (`show_neuron`): that neuron's own output, vermillion on its
  negative side and blue on its positive side (or background → class colour for
  one class's output probability).

Training points are filled circles, test points hollow squares (told apart
without colour); clicking a point of the probe set emits `point_clicked(row)`.
Items are created once; value changes only refill arrays.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from simulator import features as input_features
from simulator.datasets import REGRESSION

from ..changes import Changed, What
from ..i18n import engine_text, translate
from ..selection import NeuronRef
from ..training.protocol import TrainingView, require_training_view
from ..widgets import bold, dim, style_plot
from .colors import (background, blend_classes, class_colour, class_rgb, diverging_map, html_swatch, lut_index,
                     lut_of, regression_map, rgb, sequential_map, text_colour)
from .probabilities import (BINARY, REGRESSION_MODE, class_names, class_probabilities, no_dataset_chosen, output_mode,
                            probe_set)
from .throttle import RedrawThrottle

GRID = 80                 # heatmap cells per side
MARGIN = 0.1              # extra room around the data, as a fraction of its extent ...
MIN_MARGIN = 0.15         # ... and at least this fraction of the larger extent (room around gate corners)
EMPTY_EXTENT = (-1.2, 1.2)
NOTE = QT_TRANSLATE_NOOP("BoundaryPlot", "The decision boundary is drawn for networks with 2 inputs")
NO_DATA_NOTE = QT_TRANSLATE_NOOP("BoundaryPlot",
                                "The decision boundary shows the network's answer over the plane of its two "
                                "inputs, around the data it learns from. This network has no dataset yet: pick "
                                "one with 2 inputs in the Training tab (circle, xor, gauss, spiral, moons or a "
                                "logic gate).")
# Bounded activations have a natural middle (the output at a = 0) and half-range; others are scaled to the data.
_NEURON_SCALE = {"sigmoid": (0.5, 0.5), "step": (0.5, 0.5), "tanh": (0.0, 1.0), "softmax": (0.5, 0.5)}


def data_extent(points: list[np.ndarray]) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) covering every (n, 2) array in `points` plus a margin."""
    stacked = [p for p in points if p is not None and len(p)]
    if not stacked:
        low, high = EMPTY_EXTENT
        return low, high, low, high
    allp = np.vstack(stacked)
    lows, highs = allp.min(axis=0), allp.max(axis=0)
    spans = highs - lows
    pad = np.maximum(MARGIN * spans, MIN_MARGIN * max(float(spans.max()), 1e-3))
    lows, highs = lows - pad, highs + pad
    return float(lows[0]), float(highs[0]), float(lows[1]), float(highs[1])


def grid_points(extent, n: int = GRID) -> np.ndarray:
    """(n*n, 2) cell centres, row-major with y rising by row: image row 0 is the bottom."""
    x0, x1, y0, y1 = extent
    xs = x0 + (np.arange(n) + 0.5) * ((x1 - x0) / n)
    ys = y0 + (np.arange(n) + 0.5) * ((y1 - y0) / n)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


class BoundaryPlot(QWidget):
    """See the module docstring."""

    point_clicked = Signal(int)   # row of the probe set (the test set, else the training set)
    plane_shown = Signal(bool)    # True when it draws the plane, False when it explains why it cannot

    def __init__(self, session: TrainingView, document, parent=None):
        super().__init__(parent)
        self.session, self.document = require_training_view(session, "BoundaryPlot"), document
        self.neuron: NeuronRef | None = None
        self.extent = self.data_extent = (*EMPTY_EXTENT, *EMPTY_EXTENT)   # heatmap's / data's (x0, x1, y0, y1)
        self.mode: str | None = None
        self._grid = grid_points(self.extent)
        self._net_grid = self._grid   # the grid as network inputs (with derived features, if any)
        self._rgb = np.empty((GRID * GRID, 3))
        self._scaled = np.empty((GRID * GRID, 3))
        self.pixels = np.zeros((GRID, GRID, 3), dtype=np.uint8)
        self._class_rgb = class_rgb(2)
        self._regression_range = (0.0, 1.0)
        self._clickable = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        bold(self.title)
        self.title.setToolTip(translate("BoundaryPlot", "What the heatmap shows: the network's output, or the neuron "
                                                        "under the mouse on the canvas"))
        layout.addWidget(self.title)

        self.stack = QStackedWidget()
        self.plot = pg.PlotWidget()
        self.plot.setMinimumSize(150, 130)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAspectLocked(True)
        self.plot.setToolTip(translate("BoundaryPlot", "The network's answer at every point of the input plane.\n"
                                                     "Colour = predicted class, paler = less sure; the pale seam is "
                                                     "the decision boundary.\nFilled circles: training samples. "
                                                     "Hollow squares: test samples. Click one to probe it."))
        style_plot(self.plot)
        self.stack.addWidget(self.plot)
        self.note = dim(QLabel(translate("BoundaryPlot", NOTE)))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.stack.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self.legend = dim(QLabel())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setToolTip(translate(
            "BoundaryPlot", "Class colours and point symbols; + is the current input (the Inputs panel)"))
        layout.addWidget(self.legend)

        bg, text = background(self), text_colour(self)
        self._bg = rgb(bg)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setImage(self.pixels, autoLevels=False)   # setRect needs the image's size
        self.image.setZValue(-10)
        self.train_points = pg.ScatterPlotItem(symbol="o", size=7, pen=pg.mkPen(bg, width=1), hoverable=True,
                                               tip=self._tip("training"))
        self.test_points = pg.ScatterPlotItem(symbol="s", size=8, brush=pg.mkBrush(bg), hoverable=True,
                                              tip=self._tip("test"))
        self.probe_marker = pg.ScatterPlotItem(symbol="o", size=20, brush=None, pen=pg.mkPen(text, width=2))
        self.input_marker = pg.ScatterPlotItem(symbol="+", size=14, pen=pg.mkPen(text, width=2), brush=pg.mkBrush(text),
                                               tip=self._input_tip,
                                               hoverable=True)
        for item in (self.image, self.train_points, self.test_points, self.probe_marker, self.input_marker):
            self.plot.addItem(item)
        self.plot.getViewBox().sigRangeChanged.connect(self._view_changed)
        self.train_points.sigClicked.connect(self._clicked)
        self.test_points.sigClicked.connect(self._clicked)

        self._diverging_map, self._regression_map = diverging_map(bg), regression_map()
        self._diverging_lut, self._regression_lut = lut_of(self._diverging_map), lut_of(self._regression_map)
        self._bar_key = None
        self._class_maps = {}   # class index -> (background → class colour map, its table)
        self.colour_bar = pg.ColorBarItem(values=(0, 1), colorMap=self._regression_map, interactive=False,
                                          width=12)
        self.colour_bar.axis.setPen(text)
        self.colour_bar.axis.setTextPen(text)
        self.plot.getPlotItem().layout.addItem(self.colour_bar, 2, 5)
        self.colour_bar.setVisible(False)

        self._throttle = RedrawThrottle(self, self._draw)
        document.changed.connect(self._document_changed)
        session.data_changed.connect(self._reconfigure)
        session.probe_changed.connect(lambda _index: self._place_probe())
        self._reconfigure()

    # -- public ----------------------------------------------------------------------
    def show_neuron(self, ref: NeuronRef | None) -> None:
        """Show `ref`'s own output as the heatmap (None: the network's output again)."""
        if ref is not None and not self._valid(ref):
            ref = None
        if ref != self.neuron:
            self.neuron = ref
            self._throttle.request()

    def refresh(self) -> None:
        """Redraw now (normally redraws are coalesced to at most one per frame)."""
        self._throttle.request()
        self._throttle.flush()

    @property
    def active(self) -> bool:
        """True when the network has 2 inputs and 2-D data, so the heatmap is shown (not a note)."""
        return self.stack.currentWidget() is self.plot

    # -- configuration (structure or data changed) ------------------------------------
    def _document_changed(self, change: Changed) -> None:
        """Rebuild for another shape or dataset; redraw the heatmap only when weights changed (a new
        input moves its marker; training settings and the loss curve change nothing here)."""
        if change.touches(What.STRUCTURE) or change.touches_setting("dataset"):
            self._reconfigure()
        elif change.touches(What.VALUES):
            self._throttle.request()
        elif change.touches(What.INPUTS):
            self._place_input()

    def _valid(self, ref) -> bool:
        sizes = self.document.sizes
        return isinstance(ref, NeuronRef) and 0 <= ref.layer < len(sizes) and 0 <= ref.index < sizes[ref.layer]

    def _derived(self) -> tuple[str, ...]:
        """Derived input features of the data (x1², ...): the plane is still (x1, x2), the network sees more."""
        return tuple(self.session.settings.get("features", ()) or ())

    def _plane_inputs(self) -> int:
        return 2 + len(self._derived())

    def _datasets(self):
        """(train, test) when they are 2-D points that match the network, else None each."""
        found = []
        if no_dataset_chosen(self.session):
            return [None, None]
        for data in (self.session.train, self.session.test):
            fits = data is not None and data.n_features == self._plane_inputs() and data.n_samples
            found.append(data if fits else None)
        return found

    def _show_page(self, page) -> None:
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            self.plane_shown.emit(page is self.plot)

    def _reconfigure(self) -> None:
        network = self.document.network
        if self.neuron is not None and not self._valid(self.neuron):
            self.neuron = None
        train, test = self._datasets()
        note = translate("BoundaryPlot", NOTE) if network.n_inputs != self._plane_inputs() else \
            self._no_data_note() if train is None and test is None else ""
        if note:
            # Without 2-D data there is no plane worth drawing (a lone input point gave axes like ×1e-6).
            self.note.setText(note)
            self._show_page(self.note)
            self.title.setText(translate("BoundaryPlot", "Decision boundary"))
            self.legend.setText("")
            self.mode = None
            return
        self._show_page(self.plot)
        dataset_for_mode = self.session.train
        self.mode = output_mode(network, dataset_for_mode)
        names = class_names(self.document, dataset_for_mode, self.mode) if self.mode != REGRESSION_MODE else ()
        self._names = names
        self._class_rgb = class_rgb(len(names)) if names else class_rgb(1)
        if self.mode == REGRESSION_MODE and train is not None and train.task == REGRESSION:
            targets = train.y[:, 0]
            low, high = float(targets.min()), float(targets.max())
            self._regression_range = (low, high) if high > low else (low - 1, low + 1)
        else:
            self._regression_range = None   # scaled to each redraw's outputs

        self.data_extent = data_extent([d.X for d in (train, test) if d is not None]
                                       + [self.document.inputs[None, :]])
        x0, x1, y0, y1 = self.data_extent
        # The locked aspect ratio may widen the view beyond the data; the heatmap covers the whole view.
        # Read the range back: when it comes out as before (another file with data of the same shape)
        # the view sends no change signal, and a heatmap sized to the data alone left bands beside it.
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        (vx0, vx1), (vy0, vy1) = self.plot.viewRange()
        self._set_extent((min(x0, vx0), max(x1, vx1), min(y0, vy0), max(y1, vy1)))
        features = (train.feature_names if train is not None else tuple(self.document.labels[0]))
        self.plot.setLabel("bottom", engine_text(features[0]))
        self.plot.setLabel("left", engine_text(features[1]))

        self._set_points(self.train_points, train, filled=True)
        self._set_points(self.test_points, test, filled=False)
        probe, _where = probe_set(self.session)
        self._clickable = self.test_points if test is not None and probe is test else (
            self.train_points if train is not None and probe is train else None)
        self._place_probe()
        self.legend.setText(self._legend_text(train, test))
        self._throttle.request()

    def _no_data_note(self) -> str:
        data = self.session.train
        if no_dataset_chosen(self.session) or data is None:
            return translate("BoundaryPlot", NO_DATA_NOTE)
        return translate(
            "BoundaryPlot", "The decision boundary is drawn over the plane of two inputs, but the {name} data has "
            "{features} features. Pick a dataset with 2 inputs in the Training tab, or a network with {features} "
            "inputs for this one.").format(
            name=engine_text(data.name), features=data.n_features)

    def _set_extent(self, extent) -> None:
        self.extent = tuple(float(v) for v in extent)
        x0, x1, y0, y1 = self.extent
        self._grid = grid_points(self.extent)
        self._net_grid = input_features.expand(self._grid, self._derived())
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))

    def _view_changed(self, _view, ranges) -> None:
        (x0, x1), (y0, y1) = ranges
        if not np.allclose((x0, x1, y0, y1), self.extent):
            self._set_extent((x0, x1, y0, y1))
            self._throttle.request()

    def _point_colours(self, data) -> list:
        if data.task == REGRESSION:
            low, high = self._regression_range or (float(data.y.min()), float(data.y.max()))
            table = (self._regression_lut * 255).astype(int)
            return [pg.mkColor(*table[i]) for i in lut_index(data.y[:, 0], low, high)]
        palette = [class_colour(i) for i in range(max(data.n_classes, 1))]
        return [palette[c] for c in data.y]

    def _set_points(self, item: pg.ScatterPlotItem, data, filled: bool) -> None:
        if data is None:
            item.setData([], [])
            return
        colours = self._point_colours(data)
        if filled:
            # One brush object per class keeps setData cheap for thousands of points.
            cache = {}
            brushes = [cache.setdefault(c.rgb(), pg.mkBrush(c)) for c in colours]
            item.setData(data.X[:, 0], data.X[:, 1], brush=brushes, data=np.arange(data.n_samples))
        else:
            cache = {}
            pens = [cache.setdefault(c.rgb(), pg.mkPen(c, width=2)) for c in colours]
            item.setData(data.X[:, 0], data.X[:, 1], pen=pens, data=np.arange(data.n_samples))

    def _place_probe(self) -> None:
        probe, _where = probe_set(self.session)
        index = self.session.probe_index
        if probe is None or probe.n_features != self._plane_inputs() or not 0 <= index < probe.n_samples:
            self.probe_marker.setData([], [])
            return
        x, y = probe.X[index][:2]
        self.probe_marker.setData([x], [y])

    def _place_input(self) -> None:
        if self.mode is not None and self.document.network.n_inputs == self._plane_inputs():
            inputs = self.document.inputs
            self.input_marker.setData([inputs[0]], [inputs[1]])

    def _legend_text(self, train, test) -> str:
        text = text_colour(self)
        parts = []
        if self.mode != REGRESSION_MODE:
            # "&nbsp; " between entries: a narrow dock may wrap between them, never inside one.
            parts.append("&nbsp; ".join(f"{html_swatch(class_colour(i), '■')}&nbsp;{engine_text(name)}"
                                             for i, name in enumerate(self._names)))
        symbols = []
        if train is not None:
            symbols.append(f"{html_swatch(text, '●')}&nbsp;" + translate("BoundaryPlot", "train"))
        if test is not None:
            symbols.append(f"{html_swatch(text, '□')}&nbsp;" + translate("BoundaryPlot", "test"))
        if self._clickable is not None:
            symbols.append(f"{html_swatch(text, '◯')}&nbsp;" + translate("BoundaryPlot", "probe"))
        symbols.append(f"{html_swatch(text, '+')}&nbsp;" + translate("BoundaryPlot", "input"))
        parts.append("&nbsp; ".join(symbols))
        return "&nbsp;&nbsp; ·&nbsp;&nbsp; ".join(parts)

    @staticmethod
    def _input_tip(x: float, y: float, _data) -> str:
        return translate("BoundaryPlot", "current input ({0}, {1})").format(f"{x:.3g}", f"{y:.3g}")

    def _tip(self, which: str):
        def tip(x, y, data):
            dataset = self._datasets()[0 if which == "training" else 1]
            if dataset is None or data is None or not 0 <= int(data) < dataset.n_samples:
                return ""
            row = int(data)
            if dataset.task == REGRESSION:
                label = translate("BoundaryPlot", "target {0}").format(f"{dataset.y[row, 0]:.3g}")
            else:
                label = translate("BoundaryPlot", "class {0}").format(engine_text(dataset.class_names[dataset.y[row]]))
            where = (translate("BoundaryPlot", "training sample {row}: ({x}, {y}), {label}") if which == "training"
                     else translate("BoundaryPlot", "test sample {row}: ({x}, {y}), {label}"))
            return where.format(row=row + 1, x=f"{x:.3g}", y=f"{y:.3g}", label=label)
        return tip

    def _clicked(self, item, points, _event) -> None:
        if item is self._clickable and len(points):
            self.point_clicked.emit(int(points[0].data()))

    # -- drawing ---------------------------------------------------------------------
    def _draw(self) -> None:
        network = self.document.network
        if network.n_inputs != self._plane_inputs() or self.mode is None:
            return
        neuron = self.neuron if self.neuron is not None and self._valid(self.neuron) else None
        self._place_input()
        if neuron is None or (neuron.layer == len(network.layers) and self.mode == BINARY):
            bar = self._colour_output(network.forward(self._net_grid))
            self.title.setText(translate("BoundaryPlot", "Network output"))
        else:
            bar = self._colour_neuron(neuron)
        np.multiply(self._rgb, 255.0, out=self._scaled)
        self._scaled += 0.5
        np.copyto(self.pixels, self._scaled.reshape(GRID, GRID, 3), casting="unsafe")
        self.image.setImage(self.pixels, autoLevels=False)
        self.colour_bar.setVisible(bar is not None)
        if bar is not None:
            cmap, low, high = bar
            if cmap is not self._bar_key:   # setColorMap repaints the bar: only when the map changes
                self._bar_key = cmap
                self.colour_bar.setColorMap(cmap)
            self.colour_bar.setLevels((low, high), update_items=False)

    def _colour_output(self, outputs: np.ndarray):
        """Fill self._rgb from the network's outputs; returns (map, low, high) for a colour bar, or None."""
        if self.mode == REGRESSION_MODE:
            values = outputs[:, 0]
            low, high = self._regression_range or (float(values.min()), float(values.max()))
            np.take(self._regression_lut, lut_index(values, low, high), axis=0, out=self._rgb)
            return self._regression_map, low, high
        blend_classes(class_probabilities(outputs, self.mode), self._class_rgb, self._bg, self._rgb)
        return None

    def _colour_neuron(self, ref: NeuronRef):
        network = self.document.network
        last = len(network.layers)
        if ref.layer == 0:
            values, activation = self._net_grid[:, ref.index], None
            self.title.setText(translate("BoundaryPlot", "Input {0}").format(self.document.label(0, ref.index)))
        else:
            trace = network.trace(self._net_grid)
            values = trace[ref.layer - 1][1][:, ref.index]
            activation = network.layers[ref.layer - 1].activation
            title = (translate("BoundaryPlot", "Output neuron {label} ({activation})") if ref.layer == last
                     else translate("BoundaryPlot", "Hidden neuron {label} ({activation})"))
            self.title.setText(title.format(label=self.document.label(ref.layer, ref.index), activation=activation))
        if ref.layer == last and self.mode == REGRESSION_MODE:
            low, high = self._regression_range or (float(values.min()), float(values.max()))
            np.take(self._regression_lut, lut_index(values, low, high), axis=0, out=self._rgb)
            return self._regression_map, low, high
        if ref.layer == last:
            # One class's share of the vote (mode is softmax or scores here): background → its colour.
            if ref.index not in self._class_maps:
                cmap = sequential_map(background(self), class_colour(ref.index))
                self._class_maps[ref.index] = cmap, lut_of(cmap)
            cmap, lut = self._class_maps[ref.index]
            probabilities = class_probabilities(trace[-1][1], self.mode)[:, ref.index]
            np.take(lut, lut_index(probabilities, 0.0, 1.0), axis=0, out=self._rgb)
            self.title.setText(translate("BoundaryPlot", "{0}: P(class {1})").format(self.title.text(),
                                                                          engine_text(self._names[ref.index])))
            return cmap, 0.0, 1.0
        centre, half = _NEURON_SCALE.get(activation, (0.0, None))
        if half is None:
            half = float(np.max(np.abs(values - centre))) or 1.0
        np.take(self._diverging_lut, lut_index(values, centre - half, centre + half), axis=0, out=self._rgb)
        return self._diverging_map, centre - half, centre + half

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._throttle.widget_shown()

    def __repr__(self) -> str:
        shown = "note (no 2-D data)" if not self.active else (
            f"neuron {self.neuron}" if self.neuron is not None else f"output, {self.mode}")
        return f"BoundaryPlot({GRID}×{GRID}, {shown})"
