"""Wire training into the main window: dock, plots, actions, menu, status bar, clean shutdown.

Uses only the window's public attributes, so main_window.py needs a single line:
``self.training = install_training(self)``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from .. import icons
from ..i18n import translate
from .panel import TrainingPanel
from .session import TrainingSession
from .texts import STATE_WORDS, readout_text, status_text



class _WindowGuard(QObject):
    """Watches the main window's show and close events.

    - First show: tabify the Training dock with the Inspector and size the plots (unless
      a restored layout placed them already). Tabifying before the window's first layout leaves a stray
      tab bar peeking out beside the dock (Qt 6), so it waits until then.
    - Close: pause training before the window decides about closing, and end the thread
      if it closes. Pausing first records the run as an undo step, so the "unsaved
      changes" question knows about the trained weights.
    """

    def __init__(self, window, session, dock, plot_docks):
        super().__init__(window)
        self.window, self.session, self.dock, self.plot_docks = window, session, dock, plot_docks
        self._shown = False

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            _arrange_docks(self.window, self.dock, self.plot_docks)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.session.pause()
            self.window.closeEvent(event)      # the window may ask to save, and may refuse to close
            if event.isAccepted():
                self.session.stop()
            return True                         # delivered already
        return False


def _arrange_docks(window, dock, plot_docks) -> None:
    """The first layout (unless a saved one was restored), Playground-like from left to right:

    settings (Training, Inspector, Examples as tabs) · the canvas, with Inputs and Truth table / Outputs
    below it · the decision boundary (or, where there is no plane to draw, the probe sample) over the loss
    curve. Extra width goes to the canvas and the right-hand plots alike.
    """
    if dock.isFloating() or window.tabifiedDockWidgets(dock):
        return
    loss_dock, probability_dock, boundary_dock = plot_docks
    window.tabifyDockWidget(dock, window.inspector_dock)
    window.tabifyDockWidget(window.inspector_dock, window.examples_dock)
    window.tabifyDockWidget(boundary_dock, probability_dock)
    window.tabifyDockWidget(window.truth_dock, window.outputs_dock)
    window.tabifyDockWidget(loss_dock, window.activation_dock)
    for raised in (dock, loss_dock):
        raised.raise_()
    _raise_views_that_apply(window, plot_docks)
    width, height = window.width(), window.height()
    right = max(340, min(int(0.31 * width), 640))
    window.resizeDocks([dock, boundary_dock], [310 if width < 1500 else 360, right], Qt.Orientation.Horizontal)
    plots = max(300, height - 130)
    window.resizeDocks([boundary_dock, loss_dock], [int(plots * 0.6), int(plots * 0.4)], Qt.Orientation.Vertical)
    # 28.5 %: room for a 2-input truth table (header and 4 rows) also in Japanese, whose lines are taller
    window.resizeDocks([window.inputs_dock], [max(170, int(0.285 * height))], Qt.Orientation.Vertical)
    window.resizeDocks([window.inputs_dock, window.truth_dock], [2, 3], Qt.Orientation.Horizontal)


def _raise_views_that_apply(window, plot_docks) -> None:
    """Show the tab that has something to say: the truth table, else the outputs; the decision
    boundary, else the probe sample (digits, iris: no plane to draw, but a sample to read)."""
    _loss, probability_dock, boundary_dock = plot_docks
    table = window.truth_table.stack.currentWidget() is window.truth_table.table
    (window.truth_dock if table else window.outputs_dock).raise_()
    plane = boundary_dock.widget().stack.currentWidget() is boundary_dock.widget().plot
    (boundary_dock if plane else probability_dock).raise_()


def _action(window, text: str, icon: str, tip: str, slot, shortcut=None) -> QAction:
    action = QAction(icons.icon(icon), text, window)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def install_training(window) -> TrainingSession:
    """Add training to `window` (a MainWindow); returns the TrainingSession."""
    from ..plots import BoundaryPlot, LossPlot, ProbabilityPlot   # lazily: the plots are a separate package

    document = window.document
    session = TrainingSession(document, window)
    right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea

    # The side columns keep the full height; the bottom area (inputs, truth table) sits under the canvas.
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.setCorner(Qt.Corner.BottomLeftCorner, left)
    window.setCorner(Qt.Corner.BottomRightCorner, right)

    panel = TrainingPanel(session, window)
    training_dock = window.add_dock(translate("TrainingWiring", "Training"), panel, left, "training",
                                    translate("TrainingWiring", "Data, loss, optimizer and run controls"))

    loss_plot = LossPlot(session, window)
    probability_plot = ProbabilityPlot(session, document, window)
    boundary_plot = BoundaryPlot(session, document, window)
    boundary_dock = window.add_dock(translate("TrainingWiring", "Decision boundary"), boundary_plot, right,
                                    "boundary_plot", translate("TrainingWiring", "The network's answer over the "
                                                                                 "input plane"))
    loss_dock = window.add_dock(translate("TrainingWiring", "Loss"), loss_plot, right, "loss_plot",
                                translate("TrainingWiring", "Loss and accuracy per epoch"))
    window.splitDockWidget(boundary_dock, loss_dock, Qt.Orientation.Vertical)
    probability_dock = window.add_dock(translate("TrainingWiring", "Probe sample"), probability_plot, bottom,
                                       "probability_plot",
                                       translate("TrainingWiring", "The network's outputs for one sample"))
    boundary_plot.point_clicked.connect(session.set_probe)
    window.view.neuron_hovered.connect(boundary_plot.show_neuron)

    # Actions: toolbar, a Training menu, and Space (a window shortcut, so a focused button never takes it).
    play = _action(window, translate("TrainingWiring", "&Play"), "play",
                   translate("TrainingWiring", "Train until the epoch limit (Space)"), session.toggle, "Space")
    step = _action(window, translate("TrainingWiring", "&Step one mini-batch"), "step",
                   translate("TrainingWiring", "Train one mini-batch, then pause"), session.step_batch, "Ctrl+Right")
    step_epoch = _action(window, translate("TrainingWiring", "Step one &epoch"), "step-epoch",
                         translate("TrainingWiring", "Train until the current epoch is complete"),
                         session.step_epoch, "Ctrl+Shift+Right")
    reset = _action(window, translate("TrainingWiring", "&Reset weights"), "reset",
                    translate("TrainingWiring", "New initial weights from the training settings' initialisation and "
                                                "seed; clears the loss curve"), session.reset)
    actions = [play, step, step_epoch, reset]
    window.toolbar.addSeparator()
    window.toolbar.addActions(actions)
    menu = QMenu(translate("TrainingWiring", "&Training"), window)
    menu.addActions(actions)
    menu.addSeparator()
    menu.addAction(training_dock.toggleViewAction())
    help_menu = window.menuBar().actions()[-1]       # keep Help last
    window.menuBar().insertMenu(help_menu, menu)
    for dock in (training_dock, loss_dock, probability_dock, boundary_dock):
        window.panels_menu.addAction(dock.toggleViewAction())

    status = QLabel()
    status.setToolTip(translate("TrainingWiring", "Training progress: epochs completed, mini-batches trained, and "
                                                  "speed"))
    # A fixed width: text that changes length with every snapshot would re-lay out the status bar.
    widest = max((status_text(state, 999_999, 9_999_999, 9_999) for state in STATE_WORDS),
                 key=status.fontMetrics().horizontalAdvance)
    status.setMinimumWidth(status.fontMetrics().horizontalAdvance(widest))
    window.statusBar().addPermanentWidget(status)

    def update_status() -> None:
        status.setText(readout_text(session))

    def update_actions(_state=None) -> None:
        running = session.state == "running"
        problem = session.problem()
        play.setIcon(icons.icon("pause" if running else "play"))
        play.setText(translate("TrainingWiring", "&Pause") if running else translate("TrainingWiring", "&Play"))
        tip = (translate("TrainingWiring", "Pause training (Space)") if running
               else translate("TrainingWiring", "Cannot train: {problem}").format(problem=problem) if problem
               else translate("TrainingWiring", "Train until the epoch limit (Space)"))
        play.setToolTip(tip)
        play.setStatusTip(tip)
        play.setEnabled(running or not problem)
        step.setEnabled(not problem)
        step_epoch.setEnabled(not problem)

    session.counters_changed.connect(update_status)
    session.state_changed.connect(lambda _state: update_status())
    session.state_changed.connect(update_actions)
    session.state_changed.connect(lambda state: window.view.set_fast_drawing(state == "running"))
    # Show the tab that matters: the Training tab when a run starts, the Inspector when something is picked.
    session.state_changed.connect(lambda state: training_dock.raise_() if state == "running" else None)
    window.selection.changed.connect(lambda ref: window.inspector_dock.raise_() if ref is not None else None)
    session.readiness_changed.connect(update_actions)
    session.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    update_status()
    update_actions()

    plot_docks = [loss_dock, probability_dock, boundary_dock]
    window.truth_table.table_shown.connect(lambda _shown: _raise_views_that_apply(window, plot_docks))
    boundary_plot.plane_shown.connect(lambda _shown: _raise_views_that_apply(window, plot_docks))
    window.installEventFilter(_WindowGuard(window, session, training_dock, plot_docks))
    if window.isVisible():
        _arrange_docks(window, training_dock, plot_docks)
    session.panel, session.dock = panel, training_dock
    session.plots = {"loss": loss_plot, "probability": probability_plot, "boundary": boundary_plot}
    session.actions = {"play": play, "step": step, "step_epoch": step_epoch, "reset": reset}
    return session
