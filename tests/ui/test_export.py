"""File → Export and opening other tools' networks in the app (issue 13), through the real menus and dialogs."""
from __future__ import annotations

import csv
import importlib.util
import pickle
import runpy

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from simulator import Network, convert, io
from ui.export import ActivationsDialog
from ui.main_window import MainWindow
from ui.selection import LinkRef


@pytest.fixture
def window(qtbot):
    w = MainWindow(io.example_paths()["three_layer"])
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    return w


def export_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    (menu,) = [a.menu() for a in file_menu.actions() if a.menu() is not None and a.text() == "&Export"]
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def answer_save_dialog(monkeypatch, path, chosen_filter=""):
    asked = {}

    def save_dialog(parent, title, start, file_filter, *rest):
        asked.update(title=title, start=start, filter=file_filter)
        return str(path), chosen_filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    return asked


def test_the_export_menu_offers_every_format_image_and_the_history(window):
    texts = list(export_menu(window))
    assert texts == ["&NumPy script (.py)…", "&PyTorch script (.py)…", "&ONNX model (.onnx)…",
                     "NumPy &weights (.npz)…", "Network canvas (PNG, SVG)…", "Loss plot (PNG, SVG)…",
                     "Probe sample plot (PNG, SVG)…", "Decision boundary (PNG, SVG)…", "Loss &history (.csv)…"]


def test_exporting_a_numpy_script_from_the_menu(window, tmp_path, monkeypatch):
    asked = answer_save_dialog(monkeypatch, tmp_path / "three")  # no extension typed: .py is added
    export_menu(window)["&NumPy script (.py)…"].trigger()
    assert "NumPy script (*.py)" in asked["filter"] and asked["start"].endswith("three_layer.py")
    script = tmp_path / "three.py"
    namespace = runpy.run_path(str(script), run_name="exported")
    y = namespace["forward"](namespace["init_network"](), np.array([1.0, 0.5]))
    np.testing.assert_allclose(y, [0.31682708, 0.69627909], rtol=1e-7)  # the textbook's printed values
    assert "python three.py 0.5 0.5" in window.exporter.last_message


