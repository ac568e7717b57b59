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
