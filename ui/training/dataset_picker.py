"""The training panel's data part: the dataset picker (built-ins, CSV and IDX imports), the data
details form and the dataset description. A mixin of `TrainingPanel` (ui/training/panel.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDoubleSpinBox, QFileDialog, QLabel, QMessageBox, QSizePolicy,
                               QSpinBox)

from simulator import datasets, dataspec
from simulator.datasets import DatasetError

from ..csv_import_dialog import CsvImportDialog
from ..i18n import engine_text, sentences, translate
from ..widgets import dim
from .eliding_combo import ElidingComboBox

IMPORT_CSV = "__import_csv__"
IMPORT_IDX = "__import_idx__"


class DatasetPicker:
    """Data controls of the TrainingPanel (expects its session, _group(), _sync() and _syncing)."""

    def _build_data_group(self) -> None:
        self.data_form = form = self._group(translate("DatasetPicker", "Data"),
                                            translate("DatasetPicker", "What the network learns from"))
        self.dataset_combo = ElidingComboBox(minimum_characters=12)
        self.dataset_combo.setToolTip(translate("DatasetPicker",
                                                "The dataset to train on; the description below says what it is"))
        self.dataset_combo.activated.connect(self._dataset_picked)
        form.addRow(translate("DatasetPicker", "Dataset"), self.dataset_combo)
        self.description = dim(QLabel())
        self.description.setWordWrap(True)
        self.description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        form.addRow(self.description)

    def _build_details_group(self) -> None:
        self.details_form = form = self._group(translate("DatasetPicker", "Data details"),
                                               translate("DatasetPicker", "How the data is generated and split"))
        self.samples_spin = QSpinBox()
        self.samples_spin.setRange(2, 100_000)
        self.samples_spin.setSingleStep(50)
        self.samples_spin.setToolTip(translate("DatasetPicker",
                                               "How many points to generate (train and test together)"))
        self.samples_spin.valueChanged.connect(lambda v: self._dataset_edited(samples=v))
        form.addRow(translate("DatasetPicker", "Samples"), self.samples_spin)
        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setRange(0.0, 2.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        self.noise_spin.setToolTip(translate("DatasetPicker",
                                             "Standard deviation of random noise added to every point"))
        self.noise_spin.valueChanged.connect(lambda v: self._dataset_edited(noise=round(v, 4)))
        form.addRow(translate("DatasetPicker", "Noise"), self.noise_spin)
        self.test_spin = QSpinBox()
        self.test_spin.setRange(0, 90)
        self.test_spin.setSingleStep(5)
        self.test_spin.setSuffix(" %")
        self.test_spin.setToolTip(translate("DatasetPicker", "Share of the samples held back as a test set: never "
                                                             "trained on, used to see how well the network "
                                                             "generalises"))
        self.test_spin.valueChanged.connect(lambda v: self._dataset_edited(test_fraction=v / 100))
        form.addRow(translate("DatasetPicker", "Test set"), self.test_spin)
        self.data_seed_spin = QSpinBox()
        self.data_seed_spin.setRange(0, 2 ** 31 - 1)
        self.data_seed_spin.setToolTip(translate("DatasetPicker", "Seed of the random numbers that generate and "
                                                                  "split the data: the same seed gives the same "
                                                                  "points"))
        self.data_seed_spin.valueChanged.connect(lambda v: self._dataset_edited(seed=v))
        form.addRow(translate("DatasetPicker", "Data seed"), self.data_seed_spin)

    def _fill_datasets(self) -> None:
        combo = self.dataset_combo
        current = self.session.settings.get("name", "")
        names = list(datasets.NAMES)
        extra = [current] if current and current not in names else []   # imports, 3-input gates, ...
        wanted = names + extra
        if [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) not in (None, IMPORT_CSV,
                                                                                          IMPORT_IDX)] != wanted:
            combo.clear()
            for group in (datasets.GENERATED + ("sin",), datasets.BUNDLED,
                          tuple(n for n in names if n.startswith(datasets.GATE_PREFIX))):
                if combo.count():
                    combo.insertSeparator(combo.count())
                for name in group:
                    combo.addItem(engine_text(dataspec.label(name)), name)
                    combo.setItemData(combo.count() - 1, engine_text(datasets.DESCRIPTIONS.get(name, "")),
                                      Qt.ItemDataRole.ToolTipRole)
            combo.insertSeparator(combo.count())
            for name in extra:
                combo.addItem(engine_text(dataspec.label(name)), name)
                combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
            combo.addItem(translate("DatasetPicker", "Import CSV…"), IMPORT_CSV)
            combo.setItemData(combo.count() - 1, translate("DatasetPicker", "Read a table of numbers with one label "
                                                                            "column"), Qt.ItemDataRole.ToolTipRole)
            combo.addItem(translate("DatasetPicker", "Import MNIST IDX…"), IMPORT_IDX)
            combo.setItemData(combo.count() - 1, translate("DatasetPicker", "Read MNIST-style IDX image and label "
                                                                            "files"), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(combo.findData(current))

    def _description(self) -> str:
        s = self.session
        if s.dataset is None:
            return ""
        text = engine_text(s.dataset.description or datasets.DESCRIPTIONS.get(s.dataset.name, ""))
        n_test = s.test.n_samples if s.test is not None else 0
        n_train = s.train.n_samples
        split = (translate("DatasetPicker", "{0} training, {1} test samples.").format(n_train, n_test) if n_test
                 else translate("DatasetPicker", "{0} training samples, no test set.").format(n_train))
        return sentences([text, split])

    def _dataset_picked(self, index: int) -> None:
        name = self.dataset_combo.itemData(index)
        try:
            if name == IMPORT_CSV:
                path = self.ask_csv_path()
                if path:
                    self._import_csv(path)
            elif name == IMPORT_IDX:
                self._import_idx()
            elif name:
                self._dismissed = None
                self.session.update_dataset(name=name)
        except DatasetError as error:
            QMessageBox.warning(self, translate("DatasetPicker", "Could not import the data"), engine_text(error))
        self._sync()

    def _import_csv(self, path: str) -> None:
        dialog = CsvImportDialog(path, self)        # raises DatasetError when the file cannot be read at all
        if self.run_import_dialog(dialog):
            self.session.import_csv(path, dialog.options(), dialog.dataset)

    def run_import_dialog(self, dialog: CsvImportDialog) -> bool:
        """Show the CSV import dialog; True when it read the data (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _import_idx(self) -> None:
        images = self.ask_idx_path(translate("DatasetPicker", "Open IDX images (e.g. train-images-idx3-ubyte)"))
        if not images:
            return
        labels = None
        try:
            self.session.import_idx(images, None)
            return
        except DatasetError as error:
            if "labels" not in str(error):     # the engine's English text: the labels file was not found
                raise
        labels = self.ask_idx_path(translate("DatasetPicker",
                                             "Open the matching IDX labels (e.g. train-labels-idx1-ubyte)"))
        if labels:
            self.session.import_idx(images, labels)

    def ask_csv_path(self) -> str:
        """Ask for a CSV file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, translate("DatasetPicker", "Import CSV data"), "",
                                              translate("DatasetPicker", "Tables (*.csv *.tsv *.txt *.gz);;"
                                                                         "All files (*)"))
        return path

    def ask_idx_path(self, title: str) -> str:
        """Ask for an IDX file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, title, "", translate("DatasetPicker", "IDX files (*idx* *.gz);;"
                                                                                          "All files (*)"))
        return path

    def _dataset_edited(self, **changes) -> None:
        if not self._syncing:
            self.session.update_dataset(**changes)
