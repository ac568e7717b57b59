"""Confusion matrix against a hand count."""
import numpy as np
import pytest

from simulator import confusion


def test_confusion_matrix_matches_a_hand_count():
    true = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2])
    outputs = np.array([[0.9, 0.1, 0.0], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1],     # 0→0, 0→1, 0→0
                        [0.1, 0.8, 0.1], [0.1, 0.1, 0.8],                      # 1→1, 1→2
                        [0.0, 0.1, 0.9], [0.3, 0.3, 0.4], [0.5, 0.5, 0.0], [0.2, 0.1, 0.7]])  # 2→2, 2→2, 2→0 (tie), 2→2
    predicted = confusion.predicted_classes(outputs)
    assert predicted.tolist() == [0, 1, 0, 1, 2, 2, 2, 0, 2]
    m = confusion.confusion_matrix(true, predicted, 3)
    assert m.tolist() == [[2, 1, 0],
                          [0, 1, 1],
                          [1, 0, 3]]
    assert confusion.members(true, predicted, 2, 0).tolist() == [7]
    assert confusion.members(true, predicted, 0, 0).tolist() == [0, 2]
    s = confusion.summary(m)
    assert s.accuracy == pytest.approx(6 / 9)
    np.testing.assert_allclose(s.recall, [2 / 3, 1 / 2, 3 / 4])
    np.testing.assert_allclose(s.precision, [2 / 3, 1 / 2, 3 / 4])


def test_one_output_is_p_of_class_one():
    assert confusion.predicted_classes(np.array([[0.2], [0.5], [0.51]])).tolist() == [0, 0, 1]


def test_bad_input():
    with pytest.raises(ValueError, match=r"true classes must lie in 0\.\.1"):
        confusion.confusion_matrix([0, 2], [0, 1], 2)
    with pytest.raises(ValueError, match="same length"):
        confusion.confusion_matrix([0, 1], [0], 2)
    with pytest.raises(ValueError, match="outputs must be"):
        confusion.predicted_classes(np.zeros(3))
    s = confusion.summary(np.zeros((2, 2)))
    assert np.isnan(s.accuracy)
