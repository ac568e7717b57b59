"""See how it learns: step-through, gradient check, loss and softmax, driven through the real widgets.

Every number the step-through shows is parsed back from the displayed text and compared with
forward_trace / backward_trace (and the textbook), so a formatting or wiring slip fails here.
"""
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from simulator import Network, io
from simulator.trace import backward_trace, forward_trace
from ui.learning.source import BATCH
from ui.learning.window import CHECK, LOSS, STEP
from ui.main_window import MainWindow
from ui.selection import LinkRef

NUMBER = re.compile(r"[−-]?\d+(?:\.\d+)?(?:e[+−-]?\d+)?")


def numbers(text: str) -> list[float]:
    return [float(m.replace("−", "-")) for m in NUMBER.findall(text)]


def assert_shows(text: str, expected) -> None:
    """The numbers in `text` are `expected`, to the 4 significant digits shown."""
    got = numbers(text)
    assert len(got) == len(expected), f"{text!r}: expected {len(expected)} numbers, got {got}"
    np.testing.assert_allclose(got, np.asarray(expected, dtype=float), rtol=1e-3, atol=1e-12, err_msg=text)


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    return w


@pytest.fixture
def textbook(window, qtbot):
    """The book's 2-3-2-2 network on x = (1.0, 0.5), target t = (1, 0), step-through open."""
    window.open_path(io.example_paths()["three_layer"])
    window.document.set_inputs([1.0, 0.5])
    learning = window.open_learning(STEP)
    qtbot.addWidget(learning)
    learning.source.set_targets([1.0, 0.0])
    qtbot.waitUntil(lambda: learning.stepthrough.trace is not None and not learning._pending.isActive())
    return learning


def test_step_through_shows_the_traces_numbers_forward_and_backward(window, textbook, qtbot):
    page = textbook.stepthrough
    net = window.document.network
    X, T = np.array([[1.0, 0.5]]), np.array([[1.0, 0.0]])
    ft, bt = forward_trace(net, X), backward_trace(net, X, T, loss="mse")
    np.testing.assert_allclose(ft.output, [[0.31682708, 0.69627909]], rtol=1e-7)   # the book's answer
    assert [s.kind for s in page.steps] == ["input", "forward", "forward", "forward", "loss",
                                           "backward", "backward", "backward", "update"]
    assert page.index == 0
    for step in page.steps[1:]:
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
        glyphs = page.diagram.neurons
        if step.kind == "forward":
            k = step.layer
            for j, glyph in enumerate(glyphs[k + 1]):
                terms = [v for pair in zip(net.layers[k].W[:, j], ft.inputs_of(k)[0]) for v in pair]
                assert_shows(glyph.lines[0], terms + [net.layers[k].b[j], ft.a[k][0, j]])
                assert_shows(glyph.lines[1], [ft.a[k][0, j], ft.z[k][0, j]])
                assert_shows(glyph.number.text(), [ft.z[k][0, j]])
            for j, glyph in enumerate(glyphs[k + 2] if k + 2 < len(glyphs) else []):
                assert glyph.number.text() == ""          # not computed yet
            assert_matrix_shows(page.matrices.toPlainText(), f"A{k + 1} (1×{ft.a[k].shape[1]})", ft.a[k])
            assert_matrix_shows(page.matrices.toPlainText(), f"Z{k + 1} (1×{ft.z[k].shape[1]})", ft.z[k])
        elif step.kind == "loss":
            for j, glyph in enumerate(glyphs[-1]):
                assert_shows(glyph.lines[0], [ft.output[0, j], T[0, j]])
                assert_shows(glyph.lines[1].split("=")[-1], [0.5 * (ft.output[0, j] - T[0, j]) ** 2])
            assert_shows(page.explanation.text().split("L = ")[1].split(".<")[0][:8], [bt.loss])
        elif step.kind == "backward":
            k = step.layer
            slopes = net.layers[k]._activation.derivative(ft.a[k][0])
            for j, glyph in enumerate(glyphs[k + 1]):
                assert_shows(glyph.lines[0].split("(")[0], [bt.dz[k][0, j]])
                assert_shows(glyph.lines[1], [bt.dz[k][0, j], slopes[j], bt.da[k][0, j]])
                assert_shows(glyph.lines[2], [bt.db[k][j]])
                assert_shows(glyph.badge.text(), [bt.da[k][0, j]])
            for (i, j), line in page.diagram.links[k].items():
                assert_shows(line.toolTip().split("(w =")[0],
                             [ft.inputs_of(k)[0, i], bt.da[k][0, j], bt.dW[k][i, j]])
                assert line.data(0) == bt.dW[k][i, j]      # colour and width follow ∂L/∂w
            text = page.matrices.toPlainText()
            assert f"dW{k + 1} = {'X' if k == 0 else f'Z{k}'}ᵀ·dA{k + 1}" in text
            assert_matrix_shows(text, f"dW{k + 1} ({net.layers[k].W.shape[0]}×{net.layers[k].W.shape[1]})", bt.dW[k])
            assert_matrix_shows(text, f"dA{k + 1} (1×{bt.da[k].shape[1]})", bt.da[k])
        elif step.kind == "update":
            lr = textbook.source.learning_rate()
            for k, layer_links in enumerate(page.diagram.links):
                for (i, j), line in layer_links.items():
                    W = net.layers[k].W
                    assert_shows(line.toolTip(), [W[i, j], lr, bt.dW[k][i, j], W[i, j] - lr * bt.dW[k][i, j]])
            for k in range(len(net.layers)):
                for j, glyph in enumerate(glyphs[k + 1]):
                    b = net.layers[k].b[j]
                    assert_shows(glyph.circle.toolTip(), [b, lr, bt.db[k][j], b - lr * bt.db[k][j]])
    assert not page.next.isEnabled() and page.apply.isEnabled()


