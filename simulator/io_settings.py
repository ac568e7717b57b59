"""The settings sections of a network file: `training` (with its optimizer) and `dataset` (with CSV options).

Each function checks one section and returns it normalised (training defaults filled
in); a problem raises `io_checks.Invalid` naming the exact place.
"""
from __future__ import annotations

import copy
import math
from typing import Any

from . import csv_import, features, init as initialisers, io_checks as check, losses, optimizers
from .io_layers import MAX_LABEL_CHARS
from .text import Text

DEFAULT_TRAINING: dict[str, Any] = {"loss": "mse", "optimizer": {"name": "sgd", "lr": 0.1}, "batch_size": 10,
                          "epochs": 1000, "init": "he", "seed": 0, "weight_decay": 0.0}
#: Number formats training may use (optional key training.precision; absent means the first, float64,
#: exact numbers for inspection; float32 is faster).
PRECISIONS = ("float64", "float32")
DATASET_KEYS = ("name", "noise", "samples", "test_fraction", "seed", "csv", "points", "labels", "features")
MAX_INT = 2 ** 31 - 1               # what the app's spin boxes and counters hold
MAX_SAMPLES = 1_000_000
MAX_DATASET_NAME_CHARS = 4_096      # "csv:" + a path


def training(value: Any, where: str) -> dict[str, Any]:
    check.keys(value, where, optional=tuple(DEFAULT_TRAINING) + ("precision",))
    out = copy.deepcopy(DEFAULT_TRAINING)
    if "loss" in value:
        out["loss"] = check.choice(value["loss"], f"{where}.loss", losses.NAMES, Text("loss"))
    if "optimizer" in value:
        out["optimizer"] = optimizer(value["optimizer"], f"{where}.optimizer")
    if "batch_size" in value:
        out["batch_size"] = check.integer(value["batch_size"], f"{where}.batch_size", minimum=1, maximum=MAX_INT)
    if "epochs" in value:
        out["epochs"] = check.integer(value["epochs"], f"{where}.epochs", minimum=1, maximum=MAX_INT)
    if "init" in value:
        out["init"] = check.choice(value["init"], f"{where}.init", initialisers.NAMES, Text("initialisation"))
    if "seed" in value:
        out["seed"] = check.integer(value["seed"], f"{where}.seed", minimum=0, maximum=MAX_INT)
    if "weight_decay" in value:
        out["weight_decay"] = check.number(value["weight_decay"], f"{where}.weight_decay", minimum=0.0)
    if "precision" in value:
        out["precision"] = check.choice(value["precision"], f"{where}.precision", PRECISIONS, Text("precision"))
    return out


# Sensible ranges of the optimizers' hyperparameters: (low, high, low is allowed).
_HYPERPARAMETER_RANGES = {"lr": (0.0, math.inf, False), "momentum": (0.0, 1.0, True),
                          "decay_rate": (0.0, 1.0, True), "beta1": (0.0, 1.0, True), "beta2": (0.0, 1.0, True)}


