"""The training session's data: the dataset from the document's settings, the probe sample,
whether training can start, and the suggestion that adapts a network to its data.

A mixin of `TrainingSession` (ui/training/session.py), which owns the signals and the run.
"""
from __future__ import annotations

import numpy as np

from simulator import csv_import, dataspec, recipes
from simulator.csv_import import CsvOptions
from simulator.datasets import Dataset, DatasetError
from simulator.training import data_problems as engine_data_problems, problems as engine_problems

from ..i18n import engine_text, sentences, translate


class DataSource:
    """Dataset and probe for a TrainingSession (expects its document, signals, pause() and _say())."""

    settings: dict
    dataset: Dataset | None
    train: Dataset | None
    test: Dataset | None
    dataset_error: str
    probe_index: int

    def _init_data(self) -> None:
        self.settings = {}                      # effective dataset settings
        self.dataset = self.train = self.test = None
        self.dataset_error = ""
        self.probe_index = 0
        self._imported: dict[str, Dataset] = {}   # datasets read from files, by dataspec.cache_key
        self._data_problems: list[str] = []       # NaN or absurd values in the data itself

    # ------------------------------------------------------------------ reading
    def probe_set(self) -> Dataset | None:
        """The set the probe sample comes from: the test set, or the training set when that is empty."""
        if self.test is not None and self.test.n_samples:
            return self.test
        return self.train

    def probe_sample(self) -> np.ndarray | None:
        rows = self.probe_set()
        if rows is None or rows.n_samples == 0:
            return None
        return rows.X[self.probe_index].copy()

    def problems(self, hint: bool = True) -> list[str]:
        """Why training cannot start, in plain words of the current language (empty when it can).

        With `hint`, a mismatch of network and data ends with a sentence pointing at the Adapt button.
        """
        if self.dataset_error:
            return [self.dataset_error]
        if self.dataset is None or self.train is None:
            return [translate("DataSource", "There is no dataset to train on.")]
        if self._data_problems:
            return [engine_text(problem) for problem in self._data_problems]
        net = self.document.network
        found = [engine_text(problem) for problem in dataspec.mismatch(self.dataset, net)]
        if found:
            return found + ([translate("DataSource", "Click “{button}”, or pick another dataset.").format(
                button=translate("TrainingPanel", "Adapt the network to the dataset"))] if hint else [])
        training = self.training_settings()
        found = engine_problems(net, training["loss"], training["optimizer"]["name"])
        return [engine_text(problem) for problem in found]

    def problem(self) -> str:
        return sentences(self.problems())

    def suggestion(self) -> recipes.Suggestion | None:
        if self.dataset is None:
            return None
        return recipes.suggest(self.dataset, self.document.network, self.training_settings())

    # ------------------------------------------------------------------ changing
    def update_dataset(self, **changes) -> None:
        """Change dataset settings (name, samples, noise, test_fraction, seed): one undo step.

        Picking another dataset also sets the training recipe for it (loss, optimizer, learning rate,
        batch size, epochs), when the network's activations already suit it; otherwise the suggestion
        shown in the panel changes both at once.
        """
        settings = dict(self.settings)
        renamed = "name" in changes and changes["name"] != settings.get("name")
        if renamed:
            settings = dataspec.for_new_name(changes["name"], settings)
        settings.update({k: v for k, v in changes.items() if k != "name"})
        if settings == self.document.meta.dataset:
            return
        training = None
        if renamed:
            try:
                training = recipes.training_for(dataspec.load(settings, self._imported), self.document.network,
                                                self.training_settings())
            except (DatasetError, ValueError, OSError):
                training = None    # _load_data reports the problem
        if training is not None:
            self.document.update_metadata(dataset=settings, training=training)
        else:
            self.document.update_metadata(dataset=settings)

    def import_csv(self, path, options: CsvOptions | None = None, dataset: Dataset | None = None) -> None:
        """Train on a CSV table read with `options` (raises DatasetError with a plain message).

        `dataset` is the table already read (the import dialog reads it off the GUI thread).
        The options are stored in the document's dataset settings, so the file reads the same next time.
        """
        options = options or CsvOptions()
        settings = {"name": dataspec.csv_name(path), **({"csv": options.to_dict()} if options.to_dict() else {})}
        if dataset is None:
            dataset = csv_import.load(path, options)
        self._imported[dataspec.cache_key(settings)] = dataset
        self.update_dataset(**settings)

    def import_idx(self, images, labels=None) -> None:
        """Read MNIST-style IDX images and labels (raises DatasetError) and train on them.

        Without `labels`, the labels file is looked for beside the images (MNIST's naming).
        """
        name = dataspec.idx_name(images, labels)
        self._imported.pop(name, None)
        dataspec.load({"name": name}, self._imported)
        self.update_dataset(name=name)

    def rebuild_data(self) -> None:
        """Regenerate (or re-read) the dataset from the settings."""
        running = self.state == "running"
        self.pause()
        settings = dataspec.complete(self.document.meta.dataset, self.document.network)
        self._imported.pop(dataspec.cache_key(settings), None)
        self._load_data(settings)
        if running:
            self.play()

    def set_probe(self, index: int) -> None:
        rows = self.probe_set()
        count = 0 if rows is None else rows.n_samples
        index = int(min(max(index, 0), max(count - 1, 0)))
        if index != self.probe_index:
            self.probe_index = index
            self._probe_moved()
            self.probe_changed.emit(index)

    def _record_dataset_choice(self) -> None:
        """Store the dataset actually used in the document, so a saved file trains on the same data."""
        if self.document.meta.dataset != self.settings and self.dataset is not None:
            self.document.update_metadata(dataset=dict(self.settings))

    def _load_data(self, settings: dict) -> None:
        self.settings = dict(settings)
        try:
            full = dataspec.load(self.settings, self._imported)
            train, test = dataspec.split(full, self.settings)
            error = ""
            self._data_problems = engine_data_problems(full.X, full.y)
        except (DatasetError, ValueError, OSError, MemoryError) as exc:
            # No data rather than the previous data: the settings then never name one set and train on another.
            full = train = test = None
            error = translate("DataSource", "The {dataset} data could not be loaded: {error}").format(
                dataset=engine_text(dataspec.label(self.settings["name"])), error=engine_text(exc))
        self.dataset, self.train, self.test, self.dataset_error = full, train, test, error
        rows = self.probe_set()
        count = 0 if rows is None else rows.n_samples
        self.probe_index = min(self.probe_index, max(count - 1, 0))
        self._data_reloaded()
        if error:
            self._say(error)
        self.data_changed.emit()
        self.probe_changed.emit(self.probe_index)
        self.readiness_changed.emit()

    def apply_suggestion(self) -> None:
        """Adapt the network (inputs, outputs, activations) and the loss/optimizer to the dataset."""
        suggestion = self.suggestion()
        if suggestion is None:
            return
        self.pause()
        adapt = translate("DataSource", "Adapt the network to the dataset")
        with self.document.one_step(adapt):     # network and settings
            self._record_dataset_choice()
            training = self.training_settings()
            net = self.document.network
            if suggestion.network_changes(net):
                adapted = suggestion.adapted(net, seed=training["seed"])
                # Name inputs and outputs after the data (e.g. iris's species), and drop a loss
                # curve that was learned on other data.
                self.document.replace_network(adapted, adapt,
                                              labels=dataspec.layer_labels(self.dataset, adapted),
                                              clear_history=True)
            self.update_training(**suggestion.training)
        self.readiness_changed.emit()