def assert_matrix_shows(text: str, header: str, M) -> None:
    """The matrix panel prints `header` and then M's rows, one line each."""
    lines = text[text.index(header) + len(header):].strip().splitlines()
    for r, row in enumerate(np.atleast_2d(M)):
        assert_shows(lines[r], row)


def test_arrow_keys_and_previous_walk_the_steps(textbook, qtbot):
    page = textbook.stepthrough
    page.diagram.setFocus()
    qtbot.keyClick(page.diagram, Qt.Key.Key_Right)
    qtbot.keyClick(page.diagram, Qt.Key.Key_Right)
    assert page.index == 2
    qtbot.keyClick(page.diagram, Qt.Key.Key_Left)
    assert page.index == 1
    qtbot.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    assert page.index == 0 and not page.previous.isEnabled()


def test_applying_the_update_is_one_undo_step_and_lowers_the_loss(window, textbook, qtbot):
    page = textbook.stepthrough
    net = window.document.network
    before = [(layer.W.copy(), layer.b.copy()) for layer in net.layers]
    bt = backward_trace(net, [[1.0, 0.5]], [[1.0, 0.0]])
    page.go(len(page.steps) - 1)
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    lr = textbook.source.learning_rate()
    for layer, (W, b), dW, db in zip(window.document.network.layers, before, bt.dW, bt.db):
        np.testing.assert_allclose(layer.W, W - lr * dW, rtol=1e-12)
        np.testing.assert_allclose(layer.b, b - lr * db, rtol=1e-12)
    qtbot.waitUntil(lambda: "After the applied update" in page.status.text())
    after = window.document.network.loss([[1.0, 0.5]], [[1.0, 0.0]])
    assert after < bt.loss
    window.document.undo_stack.undo()
    for layer, (W, b) in zip(window.document.network.layers, before):
        np.testing.assert_array_equal(layer.W, W)


def test_a_mini_batch_sums_gradients_over_its_rows(window, qtbot):
    window.open_path(io.example_paths()["xor"])
    learning = window.open_learning(STEP)
    qtbot.addWidget(learning)
    qtbot.waitUntil(lambda: window.training.train is not None)
    learning.source.set_mode(BATCH, 0)
    page = learning.stepthrough
    qtbot.waitUntil(lambda: page.trace is not None and page.trace.t.shape[0] > 1)
    rows = page.trace.t.shape[0]
    train = window.training.train
    X, T = train.X[:rows], train.targets(window.document.network.n_outputs)[:rows]
    expected = window.document.network.gradients(X, T, learning.source.loss())
    page.go(len(page.steps) - 2)          # backward through the first layer
    assert page.row.isVisible()
    for (i, j), line in page.diagram.links[0].items():
        assert f"Σ over {rows} rows" in line.toolTip()
        assert_shows(line.toolTip().split("rows of")[1].split("(w =")[0], [expected[0][0][i, j]])


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu"])
def test_gradient_check_passes_and_catches_a_wrong_derivative(window, qtbot, hidden):
    net = Network.build([2, 4, 3], hidden=hidden, output="softmax", init="xavier", seed=2)
    window.document.set_contents(net, training=dict(io.DEFAULT_TRAINING, loss="cross_entropy"))
    window.document.set_inputs([0.7, -0.4])
    learning = window.open_learning(CHECK)
    qtbot.addWidget(learning)
    page = learning.gradcheck
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.result.passed and page.verdict.text().startswith("Passed")
    assert page.maps_layout.count() == 2 and page.table.rowCount() == 12
    assert "threshold 0.0001" in page.summary.text()
    page.wrong.click()
    qtbot.waitUntil(lambda: page.result.wrong_derivative)
    assert not page.result.passed and page.verdict.text().startswith("Failed")
    assert page.table.item(0, 4).text() == "over"
    # only the check was broken: the network's own gradients still match central differences
    page.wrong.click()
    qtbot.waitUntil(lambda: not page.result.wrong_derivative)
    assert page.result.passed


