"""Confusion matrix of the current network on its test set (the training set when there is no test
set). A click on a cell lists those samples, shows them as pictures for image data, and puts them
one by one in the main window's "Probe sample" panel.

The counts come from `simulator.confusion`; the data and the probe from the training session.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from simulator import confusion
from simulator.datasets import CLASSIFICATION

from ..i18n import dataset_title, engine_text, translate
from ..plots.probabilities import probe_set
from ..plots.throttle import RedrawThrottle
from ..widgets import CORRECT, WRONG, bold, dim
from .common import plot_widget, wrapped

MAX_PICTURES = 60       # pictures shown for one cell (the list and the probe reach every sample)


def _tint(colour: str, share: float) -> QBrush:
    """`colour` faded toward white by how small `share` (0..1) is."""
    c, w = QColor(colour), 1.0 - 0.75 * min(max(share, 0.0), 1.0)
    return QBrush(QColor(round(c.red() + (255 - c.red()) * w), round(c.green() + (255 - c.green()) * w),
                         round(c.blue() + (255 - c.blue()) * w)))


class ConfusionLab(QWidget):
    def __init__(self, session, document, parent=None):
        super().__init__(parent)
        self.session, self.document = session, document
        self.matrix = np.zeros((0, 0), dtype=int)
        self.true = self.predicted = np.zeros(0, dtype=int)
        self.dataset = None
        self.cell: tuple[int, int] | None = None
        self.selection = np.zeros(0, dtype=int)
        self.position = 0

        self.title = bold(QLabel())
        self.title.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self.select_cell)
        matrix_box = QGroupBox(translate("ConfusionLab", "Rows: true class · columns: predicted class"))
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.addWidget(self.title)
        matrix_layout.addWidget(self.table, 1)
        matrix_layout.addWidget(dim(wrapped(translate(
            "ConfusionLab", "The diagonal (green) counts correct answers; every other cell is one kind of mistake. "
                            "Recall: the share of a true class found; precision: the share of a prediction that was "
                            "right. Click a cell to see its samples."))))

        self.cell_label = QLabel(translate("ConfusionLab", "Click a cell of the matrix"))
        self.cell_label.setWordWrap(True)
        self.previous_button = QPushButton(translate("ConfusionLab", "◀ Previous"))
        self.next_button = QPushButton(translate("ConfusionLab", "Next ▶"))
        self.previous_button.clicked.connect(lambda: self.show_member(self.position - 1))
        self.next_button.clicked.connect(lambda: self.show_member(self.position + 1))
        self.member_label = QLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.member_label, 1)
        nav.addWidget(self.next_button)
        self.pictures = plot_widget()
        self.pictures.setAspectLocked(True)
        self.pictures.invertY(True)
        self.pictures.hideAxis("left")
        self.pictures.hideAxis("bottom")
        self.picture_item = pg.ImageItem(axisOrder="row-major")
        self.picture_item.setLookupTable(pg.ColorMap([0, 1], [(255, 255, 255), (20, 20, 20)]).getLookupTable(nPts=256))
        self.pictures.addItem(self.picture_item)
        self.rows_label = dim(wrapped(""))
        cell_box = QGroupBox(translate("ConfusionLab", "Samples in the cell"))
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.addWidget(self.cell_label)
        cell_layout.addLayout(nav)
        cell_layout.addWidget(self.pictures, 1)
        cell_layout.addWidget(self.rows_label)

        layout = QHBoxLayout(self)
        layout.addWidget(matrix_box, 3)
        layout.addWidget(cell_box, 2)

        self.throttle = RedrawThrottle(self, self.refresh, interval_ms=200)
        for signal in (document.values_changed, document.structure_changed, session.data_changed):
            signal.connect(self.throttle.request)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.widget_shown()

    # -- the matrix ------------------------------------------------------------
    def refresh(self) -> None:
        dataset, where = probe_set(self.session)
        network = self.document.network
        problem = None
        if dataset is None:
            problem = translate("ConfusionLab", "Choose a dataset in the Training panel: the matrix counts its test "
                                                "samples.")
        elif dataset.task != CLASSIFICATION:
            problem = translate("ConfusionLab", "{dataset} is a regression dataset: a confusion matrix needs "
                                                "classes.").format(dataset=dataset_title(dataset.name))
        elif dataset.n_features != network.n_inputs:
            problem = translate("ConfusionLab", "The network has {inputs} inputs; {dataset} has {features} "
                                                "features.").format(inputs=network.n_inputs,
                                                                    dataset=dataset_title(dataset.name),
                                                                    features=dataset.n_features)
        elif network.n_outputs not in (dataset.n_classes, 1) or (network.n_outputs == 1 and dataset.n_classes != 2):
            problem = translate("ConfusionLab", "The network has {outputs} outputs; {dataset} has {classes} classes "
                                                "(use one output per class).").format(
                outputs=network.n_outputs, dataset=dataset_title(dataset.name), classes=dataset.n_classes)
        if problem:
            self.dataset, self.matrix = None, np.zeros((0, 0), dtype=int)
            self.title.setText(problem)
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self._clear_cell()
            return
        self.dataset = dataset
        self.true = dataset.y
        self.predicted = confusion.predicted_classes(network.forward(dataset.X))
        self.matrix = confusion.confusion_matrix(self.true, self.predicted, dataset.n_classes)
        stats = confusion.summary(self.matrix)
        self.title.setText(translate("ConfusionLab", "{dataset}: {where}, {count} samples — accuracy {accuracy} %")
                           .format(dataset=dataset_title(dataset.name), where=where, count=dataset.n_samples,
                                   accuracy=f"{100 * stats.accuracy:.1f}"))
        self._fill_table([engine_text(name) for name in dataset.class_names], stats)
        if self.cell is not None:
            self._select(*self.cell, keep_position=True)

    def _fill_table(self, names, stats) -> None:
        k = len(names)
        self.table.clear()
        self.table.setRowCount(k + 1)
        self.table.setColumnCount(k + 1)
        self.table.setHorizontalHeaderLabels([f"→ {n}" for n in names] + [translate("ConfusionLab", "recall")])
        self.table.setVerticalHeaderLabels([str(n) for n in names] + [translate("ConfusionLab", "precision")])
        row_totals = self.matrix.sum(axis=1)
        for t in range(k):
            for p in range(k):
                count = int(self.matrix[t, p])
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                share = count / row_totals[t] if row_totals[t] else 0.0
                # Any mistake is visibly tinted (a few errors in a big class would be near-white otherwise).
                strength = share if t == p else (0.3 + 0.7 * min(1.0, 3 * share) if count else 0.0)
                item.setBackground(_tint(CORRECT if t == p else WRONG, strength))
                item.setToolTip(translate("ConfusionLab", "{count} samples of class {true} predicted as "
                                                          "{predicted}").format(count=count, true=names[t],
                                                                                predicted=names[p]))
                self.table.setItem(t, p, item)
        for index, value in enumerate(stats.recall):
            self._stat_item(index, k, value)
        for index, value in enumerate(stats.precision):
            self._stat_item(k, index, value)
        self._stat_item(k, k, stats.accuracy, translate("ConfusionLab", "accuracy"))

    def _stat_item(self, row: int, col: int, value: float, tip: str = "") -> None:
        item = QTableWidgetItem("—" if np.isnan(value) else f"{100 * value:.0f} %")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(QBrush(QColor("#555")))
        if tip:
            item.setToolTip(tip)
        self.table.setItem(row, col, item)

    # -- one cell --------------------------------------------------------------
    def select_cell(self, t: int, p: int) -> None:
        if self.dataset is not None and t < self.matrix.shape[0] and p < self.matrix.shape[1]:
            self._select(t, p)

    def _select(self, t: int, p: int, keep_position: bool = False) -> None:
        names = [engine_text(name) for name in self.dataset.class_names]
        self.cell = (t, p)
        self.selection = confusion.members(self.true, self.predicted, t, p)
        text = (translate("ConfusionLab", "{count} samples of class {true} predicted as {predicted} (correct)")
                if t == p else
                translate("ConfusionLab", "{count} samples of class {true} predicted as {predicted} (mistaken)"))
        self.cell_label.setText(text.format(count=len(self.selection), true=names[t], predicted=names[p]))
        self._show_pictures()
        if len(self.selection) == 0:
            self.member_label.setText("")
            self.rows_label.setText("")
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        shown = ", ".join(f"#{i}" for i in self.selection[:30]) + (" …" if len(self.selection) > 30 else "")
        self.rows_label.setText(translate("ConfusionLab", "Rows: {rows}").format(rows=shown))
        self.show_member(min(self.position, len(self.selection) - 1) if keep_position else 0)

    def show_member(self, position: int) -> None:
        """Put sample `position` of the cell into the probe (the main window's Probe sample panel)."""
        if not len(self.selection):
            return
        self.position = int(min(max(position, 0), len(self.selection) - 1))
        self.session.set_probe(int(self.selection[self.position]))
        self.member_label.setText(translate("ConfusionLab", "sample {index} of {count}: row #{row}, shown in the "
                                                            "Probe sample panel").format(
            index=self.position + 1, count=len(self.selection), row=self.selection[self.position]))
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.selection) - 1)

    def _show_pictures(self) -> None:
        shape = None if self.dataset is None else self.dataset.image_shape
        self.pictures.setVisible(shape is not None)
        if shape is None or not len(self.selection):
            self.picture_item.clear()
            return
        rows = self.dataset.X[self.selection[:MAX_PICTURES]].reshape(-1, *shape)
        per_row = min(len(rows), 10)
        lines = -(-len(rows) // per_row)
        h, w = shape
        mosaic = np.full((lines * (h + 1), per_row * (w + 1)), np.nan)    # one blank pixel between pictures
        for i, image in enumerate(rows):
            r, c = divmod(i, per_row)
            mosaic[r * (h + 1):r * (h + 1) + h, c * (w + 1):c * (w + 1) + w] = image
        low, high = float(np.nanmin(mosaic)), float(np.nanmax(mosaic))
        self.picture_item.setImage(np.nan_to_num(mosaic, nan=low), levels=(low, high if high > low else low + 1))
        self.picture_item.setRect(QRectF(0, 0, mosaic.shape[1], mosaic.shape[0]))
        self.pictures.setRange(xRange=(0, mosaic.shape[1]), yRange=(0, mosaic.shape[0]), padding=0.02)

    def _clear_cell(self) -> None:
        self.cell = None
        self.selection = np.zeros(0, dtype=int)
        self.cell_label.setText(translate("ConfusionLab", "Click a cell of the matrix"))
        self.member_label.setText("")
        self.rows_label.setText("")
        self.picture_item.clear()
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
