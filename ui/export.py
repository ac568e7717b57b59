"""File → Export (network as code or model files, canvas and plots as images, loss history as CSV)
and opening other tools' networks (.onnx, .npz, the textbook's .pkl) through File → Open.

The conversions themselves are engine code (simulator.convert); this module asks for file
names and activations, renders widgets to PNG/SVG, and reports. The main window needs
`install_export(window)` and, in open_path, `import_network(window, path)` for IMPORTABLE files.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QRectF,
                            QSettings, QSize, Qt, QTimer)
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMenu,
                               QMessageBox, QVBoxLayout, QWidget)

from simulator import activations, convert, io
from simulator.convert import history_csv

from .i18n import engine_text, translate

IMPORTABLE = {suffix for suffix, fmt in convert.EXTENSIONS.items() if fmt in convert.IMPORT_FORMATS and fmt != "json"}
# Texts below are translated where shown (context "Export"): the translator is installed after import.
OPEN_FILTER = QT_TRANSLATE_NOOP("Export", "Networks (*.json *.onnx *.npz *.pkl);;Synaptica networks (*.json);;ONNX models (*.onnx);;NumPy weights (*.npz);;The textbook's pickled weights (*.pkl);;All files (*)")  # noqa: E501
#: format -> (menu text, file dialog filter, suffix added to the suggested name)
NETWORK_EXPORTS = {
    "numpy": (QT_TRANSLATE_NOOP("Export", "&NumPy script (.py)…"), QT_TRANSLATE_NOOP("Export", "NumPy script (*.py)"),
              ""),
    "torch": (QT_TRANSLATE_NOOP("Export", "&PyTorch script (.py)…"),
              QT_TRANSLATE_NOOP("Export", "PyTorch script (*.py)"), "_torch"),
    "onnx": (QT_TRANSLATE_NOOP("Export", "&ONNX model (.onnx)…"), QT_TRANSLATE_NOOP("Export", "ONNX model (*.onnx)"),
             ""),
    "npz": (QT_TRANSLATE_NOOP("Export", "NumPy &weights (.npz)…"), QT_TRANSLATE_NOOP("Export", "NumPy weights (*.npz)"),
            ""),
}
IMAGE_FILTER = QT_TRANSLATE_NOOP("Export", "PNG image (*.png);;SVG image (*.svg)")
CANVAS_MARGIN = 24
CANVAS_SCALE = 2  # PNGs of the canvas at twice the screen's resolution: crisp when printed or zoomed


# ------------------------------------------------------------------ opening

class ActivationsDialog(QDialog):
    """Asks for the activation functions of a file that holds only weights (the textbook's .pkl)."""

    def __init__(self, path: Path, n_layers: int, sizes: list[int] | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Export", "Activation functions"))
        shape = f" ({'-'.join(map(str, sizes))})" if sizes else ""
        several = n_layers > 1
        name = f"<b>{html.escape(path.name)}</b>"
        if several:
            question = translate("Export", "{name} holds the weights of {n} layers{shape} but not their activation "
                                           "functions. Which ones does the network use?")
            hint = "<br><br>" + translate("Export", "The textbook's MNIST network (sample_weight.pkl) uses "
                                                    "<b>sigmoid</b> hidden layers and a <b>softmax</b> output.")
        else:
            question = translate("Export", "{name} holds the weights of {n} layer{shape} but not its activation "
                                           "function. Which one does the network use?")
            hint = ""
        text = QLabel(question.format(name=name, n=n_layers, shape=shape) + hint)
        text.setWordWrap(True)
        text.setMinimumWidth(380)
        self.hidden = QComboBox()
        self.hidden.addItems(activations.HIDDEN_ACTIVATIONS)
        self.hidden.setCurrentText("sigmoid")
        self.output = QComboBox()
        self.output.addItems(activations.NAMES)
        self.output.setCurrentText("softmax" if not sizes or sizes[-1] > 1 else "sigmoid")
        form = QFormLayout()
        if n_layers > 1:
            form.addRow(translate("Export", "Hidden layers:"), self.hidden)
        form.addRow(translate("Export", "Output layer:"), self.output)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.n_layers = n_layers

    def choice(self) -> tuple[str | None, str]:
        return (self.hidden.currentText() if self.n_layers > 1 else None), self.output.currentText()


def import_network(window, path: Path) -> bool:
    """Open a network in another tool's format (asking for activations if the file lacks them)."""
    hidden = output = None
    while True:
        try:
            doc = convert.read(path, hidden=hidden, output=output)
            break
        except convert.MissingActivations as missing:
            dialog = ActivationsDialog(path, missing.n_layers, missing.sizes, window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            hidden, output = dialog.choice()
        except (convert.ConvertError, OSError) as error:
            window.show_error(translate("Export", "Could not open the network"), engine_text(error))
            return False
    window.document.set_contents(doc.network, name=doc.name, description=doc.description, training=doc.training)
    window.selection.clear()
    window._remember_recent(path)  # noqa: SLF001 - the window's own recent-files list
    window.statusBar().showMessage(translate("Export", "Imported {0} — Save As keeps it as a Synaptica network")
                                   .format(path), 6000)
    QTimer.singleShot(0, window.view.fit)
    return True


# ------------------------------------------------------------------ exporting

class Exporter(QObject):
    """The File → Export menu and what its items do. `last_message` is what the user was last told."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_message: str | None = None
        self._chosen_filter = ""  # the file type picked in the last save dialog
        self.menu = QMenu(translate("Export", "&Export"), window)
        self.menu.setToolTipsVisible(True)
        self.actions: dict[str, QAction] = {}
        for fmt, (text, _filter, _suffix) in NETWORK_EXPORTS.items():
            self._add(fmt, translate("Export", text),
                      translate("Export", "Export the network as a {0}").format(engine_text(convert.FORMATS[fmt])),
                      lambda fmt=fmt: self.export_network(fmt))
        self.menu.addSeparator()
        for name, (text, _widget) in self._image_targets().items():
            self._add(f"image:{name}", translate("Export", "{0} (PNG, SVG)…").format(text),
                      translate("Export", "Save the {0} as a PNG or SVG image").format(_lower(text)),
                      lambda name=name: self.export_image(name))
        self.menu.addSeparator()
        self._add("csv", translate("Export", "Loss &history (.csv)…"),
                  translate("Export", "Save the loss and accuracy per epoch as a CSV table"), self.export_history)
        self.menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def _add(self, key: str, text: str, tip: str, slot: Callable[[], object]) -> None:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        self.actions[key] = action

    def _image_targets(self) -> dict[str, tuple[str, QWidget]]:
        targets = {"canvas": (translate("Export", "Network canvas"), self.window.view)}
        plots = getattr(getattr(self.window, "training", None), "plots", {})
        for key, text in (("loss", translate("Export", "Loss plot")),
                          ("probability", translate("Export", "Probe sample plot")),
                          ("boundary", translate("Export", "Decision boundary"))):
            if key in plots:
                targets[key] = (text, plots[key])
        return targets

    def update_actions(self) -> None:
        missing = convert.missing_packages("onnx")
        onnx = self.actions["onnx"]
        tip = (translate("Export", "Needs the onnx package: {0}").format(convert.INSTALL_HINT) if missing
               else translate("Export", "Export the network as an ONNX model (opens in Netron, runs in onnxruntime)"))
        onnx.setToolTip(tip)
        onnx.setStatusTip(tip)
        history = self.window.document.history
        has_history = history is not None and len(history) > 0
        self.actions["csv"].setEnabled(has_history)
        self.actions["csv"].setToolTip(translate("Export", "Save the loss and accuracy per epoch as a CSV table")
                                       if has_history
                                       else translate("Export", "No loss history yet: train the network first"))

    # -- the network -------------------------------------------------------------
    def export_network(self, fmt: str, path: Path | None = None) -> bool:
        missing = convert.missing_packages(fmt)
        if missing:
            self.tell(translate("Export", "Package needed"),
                      translate("Export", "Exporting {suffix} files needs the {packages} package, which is not "
                                          "installed.\n\nInstall it with:\n{command}")
                      .format(suffix=convert.SUFFIX[fmt], packages=", ".join(missing), command=convert.INSTALL_HINT))
            return False
        _text, file_filter, suffix = NETWORK_EXPORTS[fmt]
        title = translate("Export", "Export as {0}").format(engine_text(convert.FORMATS[fmt]))
        path = path or self._ask_path(title,
                                      self._stem() + suffix + convert.SUFFIX[fmt], translate("Export", file_filter))
        if path is None:
            return False
        if path.suffix == "":
            path = path.with_suffix(convert.SUFFIX[fmt])
        try:
            convert.write(path, self._document_file(), fmt)
        except (convert.ConvertError, OSError) as error:
            self.window.show_error(translate("Export", "Could not export the network"), engine_text(error))
            return False
        steps = convert.next_steps(path, fmt, self.window.document.network.n_inputs)
        self.window.statusBar().showMessage(translate("Export", "Exported {0}").format(path), 6000)
        self.announce(translate("Export", "Exported {name} ({format}).").format(
            name=path.name, format=engine_text(convert.FORMATS[fmt])), [engine_text(step) for step in steps])
        return True

    def _document_file(self) -> io.NetworkFile:
        doc = self.window.document
        return io.NetworkFile(network=doc.network.copy(), name=doc.meta.name, description=doc.meta.description,
                              labels=doc.labels, training=doc.meta.training, dataset=doc.meta.dataset)

    # -- images ---------------------------------------------------------------------
    def export_image(self, target: str, path: Path | None = None) -> bool:
        text, widget = self._image_targets()[target]
        path = path or self._ask_path(translate("Export", "Save the {0} as an image").format(_lower(text)),
                                      f"{self._stem()}_{target}.png", translate("Export", IMAGE_FILTER))
        if path is None:
            return False
        if path.suffix.lower() not in (".png", ".svg"):  # no extension typed: the chosen file type's
            path = path.with_name(path.name + (".svg" if "svg" in self._chosen_filter.lower() else ".png"))
        svg = path.suffix.lower() == ".svg"
        if target == "canvas":
            data = canvas_svg(self.window.view) if svg else canvas_png(self.window.view)
        else:
            data = widget_svg(widget, text) if svg else widget_png(widget)
        return self._write(path, data, translate("Export", "Saved the {what} to {path}").format(what=_lower(text),
                                                                                                 path=path))

    # -- history ----------------------------------------------------------------------
    def export_history(self, path: Path | None = None) -> bool:
        history = self.window.document.history
        if history is None or not len(history):
            self.tell(translate("Export", "No loss history"),
                      translate("Export", "There is no loss history yet: train the network first."))
            return False
        path = path or self._ask_path(translate("Export", "Save the loss history"), f"{self._stem()}_history.csv",
                                      translate("Export", "CSV table (*.csv)"))
        if path is None:
            return False
        if path.suffix == "":
            path = path.with_suffix(".csv")
        return self._write(path, history_csv.to_csv(history).encode("utf-8"),
                           translate("Export", "Saved {count} epochs of loss history to {path}")
                           .format(count=len(history), path=path))

    # -- helpers ------------------------------------------------------------------------
    def _write(self, path: Path, data: bytes, message: str) -> bool:
        try:
            convert.write_atomically(path, data)
        except (convert.ConvertError, OSError) as error:
            self.window.show_error(translate("Export", "Could not export"), engine_text(error))
            return False
        self.window.statusBar().showMessage(message, 6000)
        self.last_message = message
        return True

    def _stem(self) -> str:
        doc = self.window.document
        if doc.path is not None:
            return doc.path.stem
        return "_".join(doc.meta.name.lower().split()) or "network"

    def _ask_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        settings = QSettings()
        folder = settings.value("export/folder", "", str)
        if not folder:
            doc_path = self.window.document.path
            folder = str(doc_path.parent if doc_path and not self.window._is_bundled(doc_path) else Path.home())
        chosen, self._chosen_filter = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / suggested),
                                                                  file_filter)
        if not chosen:
            return None
        settings.setValue("export/folder", str(Path(chosen).parent))
        return Path(chosen)

    def tell(self, title: str, text: str) -> None:
        """A message the user must read (tests read `last_message`; offscreen it goes to the status bar)."""
        self.last_message = text
        if self.window.isVisible():
            QMessageBox.information(self.window, title, text)
        else:
            self.window.statusBar().showMessage(" ".join(text.split()), 10000)

    def announce(self, headline: str, steps: list[str]) -> None:
        """After an export: what to do with the file, in a box that does not block (commands selectable)."""
        self.last_message = "\n".join([headline, *steps])
        if not self.window.isVisible() or not steps:
            return
        box = QDialog(self.window)
        box.setWindowTitle(translate("Export", "Exported"))
        text = QLabel(f"<p><b>{html.escape(headline)}</b></p>" + "".join(_step_html(step) for step in steps))
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # commands can be copied
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(box.accept)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(buttons)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()  # not exec(): the box informs, it does not block
        self.announcement = box


def _lower(text: str) -> str:
    """A title in the middle of a sentence ("Loss plot" → "loss plot"); scripts without case are unchanged."""
    return text[:1].lower() + text[1:]


def _step_html(step: str) -> str:
    """'Run it: python net.py 1 2' as a caption over the command in a monospace font."""
    caption, _, command = step.partition(": ")
    if not command:
        return f"<p>{html.escape(step)}</p>"
    return f"<p>{html.escape(caption)}:<br><code>{html.escape(command)}</code></p>"


# ------------------------------------------------------------------ rendering

def _png_bytes(image) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _svg_bytes(size: QSize, title: str, paint: Callable[[QPainter], None], dpi: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setResolution(dpi)  # the screen's, so text keeps its size relative to the drawing
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Exported from Synaptica")
    painter = QPainter(generator)
    try:
        paint(painter)
    finally:
        painter.end()  # also after an error: a painter left open on a device crashes Qt later
    buffer.close()
    return bytes(data)


def _canvas_rect(view) -> QRectF:
    scene = view.scene()
    return scene.itemsBoundingRect().adjusted(-CANVAS_MARGIN, -CANVAS_MARGIN, CANVAS_MARGIN, CANVAS_MARGIN)


def _paint_canvas(view, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(target, view.backgroundBrush())
    view.scene().render(painter, target, source)


def canvas_png(view) -> bytes:
    """The whole network (not just the visible part) at twice the screen's resolution."""
    source = _canvas_rect(view)
    image = QImage(int(source.width() * CANVAS_SCALE), int(source.height() * CANVAS_SCALE), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(CANVAS_SCALE)  # everything twice as sharp, labels that ignore zoom included
    image.fill(QColor(view.backgroundBrush().color()))
    painter = QPainter(image)
    try:
        _paint_canvas(view, painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    return _png_bytes(image)


def canvas_svg(view) -> bytes:
    source = _canvas_rect(view)
    size = QSize(int(source.width()), int(source.height()))
    return _svg_bytes(size, "Network", lambda p: _paint_canvas(view, p, QRectF(0, 0, size.width(), size.height()),
                                                               source), view.logicalDpiX())


def widget_png(widget: QWidget, scale: int = CANVAS_SCALE) -> bytes:
    """The widget as it looks, at `scale` times the screen's resolution."""
    image = QImage(widget.width() * scale, widget.height() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return _png_bytes(image)


def widget_svg(widget: QWidget, title: str) -> bytes:
    def paint(painter: QPainter) -> None:
        painter.fillRect(widget.rect(), widget.palette().window())
        widget.render(painter, QPoint(0, 0))
    return _svg_bytes(widget.size(), title, paint, widget.logicalDpiX())


def install_export(window) -> Exporter:
    """Put File → Export into `window` (after training is installed, so the plots exist)."""
    exporter = Exporter(window)
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.insertMenu(window.quit_action, exporter.menu)
    file_menu.insertSeparator(window.quit_action)
    return exporter