def test_gradient_check_explains_the_zero_gradients_of_step_units(window, qtbot):
    window.open_path(io.example_paths()["xor"])        # NAND, OR and AND gates: step units
    learning = window.open_learning(CHECK)
    qtbot.addWidget(learning)
    qtbot.waitUntil(lambda: learning.gradcheck.result is not None)
    assert "step function" in learning.gradcheck.notes.text()


def test_loss_view_shows_the_textbook_numbers(window, qtbot):
    learning = window.open_learning(LOSS)
    qtbot.addWidget(learning)
    loss = learning.loss_view.loss
    qtbot.mouseClick(loss.book, Qt.MouseButton.LeftButton)
    assert "MSE = 0.0975" in loss.totals.text() and "cross-entropy = 0.5108" in loss.totals.text()
    assert loss.table.rowCount() == 10 and loss.table.item(2, 4).text() == "0.5108"
    # typing the book's y and t by hand gives the same
    loss.y_edit.setText("0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0")
    loss.t_edit.setText("0, 0, 1, 0, 0, 0, 0, 0, 0, 0")
    loss.refresh()
    assert "MSE = 0.0975" in loss.totals.text() and "cross-entropy = 0.5108" in loss.totals.text()
    loss.t_edit.setText("0, 1")
    loss.refresh()
    assert "y has 10 numbers but t has 2" in loss.error.text()


def test_softmax_view_shows_the_textbook_values_and_the_overflow(window, qtbot):
    learning = window.open_learning(LOSS)
    qtbot.addWidget(learning)
    view = learning.loss_view.softmax
    qtbot.mouseClick(view.book, Qt.MouseButton.LeftButton)
    y_row = view.ROWS.index("y = e^(a − max) / sum")
    shown = [float(view.table.item(y_row, i + 1).text()) for i in range(3)]
    assert [round(v, 3) for v in shown] == [0.018, 0.245, 0.737]
    qtbot.mouseClick(view.overflow, Qt.MouseButton.LeftButton)
    naive = view.ROWS.index("naive e^a")
    assert [view.table.item(naive, i + 1).text() for i in range(3)] == ["inf"] * 3
    assert view.table.item(naive + 1, 1).text() == "nan" and "overflows" in view.note.text()
    assert float(view.table.item(y_row, 1).text()) == pytest.approx(1.0, abs=1e-3)


def test_the_learn_menu_opens_each_page(window):
    actions = [a for a in window.learn_menu.actions() if not a.isSeparator()]
    assert len(actions) == 5                       # four pages, and "Why did training diverge?"
    for page, action in enumerate(actions[:4]):
        action.trigger()
        learning = window.open_learning(page)      # the same window, not a new one
        assert learning.tabs.currentIndex() == page and learning.isVisible()
    assert len(window.findChildren(type(learning))) == 1
    learning.close()


def test_gradient_view_toggles_links_and_follows_training(window, qtbot):
    from ui.learning.window import GRADIENTS
    window.open_path(io.example_paths()["spiral"])
    learning = window.open_learning(GRADIENTS)
    qtbot.addWidget(learning)
    learning.source.set_mode(BATCH, 0)
    page = learning.gradients
    qtbot.waitUntil(lambda: page.trace is not None and page.trace.t.shape[0] > 1)
    net = window.document.network
    line = page.diagram.links[0][(0, 0)]
    assert line.data(0) == abs(page.trace.dW[0][0, 0])           # |∂L/∂w| by default
    page.weights.click()
    assert page.diagram.links[0][(0, 0)].data(0) == net.layers[0].W[0, 0]
    assert "RMS ∂L/∂W" in page.legend.text() and len(page.histograms.plots) == 3 * len(net.layers)
    before = page.trace.dW[0].copy()
    with qtbot.waitSignal(window.training.run_ended, timeout=5000):
        window.training.step_batch()
    # the view follows the trained weights without being asked
    qtbot.waitUntil(lambda: not np.array_equal(page.trace.dW[0], before))
    rows = page.trace.t.shape[0]
    train = window.training.train
    expected = window.document.network.gradients(train.X[:rows], train.targets(net.n_outputs)[:rows],
                                                 learning.source.loss())
    np.testing.assert_allclose(page.trace.dW[0], expected[0][0], rtol=1e-12)


