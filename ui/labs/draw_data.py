"""Draw your own data: click on the plane to add points of the chosen class, drag to erase. The set is
stored in the document's dataset settings (name "drawn", see `simulator.datasets.from_points`), so it
is saved in the network file and trains like any dataset.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from simulator import datasets

from ..i18n import translate
from ..plots.colors import class_colour
from ..widgets import bold, dim, style_plot
from .common import wrapped

N_CLASSES = 4
RANGE = (-1.0, 1.0)            # the generated 2-D datasets live here too
ERASER = 0.08                  # erasing radius, in data units


class _DrawingBox(pg.ViewBox):
    """A fixed view that turns a click into `clicked(x, y)` and a drag into `erased(x, y)` per move."""

    clicked = Signal(float, float)
    erased = Signal(float, float)
    drag_finished = Signal()

    def __init__(self):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == pg.QtCore.Qt.MouseButton.LeftButton:
            ev.accept()
            p = self.mapSceneToView(ev.scenePos())
            self.clicked.emit(p.x(), p.y())

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != pg.QtCore.Qt.MouseButton.LeftButton:
            return
        ev.accept()
        p = self.mapSceneToView(ev.scenePos())
        self.erased.emit(p.x(), p.y())
        if ev.isFinish():
            self.drag_finished.emit()


class DrawDataLab(QWidget):
    def __init__(self, session, document, parent=None):
        super().__init__(parent)
        self.session, self.document = session, document
        self.points: list[list[float]] = []
        self.labels: list[int] = []

        self.box = _DrawingBox()
        self.plot = pg.PlotWidget(viewBox=self.box)
        style_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("bottom", "x1")
        self.plot.setLabel("left", "x2")
        self.plot.setAspectLocked(True)
        self.plot.setRange(xRange=RANGE, yRange=RANGE, padding=0.03)
        self.scatters = []
        for k in range(N_CLASSES):
            colour = class_colour(k)
            scatter = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1))
            self.plot.addItem(scatter)
            self.scatters.append(scatter)
        self.box.clicked.connect(self.add_point)
        self.box.erased.connect(self.erase_at)
        self.box.drag_finished.connect(self._sync_if_in_use)

        side = QVBoxLayout()
        side.addWidget(bold(QLabel(translate("DrawDataLab", "Class of new points"))))
        self.class_group = QButtonGroup(self)
        for k in range(N_CLASSES):
            button = QRadioButton(translate("DrawDataLab", "class {number}").format(number=k))
            button.setStyleSheet(f"QRadioButton {{ color: {class_colour(k).name()}; font-weight: bold; }}")
            self.class_group.addButton(button, k)
            side.addWidget(button)
        self.class_group.button(0).setChecked(True)
        side.addWidget(dim(wrapped(translate("DrawDataLab", "Click on the plane to add a point; drag across points to "
                                                            "erase them."))))
        self.use_button = QPushButton(translate("DrawDataLab", "Train on these points"))
        self.use_button.setToolTip(translate("DrawDataLab", "Make these points the network's dataset (saved with the "
                                                            "network file)"))
        self.use_button.clicked.connect(self.use_as_dataset)
        self.clear_button = QPushButton(translate("DrawDataLab", "Clear all points"))
        self.clear_button.clicked.connect(self.clear)
        side.addWidget(self.use_button)
        side.addWidget(self.clear_button)
        self.status = wrapped("")
        side.addWidget(self.status)
        side.addStretch(1)
        panel = QGroupBox(translate("DrawDataLab", "Your data"))
        panel.setLayout(side)
        panel.setFixedWidth(300)

        layout = QHBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(panel)

        document.metadata_changed.connect(self._load_from_document)
        document.structure_changed.connect(self._load_from_document)
        self._load_from_document()

    # -- editing ----------------------------------------------------------------
    def current_class(self) -> int:
        return self.class_group.checkedId()

    def add_point(self, x: float, y: float) -> None:
        self.points.append([float(x), float(y)])
        self.labels.append(self.current_class())
        self._redraw()
        self._sync_if_in_use()

    def erase_at(self, x: float, y: float) -> None:
        if not self.points:
            return
        xy = np.array(self.points)
        keep = np.hypot(xy[:, 0] - x, xy[:, 1] - y) > ERASER
        if not keep.all():
            self.points = [p for p, k in zip(self.points, keep) if k]
            self.labels = [c for c, k in zip(self.labels, keep) if k]
            self._redraw()

    def clear(self) -> None:
        self.points, self.labels = [], []
        self._redraw()
        self._sync_if_in_use()

    # -- the document -------------------------------------------------------------
    def in_use(self) -> bool:
        dataset = self.document.meta.dataset or {}
        return dataset.get("name") == datasets.DRAWN

    def use_as_dataset(self) -> None:
        """Store the points as the document's dataset (keeping its test fraction and seed if drawn before)."""
        previous = self.document.meta.dataset or {}
        kept = {k: previous[k] for k in ("test_fraction", "seed") if k in previous} if self.in_use() else {}
        settings = {"name": datasets.DRAWN, "test_fraction": 0.25, "seed": 0, **kept,
                    "points": [list(p) for p in self.points], "labels": list(self.labels)}
        self.document.update_metadata(dataset=settings)

    def _sync_if_in_use(self) -> None:
        if self.in_use() and self._document_points() != (self.points, self.labels):
            self.use_as_dataset()
        self._update_status()

    def _document_points(self) -> tuple[list, list]:
        dataset = self.document.meta.dataset or {}
        return [list(p) for p in dataset.get("points", [])], list(dataset.get("labels", []))

    def _load_from_document(self) -> None:
        if self.in_use():
            points, labels = self._document_points()
            if (points, labels) != (self.points, self.labels):
                self.points, self.labels = points, labels
                self._redraw()
        self._update_status()

    def _redraw(self) -> None:
        xy = np.array(self.points).reshape(-1, 2)
        labels = np.array(self.labels, dtype=int)
        for k, scatter in enumerate(self.scatters):
            mine = xy[labels == k] if len(labels) else np.zeros((0, 2))
            scatter.setData(mine[:, 0], mine[:, 1])
        self._update_status()

    def _update_status(self) -> None:
        counts = np.bincount(np.array(self.labels, dtype=int), minlength=N_CLASSES) if self.labels else \
            np.zeros(N_CLASSES, dtype=int)
        per_class = ", ".join(translate("DrawDataLab", "{count} of class {number}").format(count=n, number=k)
                              for k, n in enumerate(counts) if n)
        text = translate("DrawDataLab", "{count} points: {classes}").format(count=len(self.points), classes=per_class)
        if not self.points:
            text = translate("DrawDataLab", "No points yet.")
        if self.in_use():
            text += "\n\n" + translate("DrawDataLab", "The network trains on these points; every change goes straight "
                                                      "to its data (and into the file when you save). Press Play in "
                                                      "the main window and watch its Decision boundary.")
        else:
            text += "\n\n" + translate("DrawDataLab", "The network trains on other data; press “Train on these "
                                                      "points” to switch.")
        used = int(np.count_nonzero(counts))
        if self.points and used < 2:
            text += "\n\n" + translate("DrawDataLab", "A classifier needs points of at least two classes.")
        self.status.setText(text)
        self.use_button.setEnabled(bool(self.points))
