"""Export as an ONNX model (opset 17): one input `x` of shape (batch, n_in), one output `y`.

Each layer is a Gemm (x·W + b, W stored as (n_in, n_out) like the textbook's) and its
activation: Sigmoid, Tanh, Relu, LeakyRelu(alpha 0.01), Softmax(axis -1), Identity, and
the step function as Cast(Greater(a, 0)). Weights are float32, what ONNX tools expect.
Opens in Netron and runs in onnxruntime:

    onnxruntime.InferenceSession("net.onnx").run(None, {"x": X.astype(np.float32)})
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .. import io
from ..activations import LeakyReLU

OPSET = 17
#: The IR version of opset 17 (onnx 1.12), so runtimes of that age and newer open the file.
IR_VERSION = 8
PRODUCER = "Synaptica"
SIMPLE = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "identity": "Identity"}


def build(doc: io.NetworkFile) -> onnx.ModelProto:
    network = doc.network
    nodes, initializers = [], []
    current = "x"
    last = len(network.layers)
    for k, layer in enumerate(network.layers, 1):
        W, b = f"W{k}", f"b{k}"
        initializers += [numpy_helper.from_array(np.asarray(layer.W, dtype=np.float32), W),
                         numpy_helper.from_array(np.asarray(layer.b, dtype=np.float32), b)]
        a = f"a{k}"
        nodes.append(helper.make_node("Gemm", [current, W, b], [a], name=f"dense{k}"))
        out = "y" if k == last else f"z{k}"
        nodes += _activation(layer.activation, a, out, k, initializers)
        current = out
    graph = helper.make_graph(
        nodes, one_line(doc.name) or "synaptica_network",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", network.n_inputs])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", network.n_outputs])],
        initializers)
    model = helper.make_model(graph, producer_name=PRODUCER, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    model.doc_string = (f"A {'-'.join(map(str, network.sizes))} network exported from Synaptica"
                        f"{': ' + one_line(doc.name) if doc.name else ''}. Activations: "
                        f"{', '.join(layer.activation for layer in network.layers)}.")
    helper.set_model_props(model, {"synaptica.activations": ",".join(l.activation for l in network.layers)})
    onnx.checker.check_model(model, full_check=True)
    return model


def _activation(name: str, a: str, out: str, k: int, initializers: list[TensorProto]) -> list[onnx.NodeProto]:
    if name in SIMPLE:
        return [helper.make_node(SIMPLE[name], [a], [out], name=f"{name}{k}")]
    if name == "leaky_relu":
        return [helper.make_node("LeakyRelu", [a], [out], name=f"leaky_relu{k}", alpha=LeakyReLU.slope)]
    if name == "softmax":
        return [helper.make_node("Softmax", [a], [out], name=f"softmax{k}", axis=-1)]
    if name == "step":
        # step(a) = 1 where a > 0, else 0 (step(0) = 0, as in the textbook)
        zero = f"zero{k}"
        initializers.append(numpy_helper.from_array(np.zeros((), dtype=np.float32), zero))
        return [helper.make_node("Greater", [a, zero], [f"{a}_positive"], name=f"step{k}_compare"),
                helper.make_node("Cast", [f"{a}_positive"], [out], name=f"step{k}", to=TensorProto.FLOAT)]
    raise ValueError(f"no ONNX form for the activation {name!r}")


def to_bytes(doc: io.NetworkFile, path: Path | None = None) -> bytes:
    return build(doc).SerializeToString()


def one_line(text: str) -> str:
    return " ".join(text.split())