def test_gradient_view_warns_about_dead_relus(window, qtbot):
    from ui.learning.window import GRADIENTS
    net = Network.build([2, 4, 1], hidden="relu", output="sigmoid", seed=0)
    net.layers[0].b[:2] = -50.0
    window.document.set_contents(net)
    window.document.set_inputs([0.3, 0.2])
    learning = window.open_learning(GRADIENTS)
    qtbot.addWidget(learning)
    qtbot.waitUntil(lambda: learning.gradients.health is not None)
    assert "2 of 4 ReLU units are dead" in learning.gradients.warnings.text()
    badges = [g.badge.text() for g in learning.gradients.diagram.neurons[1]]
    assert badges[:2] == ["dead", "dead"]
    assert "a ReLU is dead when" in learning.gradients.thresholds.text()


def test_a_diverged_run_is_explained_and_a_learning_rate_applied_with_one_click(window, qtbot):
    from ui.learning.window import DIVERGENCE
    net = Network.build([2, 8, 1], hidden="identity", output="identity", init="xavier", seed=0)
    circle = {"name": "circle", "samples": 100, "noise": 0.0, "test_fraction": 0.25, "seed": 0}
    window.document.set_contents(net, training=dict(io.DEFAULT_TRAINING, optimizer={"name": "sgd", "lr": 50.0},
                                                    batch_size=10), dataset=circle)
    session = window.training
    qtbot.waitUntil(lambda: session.train is not None)
    with qtbot.waitSignal(session.run_ended, timeout=5000) as ended:
        session.play()
    assert ended.args == ["diverged"]
    learning = window.findChild(type(window.open_learning(DIVERGENCE)))
    qtbot.addWidget(learning)
    page = learning.divergence
    assert learning.tabs.currentIndex() == DIVERGENCE and page.result is not None and page.result.diverged
    text = page.details.text()
    assert "Where it started:" in text and "ran away" in text and "learning rate 50" in text
    # replayed from the weights the run started with, it overflows at the very step the run did
    step = re.search(r"step (\d+)", session.alert).group(1)
    assert f"stopped being finite at step {step}." in text
    assert page.result.norms.shape[1] == 2 and len(page.plot.getPlotItem().listDataItems()) == 2
    assert page.suggested is not None and page.suggested < 50
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    assert session.training_settings()["optimizer"]["lr"] == page.suggested


def test_many_outputs_pick_a_one_hot_target_by_class(window, qtbot):
    window.document.set_contents(Network.build([2, 3, 12], hidden="tanh", output="softmax", seed=0),
                                 training=dict(io.DEFAULT_TRAINING, loss="cross_entropy"))
    learning = window.open_learning(STEP)
    qtbot.addWidget(learning)
    source = learning.source
    assert not source.targets and source.target_class.isVisible()
    source.target_class.setValue(7)
    np.testing.assert_array_equal(source.batch().T, np.eye(12)[[7]])
    qtbot.waitUntil(lambda: learning.stepthrough.trace is not None and learning.stepthrough.trace.t[0, 7] == 1)


def test_a_large_network_waits_for_check_now_and_keeps_a_result_while_it_applies(window, qtbot, monkeypatch):
    import ui.learning.window as learning_window
    monkeypatch.setattr(learning_window, "AUTO_CHECK_PARAMETERS", 10)     # the textbook net (23) counts as large
    window.open_path(io.example_paths()["three_layer"])
    learning = window.open_learning(CHECK)
    qtbot.addWidget(learning)
    page = learning.gradcheck
    assert page.result is None and "23 parameters" in page.verdict.text() and "Check now" in page.verdict.text()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.result.passed
    learning.tabs.setCurrentIndex(STEP)
    learning.open_page(CHECK)
    assert page.result is not None and page.verdict.text().startswith("Passed")     # still valid: kept
    window.document.set_weight(LinkRef(0, 0, 0), 0.25)
    learning.refresh()
    assert page.result is None and "Check now" in page.verdict.text()              # stale: invitation again
