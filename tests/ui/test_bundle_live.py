"""Large link bundles follow training at a low rate, yet show exactly the paused weights."""
import multiprocessing

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import Network

SPIRAL = {"name": "spiral", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
TRAINING = {"loss": "binary_cross_entropy", "optimizer": {"name": "sgd", "lr": 0.03}, "batch_size": 10,
            "epochs": 100_000, "init": "xavier", "seed": 0, "weight_decay": 0.0}


@pytest.fixture
def window(qtbot, monkeypatch):
    from ui.canvas import bundle_pacing
    from ui.main_window import MainWindow

    monkeypatch.setattr(bundle_pacing, "MIN_INTERVAL_S", 1e6)   # while training, bundles would never catch up
    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    network = Network.build([2, 30, 30, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    win.document.set_contents(network, name="Wide spiral", training=TRAINING, dataset=SPIRAL)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.training.stop()
    assert multiprocessing.active_children() == []


def test_the_bundle_shows_the_trained_weights_after_a_pause(qtbot, window):
    session, document = window.training, window.document
    bundle = window.view.scene().bundle_items[0]                # 30 × 30 links: drawn as one bundle
    assert bundle.layer == 1
    before = document.network.layers[1].W.copy()
    np.testing.assert_array_equal(bundle.shown_weights, before)
    session.play()
    qtbot.waitUntil(lambda: session.epoch >= 5, timeout=10_000)
    assert window.view.scene().bundle_pacer.live
    session.pause()
    trained = document.network.layers[1].W
    assert not np.array_equal(trained, before)
    np.testing.assert_array_equal(bundle.shown_weights, trained)


def test_a_draft_density_carries_the_same_weight_as_the_full_one(qtbot):
    from PySide6.QtGui import QColor

    from ui.canvas.bundle import LinkBundleItem

    rng = np.random.default_rng(0)
    sources = np.c_[np.zeros(784), np.linspace(0, 700, 784)]
    targets = np.c_[np.full(100, 300.0), np.linspace(0, 700, 100)]
    W = rng.normal(size=(784, 100)) * rng.random((784, 1))
    bundle = LinkBundleItem(0, sources, targets)
    bundle.set_weights(W, np.abs(W).max(), QColor("white"), QColor("gray"), draft=True)
    positive, negative = bundle._density()                       # nearby sources merged into bands
    bundle.DRAFT_SOURCE_GROUPS = 10 ** 6
    exact_positive, exact_negative = bundle._density()           # every link on its own
    assert positive.sum() == pytest.approx(exact_positive.sum())
    assert negative.sum() == pytest.approx(exact_negative.sum())
    # Seen at 8 image rows per cell (a few screen pixels), the two pictures agree closely.
    coarse, exact = positive.reshape(128, 8, -1).sum(1), exact_positive.reshape(128, 8, -1).sum(1)
    assert np.abs(coarse - exact).mean() < 0.06 * exact.mean()
