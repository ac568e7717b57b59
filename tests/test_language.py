"""The window speaks the learner's language: system locale, translated chrome, View → Language (issue 15)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from ui import i18n
from ui.main_window import MainWindow
from ui.selection import LinkRef

#: What the app's own chrome says in each language (menus as the glossary fixes them, docks, a tooltip).
EXPECTED = {
    "ja": dict(menus=["ファイル(&F)", "編集(&E)", "表示(&V)", "ネットワーク(&N)", "ヘルプ(&H)"],
               docks={"inspector": "インスペクタ", "examples": "例題", "inputs": "入力", "truth_table": "真理値表",
                      "outputs": "出力", "activation": "活性化関数"},
               zoom_tip="拡大", new_tip="新しいネットワークを作ります", status="パラメータ",
               undo="元に戻す 重み x1→x1 AND x2 の設定"),
    "fr": dict(menus=["&Fichier", "É&dition", "&Affichage", "&Réseau", "&Aide"],
               docks={"inspector": "Inspecteur", "examples": "Exemples", "inputs": "Entrées",
                      "truth_table": "Table de vérité", "outputs": "Sorties", "activation": "Fonction d'activation"},
               zoom_tip="Zoom avant", new_tip="Créer un réseau", status="paramètres",
               undo="Annuler réglage du poids x1→x1 AND x2"),
}
ENGLISH_MENUS = ["&File", "&Edit", "&View", "&Network", "&Help"]


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Lets a test pretend to run on another system; the real locale comes back afterwards."""
    try:
        yield
    finally:
        QLocale.setDefault(QLocale.system())


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("language, country, expected", [
    (QLocale.Language.Japanese, QLocale.Country.Japan, "ja"),
    (QLocale.Language.French, QLocale.Country.France, "fr"),
    (QLocale.Language.German, QLocale.Country.Germany, "en"),   # not spoken: the source language
])
def test_the_language_follows_the_system_locale(qapp, default_locale, language, country, expected):
    QLocale.setDefault(QLocale(language, country))
    assert i18n.saved_language() is None
    assert i18n.system_language() == expected and i18n.chosen_language() == expected


@pytest.mark.parametrize("code", ["ja", "fr"])
def test_the_main_window_speaks_the_installed_language(qtbot, speak, code):
    assert speak(code) == code and i18n.current_language() == code
    window = _window(qtbot)
    expected = EXPECTED[code]
    titles = _menu_titles(window)
    assert all(title in titles for title in expected["menus"]), titles
    assert not set(ENGLISH_MENUS) & set(titles)
    assert titles[0] == expected["menus"][0]   # File stays first
    for name, title in expected["docks"].items():
        assert window.findChild(type(window.inspector_dock), name).windowTitle() == title
    assert window.zoom_in_action.toolTip() == expected["zoom_tip"]   # the mnemonic "(&I)" / "&" is dropped
    assert expected["new_tip"] in window.new_action.toolTip()
    assert expected["status"] in window.summary_label.text()
    window.document.set_weight(LinkRef(0, 0, 0), 0.3)             # the undo step's name, translated too
    assert window.undo_action.text().startswith(i18n.translate("MainWindow", "&Undo"))
    assert window.undo_action.toolTip() == expected["undo"]


def test_english_comes_back_after_another_language(qtbot, speak):
    speak("fr")
    speak("en")
    titles = _menu_titles(_window(qtbot))
    assert all(title in titles for title in ENGLISH_MENUS), titles


def test_picking_japanese_saves_it_and_later_keeps_the_window_open(qtbot, monkeypatch):
    window = _window(qtbot)
    window.show()
    restarts = []
    monkeypatch.setattr(window.language_menu, "restart", lambda: restarts.append(True) or True)
    shown = []

    def answer_later(box: QMessageBox) -> int:
        shown.append(box)
        later = next(button for button in box.buttons() if button.text() == "Later")
        later.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_later)
    japanese = window.language_menu.actions_by_code["ja"]
    assert japanese.text() == "日本語"
    japanese.trigger()
    assert i18n.saved_language() == "ja" and japanese.isChecked()
    assert len(shown) == 1
    assert "日本語" in shown[0].text() and "next time it starts" in shown[0].text()
    assert not restarts and window.isVisible()
    assert i18n.current_language() == "en"   # applied after a restart, not now


def test_dialogs_and_the_tour_speak_french(qtbot, speak, tmp_path):
    from ui.about import about_box
    from ui.csv_import_dialog import CsvImportDialog
    from ui.help_texts import tour_html
    from ui.new_network_dialog import NewNetworkDialog

    speak("fr")
    dialog = NewNetworkDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouveau réseau" and dialog.dataset.itemText(0) == "Choisir plus tard"
    dialog.sizes.setText("2-x")
    dialog.accept()
    assert dialog.error.text().startswith("écrivez les tailles des couches")
    box = about_box(None)
    qtbot.addWidget(box)
    assert box.windowTitle() == "À propos de Synaptica" and "Licence MIT" in box.text()
    assert "Un perceptron est une porte logique." in tour_html()
    table = tmp_path / "points.csv"
    table.write_text("x,y,colour,label\n0.1,0.2,red,0\n0.3,0.4,blue,1\n")
    csv = CsvImportDialog(table)
    qtbot.addWidget(csv)
    assert csv.windowTitle() == "Importer points.csv" and csv.import_button.text() == "Importer"
    assert csv.table.horizontalHeaderItem(2).text() == "colour (ignorée)"


def test_restart_now_closes_the_window_and_starts_synaptica_again_on_the_same_file(qtbot, monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtCore import QProcess

    from simulator import io

    window = _window(qtbot)
    window.show()
    saved = tmp_path / "mine.json"
    io.save(saved, window.document.network)
    window.open_path(saved)
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, arguments, folder: started.append(
        (program, arguments, folder)) or (True, 4242))

    def answer_restart(box: QMessageBox) -> int:
        next(button for button in box.buttons() if button.text() == "Restart now").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_restart)
    window.language_menu.actions_by_code["fr"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert i18n.saved_language() == "fr"
    [(program, arguments, folder)] = started
    assert arguments == ["-m", "ui", str(saved)]
    assert (Path(folder) / "ui" / "__main__.py").is_file()      # `-m ui` finds the package from there


def test_restart_waits_for_the_user_who_keeps_unsaved_changes(qtbot, monkeypatch):
    from PySide6.QtCore import QProcess

    window = _window(qtbot)
    window.show()
    window.document.set_weight(LinkRef(0, 0, 0), 0.25)           # unsaved work
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Cancel)
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *args: started.append(args) or (True, 1))
    assert window.language_menu.restart() is False
    assert window.isVisible() and not started