def optimizer(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise check.Invalid(where, Text("expected an object like {example}, got {value}",
                                        example='{"name": "sgd", "lr": 0.1}', value=check.describe(value)))
    check.keys(value, where, required=("name",), optional=tuple(value))  # duplicates and the name first
    name = check.choice(value["name"], f"{where}.name", optimizers.NAMES, Text("optimizer"))
    settings = optimizers.defaults(name)
    for key in value:
        if key != "name" and key not in settings:
            raise check.Invalid(check.join(where, key), Text("optimizer {name!r} has no setting {key!r}{suggestion}; "
                                                             "it takes {settings}", name=name, key=key,
                                                             suggestion=check.did_you_mean(key, settings),
                                                             settings=", ".join(settings)))
    out: dict[str, Any] = {"name": name}
    for key, default in settings.items():
        if key in value:
            low, high, low_ok = _HYPERPARAMETER_RANGES.get(key, (-math.inf, math.inf, True))
            out[key] = check.number(value[key], check.join(where, key), minimum=low, maximum=high,
                                    minimum_allowed=low_ok, maximum_allowed=False)
        else:
            out[key] = default
    return out


def dataset(value: Any, where: str) -> dict[str, Any] | None:
    if value is None:
        return None
    check.keys(value, where, required=("name",), optional=DATASET_KEYS)
    # Names are checked loosely: the datasets module decides which exist.
    out: dict[str, Any] = {"name": check.string(value["name"], f"{where}.name", nonempty=True,
                                                max_chars=MAX_DATASET_NAME_CHARS)}
    if "noise" in value:
        out["noise"] = check.number(value["noise"], f"{where}.noise", minimum=0.0)
    if "samples" in value:
        out["samples"] = check.integer(value["samples"], f"{where}.samples", minimum=1, maximum=MAX_SAMPLES)
    if "test_fraction" in value:
        out["test_fraction"] = check.number(value["test_fraction"], f"{where}.test_fraction", minimum=0.0, maximum=1.0,
                                       maximum_allowed=False)
    if "seed" in value:
        out["seed"] = check.integer(value["seed"], f"{where}.seed", minimum=0, maximum=MAX_INT)
    if "csv" in value:
        out["csv"] = csv_options(value["csv"], f"{where}.csv")
    if "points" in value or "labels" in value:    # a set the learner drew
        out.update(drawn_points(value, where))
    if "features" in value:                        # derived inputs such as x1²
        names = [check.string(v, f"{where}.features[{i}]") for i, v in enumerate(check.array(value["features"],
                                                                                            f"{where}.features"))]
        try:
            chosen = features.check(names)
        except ValueError as error:
            raise check.Invalid(f"{where}.features", error.args[0]) from None
        if len(chosen) != len(names):
            raise check.Invalid(f"{where}.features", Text("lists a feature twice"))
        out["features"] = list(chosen)
    return out


def drawn_points(value: Any, where: str) -> dict[str, Any]:
    """points: [[x1, x2], ...] finite numbers; labels: one class index (0..99) per point."""
    for key in ("points", "labels"):
        if key not in value:
            raise check.Invalid(where, Text("has labels but no points; drawn data needs both") if key == "points"
                                else Text("has points but no labels; drawn data needs both"))
    points = check.array(value["points"], f"{where}.points")
    labels = check.array(value["labels"], f"{where}.labels")
    if len(points) > MAX_SAMPLES:
        raise check.Invalid(f"{where}.points", Text("has {count} points; at most {limit} are allowed",
                                                    count=len(points), limit=MAX_SAMPLES))
    if len(points) != len(labels):
        raise check.Invalid(f"{where}.labels", Text("has {labels} labels but {where}.points has {points} points",
                                                    labels=len(labels), where=where, points=len(points)))
    out_points: list[list[float]] = []
    for i, point in enumerate(points):
        pair = check.array(point, f"{where}.points[{i}]")
        if len(pair) != 2:
            raise check.Invalid(f"{where}.points[{i}]",
                                Text("expected 2 numbers (x1, x2), got {count}", count=len(pair)))
        out_points.append([check.number(v, f"{where}.points[{i}][{j}]") for j, v in enumerate(pair)])
    out_labels = [check.integer(v, f"{where}.labels[{i}]", minimum=0, maximum=99) for i, v in enumerate(labels)]
    return {"points": out_points, "labels": out_labels}


def csv_options(value: Any, where: str) -> dict[str, Any]:
    """How a CSV data file is read (simulator.csv_import.CsvOptions); only the options given are stored."""
    check.keys(value, where, optional=tuple(csv_import.CsvOptions.__dataclass_fields__))
    out: dict[str, Any] = {}
    for key, item in value.items():
        place = check.join(where, key)
        if key == "delimiter":
            out[key] = check.choice(item, place, csv_import.DELIMITERS, Text("delimiter"))
        elif key == "decimal":
            out[key] = check.choice(item, place, csv_import.DECIMALS, Text("decimal separator"))
        elif key == "header":
            if not isinstance(item, bool):
                raise check.Invalid(place, Text("expected true or false, got {value}", value=check.describe(item)))
            out[key] = item
        elif key == "label":
            if isinstance(item, str):
                out[key] = check.string(item, place, nonempty=True, max_chars=MAX_LABEL_CHARS)
            else:
                out[key] = check.integer(item, place, minimum=-csv_import.MAX_COLUMNS,
                                         maximum=csv_import.MAX_COLUMNS - 1)
        elif key == "categorical":
            out[key] = check.choice(item, place, csv_import.CATEGORICAL, Text("way to treat text columns"))
        else:
            out[key] = check.choice(item, place, ("classification", "regression"), Text("task"))
    return out
