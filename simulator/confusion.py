"""Which class a network predicts, and the confusion matrix of predictions against true classes.

    outputs = net.forward(test.X)
    predicted = predicted_classes(outputs)          # (N,) class indices
    m = confusion_matrix(test.y, predicted, test.n_classes)   # m[t, p]: true class t predicted as p
    rows = members(test.y, predicted, t, p)         # which samples sit in that cell
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def predicted_classes(outputs: np.ndarray) -> np.ndarray:
    """(N,) predicted class per row of (N, n_outputs) outputs.

    One output is read as P(class 1): class 1 when it is above 0.5. Several outputs: the largest
    wins (the first one on a tie), whether or not they are softmax probabilities.
    """
    outputs = np.asarray(outputs, dtype=float)
    if outputs.ndim != 2 or outputs.shape[1] == 0:
        raise ValueError(f"predicted_classes: outputs must be (samples, outputs), got shape {outputs.shape}")
    if outputs.shape[1] == 1:
        return (outputs[:, 0] > 0.5).astype(np.int64)
    return np.argmax(outputs, axis=1).astype(np.int64)


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    """(n_classes, n_classes) counts: entry [t, p] is how many samples of class t were predicted as p."""
    true, predicted = np.asarray(true, dtype=np.int64), np.asarray(predicted, dtype=np.int64)
    if true.shape != predicted.shape or true.ndim != 1:
        raise ValueError(f"confusion_matrix: true {true.shape} and predicted {predicted.shape} must be "
                         "two vectors of the same length")
    for name, values in (("true", true), ("predicted", predicted)):
        if values.size and (values.min() < 0 or values.max() >= n_classes):
            raise ValueError(f"confusion_matrix: {name} classes must lie in 0..{n_classes - 1}, "
                             f"got {values.min()}..{values.max()}")
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (true, predicted), 1)
    return matrix


def members(true: np.ndarray, predicted: np.ndarray, t: int, p: int) -> np.ndarray:
    """Row indices of the samples of true class t predicted as p, in dataset order."""
    return np.flatnonzero((np.asarray(true) == t) & (np.asarray(predicted) == p))


@dataclass(frozen=True)
class Summary:
    accuracy: float                 # share on the diagonal
    recall: np.ndarray              # per true class: correct / samples of that class (nan if none)
    precision: np.ndarray           # per predicted class: correct / predictions of that class (nan if none)


def summary(matrix: np.ndarray) -> Summary:
    matrix = np.asarray(matrix, dtype=float)
    total = matrix.sum()
    diagonal = np.diag(matrix)
    with np.errstate(invalid="ignore", divide="ignore"):
        recall = diagonal / matrix.sum(axis=1)
        precision = diagonal / matrix.sum(axis=0)
    return Summary(float(diagonal.sum() / total) if total else float("nan"), recall, precision)
