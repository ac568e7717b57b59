"""The Learn window and the Labs speak Japanese and French (issue 15), through their real widgets.

The translator is installed before the main window is built (as at start-up), and English is put
back afterwards so the other tests read English.
"""
import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import Network, io
from ui.learning.window import CHECK, STEP
from ui.main_window import MainWindow

# What each language must show: the book's terms where the glossary has them.
EXPECTED = {
    "ja": {
        "learn_menu": "学習のしくみ(&L)", "labs_menu": "実験室(&L)", "check_action": "勾配確認(&G)…",
        "step_tab": "ステップ実行", "check_tab": "勾配確認", "apply": "この更新を適用",
        "step_of": "ステップ 1 / ", "input_step": "1. 入力", "backward": "逆伝播 1/3：",
        "backward_words": "ニューロンの和 a", "source": "現在の入力", "header": "相対誤差",
        "table_ok": "OK", "summary": "しきい値", "wrong": "誤った微分を試す",
        "gallery": "活性化関数 h(a) とその微分 h′(a)", "softmax_tip": "最大のものが 0 になります",
        "start_race": "▶ 競走開始", "race_header": "テスト認識精度", "race_tab": "最適化手法の競走",
    },
    "fr": {
        "learn_menu": "A&pprentissage", "labs_menu": "Ate&liers", "check_action": "Vérification du &gradient…",
        "step_tab": "Pas à pas", "check_tab": "Vérification du gradient", "apply": "Appliquer cette mise à jour",
        "step_of": "Étape 1 sur ", "input_step": "1. Entrée", "backward": "Arrière 1/3\u00a0:",
        "backward_words": "la somme a d'un neurone", "source": "Entrées actuelles", "header": "erreur relative",
        "table_ok": "ok", "summary": "seuil", "wrong": "Essayer une dérivée fausse",
        "gallery": "Fonctions d'activation h(a) et leurs dérivées h′(a)", "softmax_tip": "le plus grand devient 0",
        "start_race": "▶ Lancer la course", "race_header": "exactitude test", "race_tab": "Course d'optimiseurs",
    },
}


@pytest.fixture(params=["ja", "fr"])
def language(request, speak):
    speak(request.param)
    return request.param


@pytest.fixture
def window(language, qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    yield w
    w.labs.shutdown()


def test_learn_and_labs_menus_are_translated_and_labs_stays_before_help(window, language):
    want = EXPECTED[language]
    titles = [a.text() for a in window.menuBar().actions()]
    assert want["learn_menu"] in titles and want["labs_menu"] in titles
    help_index = next(i for i, a in enumerate(window.menuBar().actions())
                      if a.menu() is not None and window.about_action in a.menu().actions())
    assert titles.index(want["labs_menu"]) < help_index and titles.index(want["learn_menu"]) < help_index
    assert want["check_action"] in [a.text() for a in window.learn_menu.actions()]


def test_step_through_explains_the_backward_pass_in_the_language(window, language, qtbot):
    want = EXPECTED[language]
    window.open_path(io.example_paths()["three_layer"])     # the book's 2-3-2-2 network
    window.document.set_inputs([1.0, 0.5])
    learning = window.open_learning(STEP)
    qtbot.addWidget(learning)
    learning.source.set_targets([1.0, 0.0])
    page = learning.stepthrough
    qtbot.waitUntil(lambda: page.trace is not None and not learning._pending.isActive())
    assert learning.tabs.tabText(STEP) == want["step_tab"] and learning.tabs.tabText(CHECK) == want["check_tab"]
    assert page.apply.text() == want["apply"]
    assert learning.source.mode.itemText(0) == want["source"]
    assert page.step_picker.itemText(0) == want["input_step"]
    assert want["step_of"] in page.explanation.text()
    backward = next(i for i, s in enumerate(page.steps) if s.kind == "backward")
    page.go(backward)
    text = page.explanation.text()
    assert want["backward"] in text and want["backward_words"] in text
    assert "dA3, dW3 = Z2ᵀ·dA3, dB3" in text                 # the formula itself stays as it is


def test_gradient_check_result_is_translated(window, language, qtbot):
    want = EXPECTED[language]
    net = Network.build([2, 4, 3], hidden="tanh", output="softmax", init="xavier", seed=2)
    window.document.set_contents(net, training=dict(io.DEFAULT_TRAINING, loss="cross_entropy"))
    learning = window.open_learning(CHECK)
    qtbot.addWidget(learning)
    page = learning.gradcheck
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.result.passed
    assert page.table.horizontalHeaderItem(3).text() == want["header"]
    assert page.table.item(0, 4).text() == want["table_ok"]
    assert want["summary"] in page.summary.text() and "0.0001" in page.summary.text()
    assert page.wrong.text().startswith(want["wrong"])


def test_labs_show_translated_titles_buttons_and_tooltips(window, language, qtbot):
    want = EXPECTED[language]
    gallery = window.labs.open_lab("activations")
    assert gallery.gallery.title() == want["gallery"]
    assert want["softmax_tip"] in gallery.softmax.table.horizontalHeaderItem(1).toolTip()
    race = window.labs.open_lab("race")
    assert race.start_button.text() == want["start_race"]
    assert race.table.horizontalHeaderItem(4).text() == want["race_header"]
    tabs = window.labs.tabs
    assert tabs.tabText(tabs.indexOf(race)) == want["race_tab"]
