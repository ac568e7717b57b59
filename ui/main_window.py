"""The main window: canvas in the middle, inspector and panels in docks, menus, files."""
from __future__ import annotations

import gc
import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QInputDialog, QLabel, QMainWindow, QMessageBox, QTabWidget)

from simulator import Network, io

from . import icons
from .about import about_box
from .canvas import NetworkView
from .document import Document
from .examples import ExamplesPanel, bundled_examples
from .export import install_export
from .file_actions import FileActions
from .help_texts import tour_html
from .i18n import count_text, engine_text, translate
from .inspector import Inspector
from .learning import install_learning
from .panels.activation_plot import ActivationPlot
from .panels.inputs import InputsPanel
from .panels.outputs import OutputsPanel
from .panels.truth_table import TruthTablePanel
from .selection import LinkRef, NeuronRef, Selection
from .labs import install_labs
from .language_menu import LanguageMenu
from .lessons import install_lessons
from .training import install_training
from .undo_budget import budget_text

#: Bumped when the default dock layout changes, so an old saved layout does not hide the new one.
LAYOUT_VERSION = 2


def plain_text(text: str) -> str:
    """A menu text as a tooltip: no mnemonic ("&Open…", Japanese "開く(&O)…") and no ellipsis."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def _plain_tooltip(action: QAction) -> None:
    if not shiboken6.isValid(action):   # `changed` also fires while the window is being destroyed
        return
    tip = plain_text(action.text())
    if action.toolTip() != tip:   # setToolTip emits `changed` again
        action.setToolTip(tip)


def starting_network() -> tuple[Network, dict]:
    """What a first start shows: the AND gate, the first idea a learner meets."""
    examples = {e.stem: e for e in bundled_examples()}
    if "and" in examples:
        loaded = io.load(examples["and"].path)
        return loaded.network, dict(labels=loaded.labels, name=loaded.name, description=loaded.description,
                                    training=loaded.training, dataset=loaded.dataset, layout=loaded.layout)
    return Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0), {}


class MainWindow(QMainWindow, FileActions):
    def __init__(self, path: str | Path | None = None):
        super().__init__()
        self.setWindowIcon(icons.icon("app"))
        self.setAcceptDrops(True)
        self.document = Document(parent=self)
        self.selection = Selection(self)
        self.last_error: str | None = None

        self.view = NetworkView(self.document, self.selection, self)
        self.setCentralWidget(self.view)
        self._build_docks()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()

        self.document.file_state_changed.connect(self._update_title)
        self.document.structure_changed.connect(lambda: self.selection.validate(self.document.sizes))
        self.document.values_changed.connect(self._update_status)
        self.document.structure_changed.connect(self._update_actions)
        self.selection.changed.connect(lambda _ref: self._update_actions())

        self.training = install_training(self)  # docks, actions and the worker session (issue 4)
        self.open_learning = install_learning(self)  # Learn menu: step-through, gradient check, loss (issue 11)
        self.exporter = install_export(self)     # File → Export (issue 13)
        self.labs = install_labs(self)  # the Labs menu and window (issue 12)
        self.lessons = install_lessons(self)  # the Lessons menu, dock and classroom mode (issue 14)

        network, extras = starting_network()
        self.document.set_contents(network, **extras)
        if path is not None:
            self.open_path(Path(path))
        self._restore_settings()
        self._update_title()
        self._update_actions()
        # The window's thousands of long-lived objects never become garbage: move them out of the
        # cyclic collector's reach, so its full passes do not pause the GUI mid-training.
        gc.freeze()

    # -- construction ---------------------------------------------------------
    def add_dock(self, title: str, widget, area, name: str, tip: str = "") -> QDockWidget:
        """A movable, floatable, closable dock; `name` identifies it in the saved window layout."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # needed for saveState/restoreState
        dock.setWidget(widget)
        if tip:
            dock.setToolTip(tip)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # Tabs of tabbed docks on top, where people look for them (Qt puts them below by default).
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self.examples = ExamplesPanel(self)
        self.examples.open_requested.connect(self.open_path)
        self.inputs_panel = InputsPanel(self.document, self)
        self.truth_table = TruthTablePanel(self.document, self)
        self.inspector = Inspector(self.document, self.selection, self)
        self.outputs_panel = OutputsPanel(self.document, self)
        self.activation_plot = ActivationPlot(self.document, self.selection, self)

        # Playground-like: what you edit on the left, the network in the middle, what it computes on the
        # right, the inputs and the truth table under the canvas (ui.training.install finishes the layout).
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.inspector_dock = self.add_dock(translate("MainWindow", "Inspector"), self.inspector, left, "inspector")
        self.examples_dock = self.add_dock(translate("MainWindow", "Examples"), self.examples, left, "examples")
        self.inputs_dock = self.add_dock(translate("MainWindow", "Inputs"), self.inputs_panel, bottom, "inputs")
        self.truth_dock = self.add_dock(translate("MainWindow", "Truth table"), self.truth_table, bottom,
                                        "truth_table")
        self.splitDockWidget(self.inputs_dock, self.truth_dock, Qt.Orientation.Horizontal)
        self.outputs_dock = self.add_dock(translate("MainWindow", "Outputs"), self.outputs_panel, right, "outputs")
        self.activation_dock = self.add_dock(translate("MainWindow", "Activation function"), self.activation_plot,
                                             right, "activation")

    def _action(self, text: str, slot, shortcut=None, icon: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or plain_text(text))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._action(translate("MainWindow", "&New network…"), self.new_network, K.New, "new",
                                       translate("MainWindow", "Start a new network with chosen layer sizes, "
                                                               "activations and seed"))
        self.open_action = self._action(translate("MainWindow", "&Open…"), self.open_dialog, K.Open, "open",
                                        translate("MainWindow", "Open a network file (.json, or .onnx, .npz, .pkl "
                                                                "from other tools)"))
        self.save_action = self._action(translate("MainWindow", "&Save"), self.save, K.Save, "save",
                                        translate("MainWindow", "Save the network"))
        self.save_as_action = self._action(translate("MainWindow", "Save &As…"), self.save_as, K.SaveAs, None,
                                           translate("MainWindow", "Save the network to a new file"))
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, K.Quit, None,
                                        translate("MainWindow", "Quit Synaptica"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(K.Undo))
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action = self.document.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(K.Redo)])
        self.redo_action.setIcon(icons.icon("redo"))
        # Through the stack's Python methods, which announce the change first (ui.changes).
        for action, slot in ((self.undo_action, self.document.undo_stack.undo),
                             (self.redo_action, self.document.undo_stack.redo)):
            action.triggered.disconnect()
            action.triggered.connect(slot)
        # Qt's own tooltip would keep a Japanese mnemonic ("元に戻す(U) …"): follow the text without it.
        for action in (self.undo_action, self.redo_action):
            action.changed.connect(lambda action=action: _plain_tooltip(action))
            _plain_tooltip(action)
        self.zoom_in_action = self._action(translate("MainWindow", "Zoom &in"), self.view.zoom_in, K.ZoomIn,
                                           "zoom-in")
        self.zoom_out_action = self._action(translate("MainWindow", "Zoom &out"), self.view.zoom_out, K.ZoomOut,
                                            "zoom-out")
        self.fit_action = self._action(translate("MainWindow", "&Fit to window"), self.view.fit, "Ctrl+0", "fit",
                                       translate("MainWindow", "Show the whole network"))
        self.add_layer_action = self._action(
            translate("MainWindow", "Add &hidden layer"), self.add_hidden_layer, "Ctrl+Shift+L", "add-layer",
            translate("MainWindow", "Insert a hidden layer after the selected layer (or before the outputs)"))
        self.remove_layer_action = self._action(
            translate("MainWindow", "&Remove hidden layer"), self.remove_hidden_layer, None, "remove-layer",
            translate("MainWindow", "Remove the selected hidden layer (or the last one)"))
        self.add_neuron_action = self._action(
            translate("MainWindow", "Add &neuron"), lambda: self.change_layer_size(+1), "Ctrl+Shift+N", "add-neuron",
            translate("MainWindow", "Add a neuron to the selected neuron's layer"))
        self.remove_neuron_action = self._action(
            translate("MainWindow", "Remove neuron"), lambda: self.change_layer_size(-1), None, "remove-neuron",
            translate("MainWindow", "Remove a neuron from the selected neuron's layer"))
        self.inputs_action = self._action(
            translate("MainWindow", "Number of &inputs…"), lambda: self.ask_layer_size(0), None, None,
            translate("MainWindow", "Change how many inputs the network has"))
        self.outputs_action = self._action(
            translate("MainWindow", "Number of &outputs…"), lambda: self.ask_layer_size(-1), None, None,
            translate("MainWindow", "Change how many outputs the network has"))
        self.about_action = self._action(translate("MainWindow", "&About Synaptica"), self.about, None, None)
        self.tour_action = self._action(translate("MainWindow", "Quick &tour"), self.tour, "F1", None,
                                        translate("MainWindow", "Seven steps through what Synaptica shows"))

    def _build_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.examples_menu = file_menu.addMenu(translate("MainWindow", "&Examples"))
        for example in bundled_examples():
            action = self.examples_menu.addAction(engine_text(example.name))
            action.setToolTip(engine_text(example.description))
            action.triggered.connect(lambda _c=False, p=example.path: self.open_path(p))
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        # A note, not a command; "{0}." so that Japanese can end the sentence with "。".
        self.undo_budget_note = edit_menu.addAction(translate("MainWindow", "{0}.").format(budget_text()))
        self.undo_budget_note.setEnabled(False)

        network_menu = menu.addMenu(translate("MainWindow", "&Network"))
        network_menu.addActions([self.add_layer_action, self.remove_layer_action])
        network_menu.addSeparator()
        network_menu.addActions([self.add_neuron_action, self.remove_neuron_action])
        network_menu.addSeparator()
        network_menu.addActions([self.inputs_action, self.outputs_action])

        self.view_menu = menu.addMenu(translate("MainWindow", "&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu(translate("MainWindow", "&Panels"))
        for dock in self.findChildren(QDockWidget):
            self.panels_menu.addAction(dock.toggleViewAction())
        self.language_menu = LanguageMenu(self)
        self.view_menu.addMenu(self.language_menu)

        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([self.tour_action, self.about_action])

        self.toolbar = self.addToolBar(translate("MainWindow", "Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.add_layer_action, self.remove_layer_action,
                                 self.add_neuron_action, self.remove_neuron_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setToolTip(translate("MainWindow", "Network shape, parameter count and current outputs"))
        self.statusBar().addPermanentWidget(self.summary_label)
        self._update_status()

    # -- structure edits -------------------------------------------------------
    def _selected_layer(self) -> int | None:
        ref = self.selection.current
        if isinstance(ref, NeuronRef):
            return ref.layer
        if isinstance(ref, LinkRef):
            return ref.layer + 1
        return None

    def add_hidden_layer(self) -> None:
        layer = self._selected_layer()
        last = len(self.document.sizes) - 1
        position = last if layer is None or layer >= last else layer + 1
        neighbour = self.document.sizes[position - 1] if position > 1 else 3
        self.document.insert_hidden_layer(position, max(2, min(neighbour, 8)))

    def remove_hidden_layer(self) -> None:
        layer = self._selected_layer()
        last = len(self.document.sizes) - 1
        if layer is None or not 1 <= layer < last:
            layer = last - 1
        if layer >= 1:
            self.selection.clear()
            self.document.remove_hidden_layer(layer)

    def change_layer_size(self, delta: int) -> None:
        layer = self._selected_layer()
        if layer is None:
            return
        size = self.document.sizes[layer] + delta
        if size >= 1:
            self.document.set_layer_size(layer, size)

    def ask_layer_size(self, layer: int) -> None:
        layer = layer % len(self.document.sizes)
        if layer == 0:
            title, question = translate("MainWindow", "Number of inputs"), translate("MainWindow", "How many inputs?")
        else:
            title, question = (translate("MainWindow", "Number of outputs"),
                               translate("MainWindow", "How many outputs?"))
        size, ok = QInputDialog.getInt(self, title, question, self.document.sizes[layer], 1, 4096)
        if ok:
            self.document.set_layer_size(layer, size)

    # -- state shown in the chrome -------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — Synaptica")
        self.setWindowModified(self.document.is_modified)

    def _update_actions(self) -> None:
        layer = self._selected_layer()
        last = len(self.document.sizes) - 1
        self.remove_layer_action.setEnabled(last >= 2)
        can_resize = layer is not None
        self.add_neuron_action.setEnabled(can_resize)
        self.remove_neuron_action.setEnabled(can_resize and self.document.sizes[layer] > 1)

    def _update_status(self) -> None:
        doc = self.document
        outputs = doc.outputs()
        if len(outputs) <= 3:
            shown = ", ".join(f"{doc.label(len(doc.sizes) - 1, i)} = {v:.3g}" for i, v in enumerate(outputs))
        else:
            best = int(outputs.argmax())
            shown = translate("MainWindow", "largest output {label} = {value}").format(
                label=doc.label(len(doc.sizes) - 1, best), value=f"{outputs[best]:.3g}")
        self.summary_label.setText(translate("MainWindow", "{sizes} · {count} parameters · {outputs}").format(
            sizes="-".join(map(str, doc.sizes)), count=count_text(doc.network.parameter_count()), outputs=shown))

    def tour(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Quick tour"), tour_html(),
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 34em; }")   # seven long steps read better wide than tall
        box.exec()

    def about(self) -> None:
        about_box(self).exec()

    # -- window state --------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, LAYOUT_VERSION)   # a layout saved by an older version is not restored

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(LAYOUT_VERSION))

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_settings()
        event.accept()

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(Path(urls[0].toLocalFile()))
