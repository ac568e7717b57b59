"""Engine messages reach the learner in Japanese and French through ui.i18n.engine_text (issue 15).

Real engine errors (a malformed network file, a bad CSV file), a diagnosis with its fix label and
the bundled examples' names are translated with their values filled in; English stays the source.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from simulator import csv_import, datasets, diagnose, io
from simulator.network import Network
from ui import i18n

BAD_ACTIVATION = {"format": "synaptica-network", "version": 1,
                  "layers": [{"size": 2}, {"size": 1, "activation": "sigmod", "weights": [[1], [1]], "biases": [0]}]}


def _network_error(tmp_path: Path) -> io.NetworkFileError:
    path = tmp_path / "net.json"
    path.write_text(json.dumps(BAD_ACTIVATION))
    with pytest.raises(io.NetworkFileError) as caught:
        io.load(path)
    return caught.value


def _csv_error(tmp_path: Path) -> datasets.DatasetError:
    path = tmp_path / "data.csv"
    path.write_text("a,b,label\n1,2,0\n1,x,1\n")
    with pytest.raises(datasets.DatasetError) as caught:
        csv_import.load(path)
    return caught.value


def _diagnosis() -> diagnose.Diagnosis:
    net = Network.build([1, 4, 1], hidden="tanh", output="identity", seed=0)
    X = np.linspace(-1, 1, 20).reshape(-1, 1)
    losses = [1.0, 0.5, 0.4, 0.6, 0.9, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0]
    found = diagnose.diagnose(net, X, np.sin(3 * X), losses, {"optimizer": {"name": "sgd", "lr": 2.0}})
    return next(d for d in found if d.code == "lr_too_large")


def test_english_is_the_engine_text_unchanged(speak, tmp_path: Path) -> None:
    speak("en")
    error = _network_error(tmp_path)
    assert i18n.engine_text(error) == str(error)
    assert i18n.engine_text(_diagnosis().fix.label) == "Use learning rate 0.2 and start again"


def test_japanese_engine_messages_with_their_values(speak, tmp_path: Path) -> None:
    speak("ja")
    shown = i18n.engine_text(_network_error(tmp_path))
    assert shown.startswith("net.json: layers[1].activation: "
                            "不明な活性化関数 'sigmod' です ('sigmoid' のことですか?)。")
    assert i18n.engine_text(_csv_error(tmp_path)) == "data.csv 3 行目: 2 列目の 'x' は数ではありません"
    diagnosis = _diagnosis()
    assert i18n.engine_text(diagnosis.message).startswith(
        "学習率 2 は大きすぎます: 損失が 8 まで上がり、最良値 (0.4) の 20.0 倍になりました。")
    assert i18n.engine_text(diagnosis.fix.label) == "学習率 0.2 でやり直す"
    assert i18n.engine_text("XOR from NAND, OR and AND") == "NAND・OR・AND で作る XOR"   # an example's name


def test_french_engine_messages_with_their_values(speak, tmp_path: Path) -> None:
    speak("fr")
    shown = i18n.engine_text(_network_error(tmp_path))
    assert shown.startswith("net.json\u00a0: layers[1].activation\u00a0: fonction d'activation inconnue 'sigmod' "
                            "('sigmoid' peut-être\u00a0?)\u00a0; choisissez parmi ")
    assert i18n.engine_text(_csv_error(tmp_path)) == "data.csv ligne 3\u00a0: colonne 2, 'x' n'est pas un nombre"
    diagnosis = _diagnosis()
    assert i18n.engine_text(diagnosis.message).startswith(
        "Le taux d'apprentissage 2 est trop grand\u00a0: la perte est montée à 8, 20.0 × sa meilleure valeur (0.4).")
    assert i18n.engine_text(diagnosis.fix.label) == "Taux d'apprentissage 0.2 et recommencer"
    assert i18n.engine_text(datasets.make("circle").description).startswith("Deux classes en 2-D")


def test_every_example_name_and_description_is_translated(speak) -> None:
    examples = [json.loads(path.read_text(encoding="utf-8")) for path in io.example_paths().values()]
    texts = [doc[key] for doc in examples for key in ("name", "description") if doc.get(key)]
    assert len(texts) >= 14
    for language in ("ja", "fr"):
        speak(language)
        untranslated = [text for text in texts if i18n.engine_text(text) == text]
        assert not untranslated, f"{language}: {untranslated}"