def test_exporting_onnx_from_the_menu_runs_in_onnxruntime(window, tmp_path, monkeypatch):
    ort = pytest.importorskip("onnxruntime")
    window.document.set_weight(LinkRef(0, 0, 1), -0.75)
    answer_save_dialog(monkeypatch, tmp_path / "net.onnx")
    export_menu(window)["&ONNX model (.onnx)…"].trigger()
    X = np.array([[1.0, 0.5], [-2.0, 0.25]])
    session = ort.InferenceSession(str(tmp_path / "net.onnx"), providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(session.run(None, {"x": X.astype(np.float32)})[0], window.document.network.forward(X),
                               atol=1e-5)


def test_without_onnx_the_menu_item_says_what_to_install(window, tmp_path, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnx" else real(name, *a))
    answer_save_dialog(monkeypatch, tmp_path / "net.onnx")
    window.exporter.update_actions()
    action = export_menu(window)["&ONNX model (.onnx)…"]
    assert "pip install onnx onnxruntime" in action.toolTip()
    action.trigger()
    assert "needs the onnx package" in window.exporter.last_message
    assert convert.INSTALL_HINT in window.exporter.last_message
    assert not (tmp_path / "net.onnx").exists()


@pytest.mark.parametrize("item", ["Network canvas (PNG, SVG)…", "Loss plot (PNG, SVG)…",
                                  "Probe sample plot (PNG, SVG)…", "Decision boundary (PNG, SVG)…"])
def test_canvas_and_plots_export_as_png_and_svg(window, qtbot, tmp_path, monkeypatch, item):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for suffix in (".png", ".svg"):
        path = tmp_path / f"picture{suffix}"
        answer_save_dialog(monkeypatch, path)
        export_menu(window)[item].trigger()
        assert path.exists(), window.exporter.last_message
        if suffix == ".png":
            image = QImage(str(path))
            assert image.width() > 100 and image.height() > 100
            colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
            assert len(colours) > 3, "the picture is blank"
        else:
            assert path.read_bytes().startswith(b"<?xml") and QSvgRenderer(str(path)).isValid()


def test_an_image_name_without_extension_gets_the_chosen_file_type(window, tmp_path, monkeypatch):
    answer_save_dialog(monkeypatch, tmp_path / "canvas", "SVG image (*.svg)")
    export_menu(window)["Network canvas (PNG, SVG)…"].trigger()
    assert QSvgRenderer(str(tmp_path / "canvas.svg")).isValid()
    answer_save_dialog(monkeypatch, tmp_path / "canvas", "PNG image (*.png)")
    export_menu(window)["Network canvas (PNG, SVG)…"].trigger()
    assert not QImage(str(tmp_path / "canvas.png")).isNull()


def test_loss_history_exports_as_csv_once_there_is_one(window, tmp_path, monkeypatch):
    action = export_menu(window)["Loss &history (.csv)…"]
    window.exporter.update_actions()
    assert not action.isEnabled() and "train the network first" in action.toolTip()
    rows = [(1, 0.5, 0.6, 0.25, None), (2, 0.25, 0.375, 0.5, None)]
    network = window.document.network
    window.document.show_training_progress([(l.W, l.b) for l in network.layers], rows)
    window.exporter.update_actions()
    assert action.isEnabled()
    answer_save_dialog(monkeypatch, tmp_path / "history.csv")
    action.trigger()
    with open(tmp_path / "history.csv", newline="") as f:
        table = list(csv.reader(f))
    assert table == [["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"],
                     ["1", "0.5", "0.6", "0.25", ""], ["2", "0.25", "0.375", "0.5", ""]]


# ---------------------------------------------------------------- opening

def test_the_open_dialog_accepts_other_tools_files(window, tmp_path, monkeypatch):
    np.savez(tmp_path / "w.npz", W1=np.eye(2), b1=np.ones(2), activations=np.array(["relu"]))
    seen = {}

    def open_dialog(parent, title, start, file_filter, *rest):
        seen["filter"] = file_filter
        return str(tmp_path / "w.npz"), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    window.open_action.trigger()
    assert all(f"*.{ext}" in seen["filter"] for ext in ("json", "onnx", "npz", "pkl"))
    assert window.document.sizes == [2, 2] and window.document.activation(1) == "relu"
    assert window.document.path is None  # Save asks where to keep it as a Synaptica file
    assert str((tmp_path / "w.npz").resolve()) in window.recent_files()


def test_opening_a_textbook_pickle_asks_for_the_activations(window, tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    weights = {"W1": rng.normal(size=(4, 3)).astype(np.float32), "b1": np.zeros(3, np.float32),
               "W2": rng.normal(size=(3, 2)).astype(np.float32), "b2": np.zeros(2, np.float32)}
    (tmp_path / "sample_weight.pkl").write_bytes(pickle.dumps(weights))
    shown = []

    def answer(dialog):
        shown.append(dialog)
        assert dialog.output.currentText() == "softmax" and dialog.hidden.currentText() == "sigmoid"
        dialog.hidden.setCurrentText("tanh")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ActivationsDialog, "exec", answer)
    assert window.open_path(tmp_path / "sample_weight.pkl")
    assert len(shown) == 1
    net = window.document.network
    assert net.sizes == [4, 3, 2] and [l.activation for l in net.layers] == ["tanh", "softmax"]
    np.testing.assert_array_equal(net.layers[0].W, weights["W1"].astype(float))
    assert window.document.meta.name == "sample_weight" and window.document.meta.training["loss"] == "cross_entropy"


def test_cancelling_the_activations_keeps_the_current_network(window, tmp_path, monkeypatch):
    (tmp_path / "w.pkl").write_bytes(pickle.dumps({"W1": np.ones((2, 1)), "b1": np.zeros(1)}))
    monkeypatch.setattr(ActivationsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = window.document.sizes
    assert not window.open_path(tmp_path / "w.pkl")
    assert window.document.sizes == before


def test_opening_a_model_the_canvas_cannot_show_names_the_operator(window, tmp_path):
    pytest.importorskip("onnx")
    from tests.simulator.test_convert import conv_model
    import onnx
    onnx.save(conv_model(), tmp_path / "cnn.onnx")
    before = window.document.sizes
    assert not window.open_path(tmp_path / "cnn.onnx")
    assert "Conv" in window.last_error and "cnn.onnx" in window.last_error
    assert window.document.sizes == before


def test_an_exported_onnx_opens_again(window, tmp_path, monkeypatch):
    pytest.importorskip("onnx")
    net = Network.build([3, 4, 2], hidden="leaky_relu", output="softmax", seed=3)
    convert.write(tmp_path / "n.onnx", net)
    assert window.open_path(tmp_path / "n.onnx")
    assert window.document.sizes == [3, 4, 2]
    assert [window.document.activation(k) for k in (1, 2)] == ["leaky_relu", "softmax"]
