"""The "New network" dialog: the dataset to learn, layer sizes, activations, initialisation and seed.

Picking a dataset fills in the network the engine proposes for it (`simulator.recipes`); the new
document then carries that dataset and the training recipe, so Play learns straight away.
"""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout)

from simulator import Network, activations, datasets, dataspec, init, io, recipes

from .i18n import engine_text, translate

_SIZES = re.compile(r"^\s*\d+(\s*[-,x ]\s*\d+)+\s*$")


def parse_sizes(text: str) -> list[int]:
    """'2-8-8-1' (or '2, 8, 8, 1') -> [2, 8, 8, 1]; ValueError with a plain reason otherwise."""
    if not _SIZES.match(text):
        raise ValueError(translate("NewNetworkDialog", "write the layer sizes from inputs to outputs, e.g. 2-3-1"))
    sizes = [int(s) for s in re.split(r"[-,x ]+", text.strip())]
    if min(sizes) < 1:
        raise ValueError(translate("NewNetworkDialog", "every layer needs at least one neuron"))
    if max(sizes) > 4096:
        raise ValueError(translate("NewNetworkDialog", "layers are limited to {0} neurons here").format(4096))
    return sizes


class NewNetworkDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("NewNetworkDialog", "New network"))
        self.dataset = QComboBox()
        self.dataset.addItem(translate("NewNetworkDialog", "Choose later"), "")
        for name in datasets.NAMES:
            self.dataset.addItem(engine_text(dataspec.label(name)), name)
        self.dataset.setToolTip(translate("NewNetworkDialog", "What the network will learn: picks a network that can "
                                                              "learn it and the training settings (loss, optimizer, "
                                                              "learning rate) that work"))
        self.sizes = QLineEdit("2-3-1")
        self.sizes.setToolTip(translate("NewNetworkDialog", "Neurons per layer from inputs to outputs, e.g. 2-8-8-1"))
        self.hidden = QComboBox()
        self.hidden.addItems(activations.HIDDEN_ACTIVATIONS)
        self.hidden.setCurrentText("sigmoid")
        self.hidden.setToolTip(translate("NewNetworkDialog", "Activation function of every hidden layer"))
        self.output = QComboBox()
        self.output.addItems(activations.NAMES)
        self.output.setCurrentText("sigmoid")
        self.output.setToolTip(translate("NewNetworkDialog", "Activation function of the output layer (softmax turns "
                                                             "scores into probabilities)"))
        self.init = QComboBox()
        self.init.addItems(init.NAMES)
        self.init.setCurrentText("xavier")
        self.init.setToolTip(translate("NewNetworkDialog", "How the starting weights are drawn: zeros, normal "
                                                           "(std 0.01), xavier √(1/n), he √(2/n)"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate("NewNetworkDialog", "Random seed: the same seed always gives the same "
                                                           "starting weights"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #D55E00")
        self.error.setWordWrap(True)   # a mismatch explained in full must not stretch the dialog off the screen
        form = QFormLayout()
        form.addRow(translate("NewNetworkDialog", "Dataset"), self.dataset)
        form.addRow(translate("NewNetworkDialog", "Layer sizes"), self.sizes)
        form.addRow(translate("NewNetworkDialog", "Hidden activation"), self.hidden)
        form.addRow(translate("NewNetworkDialog", "Output activation"), self.output)
        form.addRow(translate("NewNetworkDialog", "Initialisation"), self.init)
        form.addRow(translate("NewNetworkDialog", "Seed"), self.seed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.sizes.textChanged.connect(lambda _t: self.error.clear())
        self.dataset.currentIndexChanged.connect(self._dataset_picked)

    def data(self) -> datasets.Dataset | None:
        name = self.dataset.currentData()
        return dataspec.load(dataspec.defaults(name)) if name else None

    def _dataset_picked(self, _index: int) -> None:
        data = self.data()
        if data is None:
            return
        sizes = recipes.propose(data)
        self.sizes.setText("-".join(map(str, sizes)))
        net, training = recipes.new_network(sizes, data, seed=self.seed.value())
        self.hidden.setCurrentText(net.layers[0].activation if len(net.layers) > 1 else "sigmoid")
        self.output.setCurrentText(net.layers[-1].activation)
        self.init.setCurrentText(training["init"])

    def contents(self) -> dict:
        """Keyword arguments for Document.set_contents: the network, its name, training and dataset settings."""
        net = self.network()
        data = self.data()
        shape = "-".join(map(str, net.sizes))
        if data is None:
            title = translate("NewNetworkDialog", "New {0} network").format(shape)
            return dict(network=net, name=title, training=dict(io.DEFAULT_TRAINING, init=self.init.currentText(),
                                                                 seed=self.seed.value()))
        training = recipes.recipe(data, net).training(seed=self.seed.value())
        training["init"] = self.init.currentText()
        title = translate("NewNetworkDialog", "New {shape} network for {dataset}").format(
            shape=shape, dataset=engine_text(dataspec.label(data.name)))
        return dict(network=net, name=title, training=training,
                    dataset=dataspec.defaults(data.name), labels=dataspec.layer_labels(data, net))

    def network(self) -> Network:
        """The network described by the dialog; ValueError if the sizes are not valid."""
        return Network.build(parse_sizes(self.sizes.text()), hidden=self.hidden.currentText(),
                             output=self.output.currentText(), init=self.init.currentText(),
                             seed=self.seed.value())

    def accept(self) -> None:
        try:
            net = self.network()
            data = self.data()
            if data is not None:
                found = dataspec.mismatch(data, net)
                if found:
                    proposal = "-".join(map(str, recipes.propose(data)))
                    raise ValueError(translate("NewNetworkDialog", "{problems} For example: {proposal}.").format(
                        problems=" ".join(engine_text(problem) for problem in found), proposal=proposal))
        except ValueError as error:
            self.error.setText(engine_text(error))   # the engine's (Network.build) or ours, already translated
            self.adjustSize()                         # taller, so the wrapped reason shows in full
            return
        super().accept()
