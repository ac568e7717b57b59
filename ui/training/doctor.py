"""When to ask the engine's diagnostics about a run, and how to apply the fix it offers.

The analysis itself is `simulator.diagnose` (Qt-free); this module only decides *when*
(a run finished, or the loss stopped improving while it runs) and turns a `Fix` into
document changes: training settings, and one undo step for a new network.
"""
from __future__ import annotations

import numpy as np

from simulator import Network, diagnose
from simulator.history import History

#: While training, check for a stall every this many epochs: the loss of the last window
#: must improve on the window before by at least diagnose.FLAT (1 %).
STALL_WINDOW = 200


def run_diagnoses(session) -> list[diagnose.Diagnosis]:
    """What the engine says about the run so far (empty when it learned or there is nothing to judge)."""
    history, train = session.document.history, session.train
    if history is None or train is None or not len(history) or session.dataset is None:
        return []
    net = session.document.network
    try:
        T = train.targets(net.n_outputs)
    except ValueError:
        return []
    return diagnose.diagnose(net, train.X, T, history.series("train_loss"), session.training_settings(),
                             session.dataset, history.last("train_accuracy"))


def stalled(history: History | None, epoch: int) -> bool:
    """True when the last STALL_WINDOW epochs improved the best loss by less than 1 %."""
    if history is None or epoch < 2 * STALL_WINDOW:
        return False
    epochs = np.asarray(history.series("epoch"), dtype=float)
    losses = np.asarray([np.nan if v is None else v for v in history.series("train_loss")], dtype=float)
    before = losses[epochs <= epoch - STALL_WINDOW]
    recent = losses[epochs > epoch - STALL_WINDOW]
    if not len(before) or not len(recent) or not np.isfinite(before).any():
        return False
    best_before, best_now = np.nanmin(before), np.nanmin(recent)
    return best_before - best_now < diagnose.FLAT * abs(best_before)


def fixed_network(network: Network, fix: diagnose.Fix, training: dict) -> Network | None:
    """The network the fix asks for (fresh weights when it says so), or None when the network stays."""
    if fix.sizes is None and fix.activations is None and not fix.reset:
        return None
    sizes = list(fix.sizes or network.sizes)
    names = list(fix.activations or (layer.activation for layer in network.layers))
    if fix.reset or fix.sizes is not None:
        return Network.build(sizes, activations=names, init=training["init"], seed=training["seed"])
    changed = network.copy()
    for layer, name in zip(changed.layers, names):
        layer.activation = name
    return changed


def fixed_training(training: dict, fix: diagnose.Fix) -> dict:
    """`training` with the fix's changes ("lr" is the optimizer's learning rate)."""
    out = {**training, "optimizer": dict(training["optimizer"])}
    for key, value in fix.training.items():
        if key == "lr":
            out["optimizer"]["lr"] = value
        else:
            out[key] = value
    return out
