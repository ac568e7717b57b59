"""Export as a PyTorch script: `build_model()` and a `train` command that scales with torchrun.

    python net.py x1 x2 …                                   print the outputs for one input
    python net.py train --data DATA.npz [--epochs N] [--save OUT.npz]
    torchrun --nproc_per_node=K net.py train --data DATA.npz    DistributedDataParallel on K processes

The script carries the weights, the file's loss, optimizer, learning rate, batch size
and epochs. Training under torchrun uses DistributedDataParallel (gloo on CPUs, NCCL
on GPUs); the file's batch size stays the global batch, shared among the processes.
OUT.npz holds W1…WL, b1…bL and activations, so `python -m simulator convert OUT.npz
net.json` brings the trained network back.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .. import io, optimizers
from ..training import problems
from .numpy_script import example_inputs, matrix_literal, one_line, vector_literal
from .torch_template import TEMPLATE


def render(doc: io.NetworkFile, filename: str = "net.py") -> str:
    network = doc.network
    training = doc.training
    optimizer = dict(training["optimizer"])
    name = optimizer.pop("name")
    settings = {"loss": training["loss"], "optimizer": name,
                "hyperparameters": {**optimizers.defaults(name), **optimizer},
                "batch_size": training["batch_size"], "epochs": training["epochs"], "seed": training["seed"],
                "weight_decay": training["weight_decay"]}
    layers = []
    for k, layer in enumerate(network.layers, 1):
        layers.append(f"    # layer {k}: {layer.n_in} -> {layer.n_out}, {layer.activation}\n"
                      f"    ({matrix_literal(layer.W, 8)},\n"
                      f"     {vector_literal(layer.b)},\n"
                      f"     {layer.activation!r}),")
    title = one_line(doc.name) if doc.name else "A network"
    cannot_train = problems(network, training["loss"], name)
    values = {
        "TITLE": title,
        "SIZES": "-".join(map(str, network.sizes)),
        "FILE": filename,
        "INPUTS": example_inputs(network.n_inputs),
        "LAYERS": "\n".join(layers),
        "TRAINING": json.dumps(settings, indent=4),
        "PROBLEMS": repr(cannot_train),
    }
    # One pass, so text filled in (a network's name, say) is never itself searched for placeholders.
    return re.sub(r"@([A-Z]+)@", lambda match: values[match.group(1)], TEMPLATE)


def render_bytes(doc: io.NetworkFile, path: Path) -> bytes:
    return render(doc, Path(path).name).encode("utf-8")
