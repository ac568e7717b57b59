"""The canvas, the panels and the plots speak Japanese and French (issue 15), found in the real widgets."""
import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import io
from ui import i18n
from ui.main_window import MainWindow
from ui.selection import LinkRef, NeuronRef

#: language → texts each view must show once that language is installed.
EXPECTED = {
    "ja": {
        "truth_headers": ["x1", "x2", "x1 AND x2", "目標", "一致"],
        "no_gate": "なし",
        "summary": "✓ 現在 4/4 正解",
        "computes": "現在のゲート: <b>AND</b>",
        "outputs_title": "出力（step）",
        "caption": "出力層 · step",
        "neuron_tip": ("x1 AND x2 — 出力層、ニューロン 1", "ただし x1 = 1, x2 = 1",
                       "クリックで選択して、バイアスや活性化関数を編集できます。"),
        "link_tip": "クリックでこの重みを選択して編集できます。",
        "legend": "正の重み",
        "binary": "2値 0/1",
        "derivative": "導関数を表示",
        "loss_note": "まだ学習していません。",
        "loss_axis": "損失",
        "probe_label": "サンプル",
        "probe_count": "/ {n}（テストデータ）",
        "probe_title": "テストデータ #1: 正解 <b>",
        "boundary_legend": "訓練",
    },
    "fr": {
        "truth_headers": ["x1", "x2", "x1 AND x2", "cible", "correct"],
        "no_gate": "aucune",
        "summary": "✓ 4/4 justes",
        "computes": "calcule\u00a0: <b>AND</b>",
        "outputs_title": "sorties (step)",
        "caption": "sortie · step",
        "neuron_tip": ("x1 AND x2 — neurone 1 (sortie)", "où x1 = 1, x2 = 1",
                       "Cliquez pour le sélectionner et modifier son biais ou son activation."),
        "link_tip": "Cliquez pour sélectionner ce poids et le modifier.",
        "legend": "poids positif",
        "binary": "binaire 0/1",
        "derivative": "afficher la dérivée",
        "loss_note": "Pas encore d'entraînement.",
        "loss_axis": "perte",
        "probe_label": "Échantillon",
        "probe_count": "sur {n} (test)",
        "probe_title": "Test nº 1\u00a0: attendu <b>",
        "boundary_legend": "entraînement",
    },
}


@pytest.fixture
def speaking(qtbot, request, speak):
    """A main window built after installing the language (as the app does at start); English again afterwards."""
    speak(request.param)
    window = MainWindow()
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.resize(1280, 800)
    return request.param, window


@pytest.mark.parametrize("speaking", ["ja", "fr"], indirect=True)
def test_truth_table_outputs_and_canvas_speak_the_language(speaking):
    language, window = speaking
    want = EXPECTED[language]
    window.open_path(io.example_paths()["and"])
    window.document.set_inputs([1, 1])

    table = window.truth_table
    headers = [table.table.horizontalHeaderItem(c).text() for c in range(table.table.columnCount())]
    assert headers == want["truth_headers"]
    assert table.gate_combo.itemText(0) == want["no_gate"]
    assert table.summary.text() == want["summary"]
    assert table.computes.text() == want["computes"]
    assert window.outputs_panel.title.text() == want["outputs_title"]
    assert window.inputs_panel.binary_switch.text() == want["binary"]
    assert window.activation_plot.derivative_box.text() == want["derivative"]

    scene = window.view.scene()
    assert [c.text for c in scene.caption_items][-1] == want["caption"]
    neuron_tip = scene.describe(NeuronRef(1, 0))
    assert all(part in neuron_tip for part in want["neuron_tip"]), neuron_tip
    assert "a = 0.5·x1 + 0.5·x2 − 0.7 = 0.3 → step(a) = 1" in neuron_tip   # formulas stay as they are
    assert scene.describe(LinkRef(0, 0, 0)).endswith(want["link_tip"])
    assert want["legend"] in window.view.legend._texts()[0]


@pytest.mark.parametrize("speaking", ["ja", "fr"], indirect=True)
def test_training_plots_speak_the_language(speaking, qtbot):
    language, window = speaking
    want = EXPECTED[language]
    window.open_path(io.example_paths()["spiral"])
    plots = window.training.plots
    loss, probability, boundary = plots["loss"], plots["probability"], plots["boundary"]
    assert loss.empty_note.text().startswith(want["loss_note"])
    assert loss.loss_plot.getAxis("left").labelText == want["loss_axis"]
    assert probability.sample_label.text() == want["probe_label"]
    assert probability.count_label.text() == want["probe_count"].format(n=window.training.test.n_samples)
    probability.refresh()
    assert probability.title.text().startswith(want["probe_title"]), probability.title.text()
    boundary.refresh()
    assert want["boundary_legend"] in boundary.legend.text()


def test_english_is_back_after_another_language(qtbot):
    i18n.install("fr")
    i18n.install("en")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.truth_table.table.horizontalHeaderItem(3).text() == "target"
    assert window.outputs_panel.title.text() == "outputs (step)"


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_bar_labels_stay_inside_their_plots(speaking, qtbot):
    """Ten narrow bars: "100%" over the first (outputs) or the last (probe) bar used to be cut at the plot's edge,
    and labels wider than their slots ran into each other."""
    _language, window = speaking
    window.show()
    window.open_path(io.example_paths()["digits"])
    outputs, probability = window.outputs_dock, window.training.plots["probability"]
    outputs.raise_()
    window.training.set_probe(0)   # the first test sample: a 9, the last bar, predicted at 100 %
    probability.refresh()

    def labels_inside() -> None:
        assert outputs.isVisible() and probability.isVisible()
        for plot, labels in ((window.outputs_panel.plot, window.outputs_panel.value_texts),
                             (probability.plot, [probability.value_text])):
            inside = plot.getViewBox().sceneBoundingRect()
            for label in (label for label in labels if label.isVisible()):
                box = label.textItem.mapRectToScene(label.textItem.boundingRect())
                assert inside.left() - 0.5 <= box.left() and box.right() <= inside.right() + 0.5, (
                    label.toPlainText(), box, inside)

    qtbot.waitUntil(labels_inside)   # once the docks are laid out
    shown = [label.textItem.mapRectToScene(label.textItem.boundingRect())
             for label in window.outputs_panel.value_texts if label.isVisible()]
    assert shown and not any(a.intersects(b) for i, a in enumerate(shown) for b in shown[i + 1:])   # never run together
    assert probability.value_text.toPlainText() == "100 %"
    best = window.outputs_panel.value_texts[0]   # digit 0 at 100 %: the largest output always keeps its label
    assert best.isVisible() and best.toPlainText() == "100%"
