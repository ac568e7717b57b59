"""The plot widgets (loss, probabilities, decision boundary) against a fake training session
with the TrainingSession's signal names, a real Document and real datasets."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPointF, Qt, Signal

from simulator import Dense, Network, datasets
from simulator.history import History
from ui.document import Document
from ui.plots import BoundaryPlot, LossPlot, ProbabilityPlot
from ui.plots import boundary as boundary_module
from ui.plots.colors import CLASS_COLOURS, MAX_INTENSITY, background, rgb
from ui.selection import LinkRef, NeuronRef


class FakeSession(QObject):
    """A stand-in session: what plots read from training (ui.training.protocol.TrainingView)."""
    snapshot = Signal(object)
    state_changed = Signal(str)
    data_changed = Signal()
    probe_changed = Signal(int)
    history_reset = Signal()

    def __init__(self, document, train=None, test=None):
        super().__init__()
        self.document = document
        self.state = "idle"
        self.train, self.test = train, test
        self.dataset, self.settings = train, {}
        self.probe_index = 0
        self._record(train)

    def _record(self, train) -> None:
        # Like the real session: the data in use is the document's chosen dataset.
        if train is not None:
            self.document.meta.dataset = {"name": train.name}

    def set_probe(self, index: int) -> None:
        self.probe_index = int(index)
        self.probe_changed.emit(self.probe_index)

    def probe_set(self):
        return self.test if self.test is not None and self.test.n_samples else self.train

    def probe_sample(self) -> np.ndarray:
        return self.probe_set().X[self.probe_index]

    def history(self):
        return self.document.history

    def replace_data(self, train, test) -> None:
        self.train, self.test, self.dataset, self.probe_index = train, test, train, 0
        self._record(train)
        self.data_changed.emit()


@pytest.fixture
def spiral():
    return datasets.make("spiral", samples=200, noise=0.05, seed=1).split(0.3, seed=0)


def spiral_setup(qtbot, spiral, widget_class, sizes=(2, 8, 8, 1), output="sigmoid"):
    train, test = spiral
    document = Document(Network.build(list(sizes), hidden="tanh", output=output, seed=0))
    session = FakeSession(document, train, test)
    widget = widget_class(session) if widget_class is LossPlot else widget_class(session, document)
    qtbot.addWidget(widget)
    widget.resize(420, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return document, session, widget


def stream_epochs(document, session, rows, change_weights=True):
    """What the session does per snapshot: apply weights and history rows, then emit."""
    weights = [(layer.W * (1.01 if change_weights else 1.0), layer.b) for layer in document.network.layers]
    document.show_training_progress(weights, rows)
    session.snapshot.emit(object())


def three_class_network(scale=40.0) -> Network:
    """Softmax over 3 directions: far along direction k, class k is certain."""
    directions = np.array([[1.0, 0.0], [-0.5, 0.87], [-0.5, -0.87]]).T   # (2 inputs, 3 classes)
    return Network([Dense(scale * directions, np.zeros(3), "softmax")])


def three_class_data() -> datasets.Dataset:
    rng = np.random.default_rng(0)
    centres = np.array([[0.8, 0.0], [-0.4, 0.7], [-0.4, -0.7]])
    X = np.vstack([rng.normal(c, 0.15, (30, 2)) for c in centres])
    return datasets.Dataset(name="blobs", X=X, y=np.repeat(np.arange(3), 30), task="classification",
                            class_names=("a", "b", "c"))


# --------------------------------------------------------------------------- loss plot

def test_loss_curves_follow_the_history(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, LossPlot)
    assert plot.empty_note.isVisibleTo(plot) and plot.loss_plot.isHidden()   # no empty axes before training
    curves = (plot.train_loss, plot.test_loss, plot.train_accuracy, plot.test_accuracy)
    stream_epochs(document, session, [(1, 0.7, 0.75, 0.5, 0.45), (2, 0.6, 0.7, 0.6, 0.5)])
    stream_epochs(document, session, [(3, 0.5, None, 0.7, None)])
    qtbot.waitUntil(lambda: len(plot.train_loss.xData if plot.train_loss.xData is not None else []) == 3)
    history = document.history
    np.testing.assert_array_equal(plot.train_loss.xData, history.columns["epoch"])
    np.testing.assert_array_equal(plot.train_loss.yData, history.columns["train_loss"])
    np.testing.assert_array_equal(plot.test_loss.yData, [0.75, 0.7, np.nan])   # missing test value: a gap
    np.testing.assert_allclose(plot.train_accuracy.yData, [50, 60, 70])
    assert not plot.empty_note.isVisibleTo(plot) and plot.loss_plot.isVisibleTo(plot)
    assert plot.readout.text() == "Last run · epoch 3\nloss: train 0.5\naccuracy: train 70.0 %"
    assert plot.legend.getLabel(plot.train_loss).text == "train"  # constant: no relayout per frame
    # Same curve objects, fed with setData: never rebuilt.
    assert (plot.train_loss, plot.test_loss, plot.train_accuracy, plot.test_accuracy) == curves
    assert plot.train_loss.opts["pen"].style() != plot.test_loss.opts["pen"].style()   # dash, not only colour
    assert plot.train_loss.opts["pen"].color() != plot.test_loss.opts["pen"].color()


def test_loss_plot_shows_a_loaded_history_and_follows_undo(qtbot, spiral):
    document = Document(Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0))
    saved = History.from_dict({"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, 0.3]})
    document.set_contents(Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0), history=saved)
    session = FakeSession(document, *spiral)
    plot = LossPlot(session)
    qtbot.addWidget(plot)
    np.testing.assert_array_equal(plot.train_loss.yData, [0.9, 0.5, 0.3])   # at once, on construction

    before = document.snapshot_state()
    stream_epochs(document, session, [(4, 0.2, None, None, None)])
    document.commit_training(before, "Train")
    plot.refresh()
    assert list(plot.train_loss.yData) == [0.9, 0.5, 0.3, 0.2]
    document.undo_stack.undo()          # values_changed only: the history goes back too
    plot.refresh()
    assert list(plot.train_loss.yData) == [0.9, 0.5, 0.3]

    other = History.from_dict({"epoch": [1], "train_loss": [2.0]})
    document.set_contents(Network.build([2, 4, 1], seed=1), history=other)   # another file opened
    plot.refresh()
    assert list(plot.train_loss.yData) == [2.0]
    document.set_contents(Network.build([2, 4, 1], seed=1))
    plot.refresh()
    assert plot.train_loss.yData is None or len(plot.train_loss.yData) == 0
    assert not plot.isVisible() or plot.empty_note.isVisibleTo(plot)
    assert "No training yet" in plot.empty_note.text()


def test_log_scale_toggle_leaves_out_non_positive_losses(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, LossPlot)
    stream_epochs(document, session, [(1, 1.0, 2.0, 0.5, 0.5), (2, 0.1, 0.0, 0.9, 1.0), (3, 0.0, 0.05, 1.0, 1.0)])
    plot.refresh()
    assert not plot.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()
    qtbot.mouseClick(plot.log_box, Qt.MouseButton.LeftButton)
    assert plot.log_box.isChecked()
    item = plot.loss_plot.getPlotItem()
    assert item.ctrl.logYCheck.isChecked() and plot.train_loss.opts["logMode"][1]
    np.testing.assert_array_equal(plot.train_loss.yData, [1.0, 0.1, np.nan])
    np.testing.assert_array_equal(plot.test_loss.yData, [2.0, np.nan, 0.05])
    x, y = plot.train_loss.getData()   # what is drawn: log10 of the positive values
    np.testing.assert_allclose(y[:2], [0.0, -1.0])
    qtbot.mouseClick(plot.log_box, Qt.MouseButton.LeftButton)
    assert not plot.train_loss.opts["logMode"][1]
    np.testing.assert_array_equal(plot.train_loss.yData, [1.0, 0.1, 0.0])


def test_accuracy_is_hidden_for_regression(qtbot):
    data = datasets.make("sin", samples=40)
    train, test = data.split(0.25, seed=0)
    document = Document(Network.build([1, 4, 1], hidden="tanh", output="identity", seed=0))
    session = FakeSession(document, train, test)
    plot = LossPlot(session)
    qtbot.addWidget(plot)
    plot.show()
    stream_epochs(document, session, [(1, 0.4, 0.5, None, None)])
    plot.refresh()
    assert plot.accuracy_plot.isHidden()
    assert not plot.loss_plot.isHidden()
    session.replace_data(*datasets.make("xor", samples=40).split(0.25, seed=0))
    plot.refresh()
    assert not plot.accuracy_plot.isHidden()


def test_redraws_are_coalesced(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot)
    qtbot.waitUntil(lambda: not plot._throttle.pending)
    calls = []
    plot._throttle._redraw = lambda: calls.append(1)
    for i in range(40):
        document.set_weight(LinkRef(0, 0, 0), 0.01 * i, drag=7)
    qtbot.waitUntil(lambda: not plot._throttle.pending)
    assert 1 <= len(calls) <= 2


# --------------------------------------------------------------------------- probabilities

def test_softmax_bars_sum_to_one_and_name_the_prediction(qtbot):
    data = three_class_data()
    document = Document(three_class_network(scale=3.0))
    session = FakeSession(document, data, data.subset(np.arange(0, 90, 3)))
    plot = ProbabilityPlot(session, document)
    qtbot.addWidget(plot)
    plot.show()
    session.set_probe(11)   # row 11 of the test set: original row 33, class "b"
    plot.refresh()
    heights = plot.bars.opts["height"]
    assert len(heights) == 3
    assert heights.sum() == pytest.approx(1.0)
    expected = document.network.forward(session.test.X[11])
    np.testing.assert_allclose(heights, expected)
    predicted = ("a", "b", "c")[int(np.argmax(expected))]
    title = plot.title.text()
    assert "Test set #12" in title
    assert f"predicted <b>{predicted}</b>" in title and "true <b>b</b>" in title
    pens = plot.bars.opts["pens"]
    assert pens[1].widthF() > pens[0].widthF()   # the true class is outlined
    ticks = plot.plot.getAxis("bottom")._tickLevels[0]
    assert [name for _, name in ticks] == ["a", "b", "c"]

    bars = plot.bars
    document.set_weight(LinkRef(0, 0, 0), -3.0)            # a live edit: bars follow, same item
    plot.refresh()
    assert plot.bars is bars
    np.testing.assert_allclose(plot.bars.opts["height"], document.network.forward(session.test.X[11]))


def test_one_sigmoid_output_gives_two_bars(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, ProbabilityPlot)
    plot.refresh()
    p = float(document.network.forward(session.probe_sample())[0])
    np.testing.assert_allclose(plot.bars.opts["height"], [1 - p, p])
    assert "predicted" in plot.title.text()


def test_probe_is_picked_with_the_spin_box_and_buttons(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, ProbabilityPlot)
    picked = []
    session.probe_changed.connect(picked.append)
    plot.spin.setValue(5)
    assert session.probe_index == 4 and picked == [4]
    qtbot.mouseClick(plot.next_button, Qt.MouseButton.LeftButton)
    assert session.probe_index == 5
    plot.refresh()
    assert plot.spin.value() == 6 and "Test set #6" in plot.title.text()
    session.set_probe(0)
    plot.refresh()
    assert not plot.prev_button.isEnabled()
    assert plot.count_label.text() == f"of {session.test.n_samples} (test set)"


def test_digits_probe_is_shown_as_an_upright_8x8_image(qtbot):
    digits = datasets.make("digits")
    train, test = digits.subset(np.arange(100)), digits.subset(np.arange(100, 130))
    document = Document(Network.build([64, 10, 10], hidden="relu", output="softmax", seed=0))
    session = FakeSession(document, train, test)
    plot = ProbabilityPlot(session, document)
    qtbot.addWidget(plot)
    plot.show()
    session.set_probe(7)
    plot.refresh()
    assert plot.image_view.isVisibleTo(plot)
    np.testing.assert_array_equal(plot.image.image, test.X[7].reshape(8, 8))
    assert plot.image.axisOrder == "row-major" and plot.image_box.yInverted()   # row 0 at the top
    assert len(plot.bars.opts["height"]) == 10 and plot.bars.opts["height"].sum() == pytest.approx(1.0)
    assert f"true <b>{test.y[7]}</b>" in plot.title.text()

    session.replace_data(*datasets.make("xor", samples=40).split(0.25, seed=0))
    document.set_contents(Network.build([2, 3, 1], output="sigmoid"))
    plot.refresh()
    assert not plot.image_view.isVisibleTo(plot)


# --------------------------------------------------------------------------- decision boundary

def test_boundary_image_covers_the_data(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot)
    plot.refresh()
    assert plot.active and plot.pixels.shape == (boundary_module.GRID, boundary_module.GRID, 3)
    X = np.vstack([session.train.X, session.test.X])
    x0, x1, y0, y1 = plot.extent
    assert x0 < X[:, 0].min() and x1 > X[:, 0].max() and y0 < X[:, 1].min() and y1 > X[:, 1].max()
    rect = plot.image.mapRectToView(plot.image.boundingRect())
    assert rect.left() == pytest.approx(x0) and rect.right() == pytest.approx(x1)
    assert rect.top() == pytest.approx(y0) and rect.bottom() == pytest.approx(y1)
    (vx0, vx1), (vy0, vy1) = plot.plot.viewRange()   # the heatmap fills the visible plane
    assert (vx0, vx1, vy0, vy1) == pytest.approx(plot.extent)
    # Pixel (row, col) is the network's answer at that cell's centre, row 0 at the bottom.
    p = document.network.forward(boundary_module.grid_points(plot.extent))[:, 0].reshape(80, 80)
    bg, c0, c1 = rgb(background(plot)), rgb(CLASS_COLOURS[0]), rgb(CLASS_COLOURS[1])
    confident = np.unravel_index(np.argmax(np.abs(p - 0.5)), p.shape)
    q = p[confident]
    expected = bg + MAX_INTENSITY * abs(2 * q - 1) * ((1 - q) * c0 + q * c1 - bg)
    np.testing.assert_allclose(plot.pixels[confident] / 255, expected, atol=1 / 255)


def test_multiclass_colours_are_the_class_colours(qtbot):
    data = three_class_data()
    document = Document(three_class_network())
    session = FakeSession(document, data, data.subset([]))
    plot = BoundaryPlot(session, document)
    qtbot.addWidget(plot)
    plot.resize(400, 400)
    plot.show()
    plot.refresh()
    grid = boundary_module.grid_points(plot.extent).reshape(80, 80, 2)
    bg = rgb(background(plot))
    for k, direction in enumerate(three_class_network(1.0).layers[0].W.T):
        # The cell farthest along class k's direction: softmax there is ~1 for class k.
        row, col = np.unravel_index(np.argmax(grid @ direction), (80, 80))
        expected = bg + MAX_INTENSITY * (rgb(CLASS_COLOURS[k]) - bg)
        np.testing.assert_allclose(plot.pixels[row, col] / 255, expected, atol=2 / 255)
    assert "■&nbsp;a" in plot.legend.text().replace('</span>', '')


def test_train_and_test_points_differ_in_symbol_and_clicks_pick_test_rows(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot)
    plot.refresh()
    train_spots, test_spots = plot.train_points.points(), plot.test_points.points()
    assert len(train_spots) == session.train.n_samples and len(test_spots) == session.test.n_samples
    assert train_spots[0].symbol() != test_spots[0].symbol()
    assert test_spots[0].brush().color() == background(plot)               # hollow
    assert train_spots[0].brush().color().name() in [c.lower() for c in CLASS_COLOURS[:2]]
    row = 4
    tip = plot.test_points.opts["tip"](x=session.test.X[row, 0], y=session.test.X[row, 1], data=row)
    assert tip.startswith("test sample 5:") and tip.endswith(f"class {session.test.y[row]}")

    # A test point far from every other point and the markers, clicked with the mouse.
    X = session.test.X
    def room(i):   # distance to the nearest other point or marker (row 0 carries the probe marker)
        others = np.vstack([session.train.X, np.delete(X, i, axis=0), document.inputs[None, :]])
        return np.min(np.linalg.norm(others - X[i], axis=1)) if i else 0.0
    distance = [room(i) for i in range(len(X))]
    row = int(np.argmax(distance))
    view = plot.plot.getViewBox()
    scene = view.mapViewToScene(QPointF(*X[row]))
    pos = plot.plot.mapFromScene(scene)
    with qtbot.waitSignal(plot.point_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(plot.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [row]


def test_probe_marker_follows_the_probe(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot)
    session.set_probe(9)
    x, y = plot.probe_marker.getData()
    np.testing.assert_allclose([x[0], y[0]], session.test.X[9])


def test_show_neuron_switches_the_heatmap(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot)
    plot.refresh()
    image_item, output_pixels = plot.image, plot.pixels.copy()
    assert plot.title.text() == "Network output"
    plot.show_neuron(NeuronRef(1, 2))
    plot.refresh()
    assert plot.title.text() == f"Hidden neuron {document.label(1, 2)} (tanh)"
    assert not np.array_equal(plot.pixels, output_pixels)
    assert plot.colour_bar.isVisible()
    # Blue where the neuron is most positive: its own output, not the network's.
    h = document.network.trace(boundary_module.grid_points(plot.extent))[0][1][:, 2].reshape(80, 80)
    top = np.unravel_index(np.argmax(h), h.shape)
    pixel = plot.pixels[top].astype(int)
    assert pixel[2] > pixel[0] if h[top] > 0 else pixel[0] > pixel[2]
    plot.show_neuron(None)
    plot.refresh()
    assert plot.title.text() == "Network output"
    np.testing.assert_array_equal(plot.pixels, output_pixels)
    assert plot.image is image_item and not plot.colour_bar.isVisible()
    plot.show_neuron(NeuronRef(5, 0))   # no such neuron: back to the output
    assert plot.neuron is None


def test_boundary_follows_edits_without_rebuilding(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot)
    plot.refresh()
    items = (plot.image, plot.train_points, plot.test_points, plot.probe_marker)
    before = plot.pixels.copy()
    document.set_weight(LinkRef(1, 0, 0), 3.0)
    document.set_bias(NeuronRef(3, 0), -1.5)
    qtbot.waitUntil(lambda: not np.array_equal(plot.pixels, before))
    assert (plot.image, plot.train_points, plot.test_points, plot.probe_marker) == items
    assert plot.image.image.base is plot.pixels or plot.image.image is plot.pixels


def test_networks_without_two_inputs_show_a_note(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, BoundaryPlot, sizes=(3, 4, 1))
    assert not plot.active
    assert plot.stack.currentWidget() is plot.note
    assert "2 inputs" in plot.note.text()
    document.set_layer_size(0, 2)
    assert plot.active


def test_regression_boundary_uses_a_colour_bar(qtbot):
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (50, 2))
    data = datasets.Dataset(name="plane", X=X, y=(X[:, 0] + X[:, 1]).reshape(-1, 1), task="regression")
    document = Document(Network([Dense(np.array([[1.0], [1.0]]), np.zeros(1), "identity")]))
    session = FakeSession(document, data, data.subset([]))
    plot = BoundaryPlot(session, document)
    qtbot.addWidget(plot)
    plot.show()
    plot.refresh()
    assert plot.colour_bar.isVisible()
    low, high = plot.colour_bar.levels()
    assert low == pytest.approx(data.y.min()) and high == pytest.approx(data.y.max())
    # Cividis runs dark blue → yellow: the high corner is brighter than the low one.
    assert plot.pixels[-1, -1].sum() > plot.pixels[0, 0].sum()


# --------------------------------------------------------------------------- with the real session

def test_plots_follow_a_real_training_session(qtbot):
    from ui.training.session import TrainingSession

    document = Document(Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0))
    document.update_metadata(
        dataset={"name": "spiral", "samples": 120, "noise": 0.05, "test_fraction": 0.25, "seed": 0},
        training={"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.01}, "batch_size": 16,
                  "epochs": 30, "init": "xavier", "seed": 0, "weight_decay": 0.0})
    session = TrainingSession(document)
    try:
        loss = LossPlot(session)
        probability, boundary = ProbabilityPlot(session, document), BoundaryPlot(session, document)
        for widget in (loss, probability, boundary):
            qtbot.addWidget(widget)
            widget.show()
        assert session.problems() == []
        boundary.refresh()
        untrained = boundary.pixels.copy()
        items = (loss.train_loss, probability.bars, boundary.image)
        boundary.point_clicked.connect(session.set_probe)

        session.play()
        qtbot.waitUntil(lambda: session.state == "finished", timeout=10000)
        for widget in (loss, probability, boundary):
            widget.refresh()
        history = document.history
        assert history.last("epoch") == 30
        np.testing.assert_array_equal(loss.train_loss.yData, history.columns["train_loss"])
        np.testing.assert_array_equal(loss.test_loss.yData, history.columns["test_loss"])
        assert not np.array_equal(boundary.pixels, untrained)
        p = float(document.network.forward(session.probe_sample())[0])
        np.testing.assert_allclose(probability.bars.opts["height"], [1 - p, p])
        assert (loss.train_loss, probability.bars, boundary.image) == items

        boundary.point_clicked.emit(3)      # what a click on test point 3 does once installed
        assert session.probe_index == 3
        probability.refresh()
        assert "Test set #4" in probability.title.text()
        x, y = boundary.probe_marker.getData()
        np.testing.assert_allclose([x[0], y[0]], session.test.X[3])

        session.reset()                      # a fresh start clears the curve
        loss.refresh()
        assert loss.train_loss.yData is None or len(loss.train_loss.yData) == 0
    finally:
        session.stop()


def test_without_a_chosen_dataset_the_plots_judge_nothing(qtbot, spiral):
    # e.g. the textbook network: no dataset in its file, so no "true class" and no data points
    train, test = spiral
    document = Document(Network.build([2, 3, 2], hidden="sigmoid", output="identity", seed=0))
    session = FakeSession(document, train, test)
    document.meta.dataset = None
    session.data_changed.emit()
    boundary = BoundaryPlot(session, document)
    probability = ProbabilityPlot(session, document)
    qtbot.addWidget(boundary)
    qtbot.addWidget(probability)
    boundary.refresh()
    probability.refresh()
    assert len(boundary.train_points.data) == 0 and len(boundary.test_points.data) == 0
    assert "Current inputs" in probability.title.text()


def test_without_2d_data_the_boundary_explains_instead_of_drawing_a_speck(qtbot, spiral):
    # A 2-input network without a dataset once got axes around its lone input point ("×1e-6").
    train, test = spiral
    document = Document(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0))
    session = FakeSession(document, train, test)
    document.meta.dataset = None
    plot = BoundaryPlot(session, document)
    qtbot.addWidget(plot)
    plot.show()
    assert not plot.active and plot.stack.currentWidget() is plot.note
    assert "no dataset" in plot.note.text() and "Training tab" in plot.note.text()
    document.set_input(NeuronRef(0, 0), 500.0)                      # an input far out changes nothing
    plot.refresh()
    assert not plot.active
    session.replace_data(train, test)                 # a 2-D dataset chosen: the map comes back
    assert plot.active
    iris = datasets.make("iris").split(0.25, seed=0)
    session.replace_data(*iris)                       # 4 features for 2 inputs: explained too
    assert not plot.active and "4 features" in plot.note.text()


def test_the_heatmap_fills_the_view_after_opening_data_of_the_same_extent(qtbot):
    # AND, then XOR: the view (widened by the locked aspect ratio) comes out as before and sends
    # no change signal; the heatmap must still cover all of it, not just the data (white bands).
    document = Document(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=0))
    session = FakeSession(document, datasets.gate("and"), None)
    plot = BoundaryPlot(session, document)
    qtbot.addWidget(plot)
    plot.resize(500, 260)                             # wide: the view is wider than the unit square
    plot.show()
    qtbot.waitExposed(plot)
    plot.refresh()

    def covered() -> bool:
        (vx0, vx1), (vy0, vy1) = plot.plot.viewRange()
        rect = plot.image.mapRectToView(plot.image.boundingRect())
        tolerance = 1e-9
        return (rect.left() <= vx0 + tolerance and rect.right() >= vx1 - tolerance
                and rect.top() <= vy0 + tolerance and rect.bottom() >= vy1 - tolerance)

    (vx0, vx1), _ = plot.plot.viewRange()
    assert vx1 - vx0 > 1.5 and covered()
    session.replace_data(datasets.gate("xor"), None)
    plot.refresh()
    assert covered()
    x0, x1, _y0, _y1 = plot.extent
    p = document.network.forward(boundary_module.grid_points(plot.extent))   # and it is drawn there
    assert plot.extent[0] == pytest.approx(plot.plot.viewRange()[0][0]) and x1 - x0 > 1.5 and p.shape[0] == 6400


@pytest.mark.parametrize("activation", ["identity", "step", "tanh"])
def test_outputs_that_are_not_probabilities_are_shown_as_values(qtbot, spiral, activation):
    document, session, plot = spiral_setup(qtbot, spiral, ProbabilityPlot, output=activation)
    plot.refresh()
    y = float(document.network.forward(session.probe_sample())[0])
    np.testing.assert_allclose(plot.bars.opts["height"], [y])            # the output itself, one bar
    title = plot.title.text()
    assert "%" not in title and "probability" not in title
    from ui.widgets import format_value
    assert f"predicted <b>{int(y > 0.5)}</b> (output {format_value(y)})" in title
    assert plot.plot.getAxis("left").labelText == "output"
    assert plot.probabilities is None and "%" not in plot.value_text.toPlainText()


def test_sigmoid_and_softmax_outputs_stay_probabilities(qtbot, spiral):
    document, session, plot = spiral_setup(qtbot, spiral, ProbabilityPlot, output="sigmoid")
    plot.refresh()
    assert plot.plot.getAxis("left").labelText == "probability" and "%" in plot.title.text()
    document.set_activation(len(document.sizes) - 1, "identity")           # switched live: values now
    plot.refresh()
    assert plot.plot.getAxis("left").labelText == "output" and "%" not in plot.title.text()


def test_the_readout_says_which_weights_its_figures_describe(qtbot, spiral):
    # "accuracy: train 0.0 %" beside a truth table with 1/4 right: different weights, and now it says so.
    document, session, plot = spiral_setup(qtbot, spiral, LossPlot)
    session.state = "running"
    stream_epochs(document, session, [(1, 0.7, 0.75, 0.5, 0.45)])
    plot.refresh()
    assert plot.readout.text().startswith("Training · epoch 1\n")
    session.state = "finished"
    session.state_changed.emit("finished")
    plot.refresh()
    assert plot.readout.text().startswith("Last run · epoch 1\n")
    document.set_bias(NeuronRef(1, 0), 0.25)                      # an edit after the run
    plot.refresh()
    assert plot.readout.text().startswith("Before edits · epoch 1\n")
    assert "truth table" in plot.readout.toolTip()
    document.undo_stack.undo()                         # back to the run's weights
    plot.refresh()
    assert plot.readout.text().startswith("Last run · epoch 1\n")


def test_the_loss_axis_follows_a_run_with_a_much_larger_loss(qtbot, spiral):
    # Learning rate 50: the next run's loss is 100 times larger; axis range and tick labels follow.
    document, session, plot = spiral_setup(qtbot, spiral, LossPlot)
    stream_epochs(document, session, [(e, 0.7 - 0.01 * e, 0.72 - 0.01 * e, 0.5, 0.5) for e in range(1, 11)])
    plot.refresh()
    axis = plot.loss_plot.getAxis("left")
    assert plot.loss_plot.viewRange()[1][1] < 1
    document.clear_history()                            # Reset, then the lr-50 run
    session.history_reset.emit()
    stream_epochs(document, session, [(e, 60.0 + e, 70.0, 0.5, 0.5) for e in range(1, 11)])
    plot.refresh()
    low, high = plot.loss_plot.viewRange()[1]
    assert high >= 70 and low <= 0
    ticks = [value for level in axis.tickValues(low, high, axis.height()) for value in level[1]]
    assert max(ticks) >= 50 and axis.range[1] >= 70     # the labels are those of the new range
    document.undo_stack.clear()
    document.clear_history()
    session.history_reset.emit()
    stream_epochs(document, session, [(1, 0.3, 0.3, 0.5, 0.5)])   # and back down again
    plot.refresh()
    assert plot.loss_plot.viewRange()[1][1] < 1


def test_a_regression_probe_of_output_zero_gets_a_sensible_axis(qtbot):
    # Auto range around a lone 0 gave ticks like −5e-306.
    document = Document(Network([Dense([[0.0]], [0.0], "identity")]))
    session = FakeSession(document)
    plot = ProbabilityPlot(session, document)
    qtbot.addWidget(plot)
    plot.show()
    plot.refresh()
    low, high = plot.plot.viewRange()[1]
    assert low <= 0 <= high and high - low >= 1e-3
    assert "output 0" in plot.title.text()


def test_plots_read_training_through_the_typed_protocol(qtbot, spiral):
    from ui.training.protocol import TrainingView

    document = Document(Network.build([2, 3, 1], seed=0))
    session = FakeSession(document, *spiral)
    assert isinstance(session, TrainingView)

    class NotASession:        # e.g. the document passed by mistake: said at once, not at the first redraw
        def __init__(self):
            self.document, self.train = document, spiral[0]

    for make in (lambda s: LossPlot(s), lambda s: ProbabilityPlot(s, document), lambda s: BoundaryPlot(s, document)):
        with pytest.raises(TypeError, match=r"needs a training session .*NotASession lacks test, dataset"):
            make(NotASession())
        plot = make(session)
        qtbot.addWidget(plot)
