"""Import multilayer perceptrons from ONNX, as PyTorch and Keras exporters write them.

Accepted: one chain from the single input to the single output made of dense layers,
either `Gemm` (with or without transB, any alpha/beta) or `MatMul` followed by `Add`,
each followed by at most one activation: Relu, Sigmoid, Tanh, LeakyRelu (slope 0.01),
Softmax (last axis), Identity, or Synaptica's step, Cast(Greater(a, 0)). A leading
Flatten is allowed. Anything the canvas cannot show (Conv, LSTM, a branch, ...) is
refused with a message naming the operator and the node.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any, cast

import numpy as np
import onnx
from google.protobuf.message import DecodeError
from onnx import numpy_helper

from ..activations import LeakyReLU
from ..network import Network
from ..text import Text
from .common import ConvertError, check_size, network_from_arrays

ACTIVATIONS = {"Relu": "relu", "Sigmoid": "sigmoid", "Tanh": "tanh", "LeakyRelu": "leaky_relu",
               "Softmax": "softmax", "Identity": "identity"}
SUPPORTED = {"Gemm", "MatMul", "Add", "Greater", "Cast", "Flatten", "Constant", *ACTIVATIONS}
FLOAT_TYPES = {onnx.TensorProto.FLOAT, onnx.TensorProto.DOUBLE, onnx.TensorProto.FLOAT16}
WHAT_WORKS = Text("Synaptica opens multilayer perceptrons: a chain of Gemm or MatMul+Add layers with Relu, Sigmoid, "
                  "Tanh, LeakyRelu, Softmax or Identity")


class _Layer:
    def __init__(self, W: np.ndarray, b: np.ndarray, from_matmul: bool) -> None:
        self.W, self.b, self.from_matmul = W, b, from_matmul
        self.activation: str | None = None


def read(path: Path, *, hidden: str | None = None, output: str | None = None) -> Network:
    source = path.name
    check_size(path)
    try:
        model = onnx.load_model_from_string(path.read_bytes())
    except (DecodeError, ValueError, RuntimeError) as exc:
        raise ConvertError(Text("{file}: not a readable ONNX model ({reason})", file=source, reason=str(exc))) from None
    if not model.graph.node:
        raise ConvertError(Text("{file}: not an ONNX model (its graph has no operators)", file=source))
    try:
        with np.errstate(all="ignore"):  # non-finite weights are refused by name below, not warned about
            layers = _Reader(model, source).layers()
    except ConvertError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:  # a damaged tensor or node
        raise ConvertError(Text("{file}: not a readable ONNX model ({reason})", file=source,
                                reason=f"{type(exc).__name__}: {exc}")) from None
    arrays: dict[str, np.ndarray] = {}
    for k, layer in enumerate(layers, 1):
        arrays[f"W{k}"], arrays[f"b{k}"] = layer.W, layer.b
    names = [layer.activation or "identity" for layer in layers]
    return network_from_arrays(arrays, names, source, hidden=hidden, output=output)


class _Reader:
    """Walks the graph from its input to its output, one node at a time."""

    def __init__(self, model: onnx.ModelProto, source: str):
        self.graph, self.source = model.graph, source
        self.opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 13)
        self.constants = {t.name: numpy_helper.to_array(t) for t in self.graph.initializer}
        for node in self.graph.node:
            if node.op_type == "Constant":
                value = next((a for a in node.attribute if a.name == "value"), None)
                if value is None:
                    raise self.fail(Text("the Constant node {node!r} has no tensor value",
                                         node=node.name or node.output[0]))
                self.constants[node.output[0]] = numpy_helper.to_array(value.t)
        self.nodes = [n for n in self.graph.node if n.op_type != "Constant"]

    def fail(self, problem: Text) -> ConvertError:
        return ConvertError(Text("{file}: {problem}", file=self.source, problem=problem))

    def layers(self) -> list[_Layer]:
        for node in self.nodes:
            if node.op_type not in SUPPORTED or node.domain not in ("", "ai.onnx"):
                op = f"{node.domain}.{node.op_type}" if node.domain not in ("", "ai.onnx") else node.op_type
                raise self.fail(Text("uses the operator {op} (node {node}), which the canvas cannot show; {works}",
                                     op=op, node=_name(node), works=WHAT_WORKS))
        inputs = [i for i in self.graph.input if i.name not in self.constants]
        if len(inputs) != 1 or len(self.graph.output) != 1:
            raise self.fail(Text("has {inputs} inputs and {outputs} outputs; a multilayer perceptron has one of each",
                                 inputs=len(inputs), outputs=len(self.graph.output)))
        consumers: dict[str, list[onnx.NodeProto]] = {}
        for node in self.nodes:
            for name in node.input:
                consumers.setdefault(name, []).append(node)
        n_features = self._features(inputs[0])

        layers: list[_Layer]
        visited: set[int]                     # id() of every node taken into the chain
        current, layers, visited = inputs[0].name, [], set()
        while current != self.graph.output[0].name:
            users = consumers.get(current, [])
            if not users:
                raise self.fail(Text("the tensor {tensor!r} leads nowhere: the graph does not reach its output "
                                     "{output!r} in one chain", tensor=current, output=self.graph.output[0].name))
            if len(users) > 1:
                raise self.fail(Text("branches: the tensor {tensor!r} feeds {count} operators ({ops}); {works}, "
                                     "one after another", tensor=current, count=len(users),
                                     ops=", ".join(n.op_type for n in users), works=WHAT_WORKS))
            node = users[0]
            visited.add(id(node))
            current = self._apply(node, current, layers, consumers, visited, n_features)
        left = [n for n in self.nodes if id(n) not in visited]
        if left:
            raise self.fail(Text("the operator {op} (node {node}) is off the chain from input to output; {works}, "
                                 "one after another", op=left[0].op_type, node=_name(left[0]), works=WHAT_WORKS))
        if not layers:
            raise self.fail(Text("has no dense layer (Gemm or MatMul)"))
        return layers

    def _features(self, value_info: onnx.ValueInfoProto) -> int | None:
        dims = value_info.type.tensor_type.shape.dim
        if value_info.type.tensor_type.elem_type not in FLOAT_TYPES:
            raise self.fail(Text("its input {name!r} is not a floating-point tensor", name=value_info.name))
        known = [d.dim_value if d.HasField("dim_value") else None for d in dims]
        if len(known) < 2 or any(v is None for v in known[1:]):
            return None
        return math.prod(cast(list[int], known[1:]))   # every one known, as checked above

    def _apply(self, node: onnx.NodeProto, current: str, layers: list[_Layer],
               consumers: dict[str, list[onnx.NodeProto]], visited: set[int], n_features: int | None) -> str:
        op = node.op_type
        others = [name for name in node.input if name and name != current]
        where = Text("{op} node {node}", op=op, node=_name(node))
        if op == "Flatten":
            if layers or _attr(node, "axis", 1) != 1:
                raise self.fail(Text("{where}: only a Flatten(axis=1) before the first layer is supported",
                                     where=where))
            return node.output[0]
        if op == "Gemm":
            if list(node.input).index(current) != 0 or _attr(node, "transA", 0):
                raise self.fail(Text("{where}: the data must be its first input A, not transposed", where=where))
            B = self._constant(node.input[1], where)
            W = B.T if _attr(node, "transB", 0) else B
            W = _attr(node, "alpha", 1.0) * W.astype(float)
            b = np.zeros(W.shape[1] if W.ndim == 2 else 0)
            if len(node.input) > 2 and node.input[2]:
                b = self._bias(node.input[2], W, where) * _attr(node, "beta", 1.0)
            self._check_inputs(W, layers, n_features, where)
            layers.append(_Layer(W, b, from_matmul=False))
            return node.output[0]
        if op == "MatMul":
            if list(node.input).index(current) != 0:
                raise self.fail(Text("{where}: the data must be its first input (x·W)", where=where))
            W = self._constant(node.input[1], where).astype(float)
            self._check_inputs(W, layers, n_features, where)
            layers.append(_Layer(W, np.zeros(W.shape[1] if W.ndim == 2 else 0), from_matmul=True))
            return node.output[0]
        if op == "Add":
            if not layers or layers[-1].activation is not None or len(others) != 1:
                raise self.fail(Text("{where}: an Add is understood only as the bias right after a MatMul or Gemm",
                                     where=where))
            layers[-1].b = layers[-1].b + self._bias(others[0], layers[-1].W, where)
            return node.output[0]
        if op == "Greater":
            return self._step(node, others, layers, consumers, visited, where)
        if op == "Cast":
            raise self.fail(Text("{where}: a Cast is understood only as part of a step function, "
                                 "Cast(Greater(a, 0))", where=where))
        # an activation function
        name = ACTIVATIONS[op]
        if not layers:
            if op == "Identity":
                return node.output[0]
            raise self.fail(Text("{where}: an activation before the first dense layer", where=where))
        layer = layers[-1]
        if layer.activation is not None:
            if op == "Identity":
                return node.output[0]
            raise self.fail(Text("{where}: a second activation after {first} in one layer", where=where,
                                 first=layer.activation))
        if op == "LeakyRelu" and not math.isclose(_attr(node, "alpha", 0.01), LeakyReLU.slope, rel_tol=1e-6):
            raise self.fail(Text("{where}: leaky ReLU with slope {slope:g}; Synaptica's leaky ReLU has slope "
                                 "{ours:g}", where=where, slope=_attr(node, "alpha", 0.01), ours=LeakyReLU.slope))
        if op == "Softmax" and _attr(node, "axis", -1 if self.opset >= 13 else 1) not in (-1, 1):
            raise self.fail(Text("{where}: softmax over axis {axis}; only the features axis (-1) is supported",
                                 where=where, axis=_attr(node, "axis", 1)))
        layer.activation = name
        return node.output[0]

    def _step(self, node: onnx.NodeProto, others: list[str], layers: list[_Layer],
              consumers: dict[str, list[onnx.NodeProto]], visited: set[int], where: str) -> str:
        if (not layers or layers[-1].activation is not None or len(others) != 1
                or np.any(self._constant(others[0], where) != 0)):
            raise self.fail(Text("{where}: a Greater is understood only as a step function, Cast(Greater(a, 0)) "
                                 "right after a dense layer", where=where))
        users = consumers.get(node.output[0], [])
        if len(users) != 1 or users[0].op_type != "Cast" or _attr(users[0], "to", 0) not in FLOAT_TYPES:
            raise self.fail(Text("{where}: a Greater must be followed by a Cast to float (the step function)",
                                 where=where))
        visited.add(id(users[0]))
        layers[-1].activation = "step"
        return users[0].output[0]

    def _constant(self, name: str, where: str) -> np.ndarray:
        if name not in self.constants:
            raise self.fail(Text("{where}: its weights {name!r} are computed, not stored; only stored weights "
                                 "(initializers) can be shown", where=where, name=name))
        return self.constants[name]

    def _bias(self, name: str, W: np.ndarray, where: str) -> np.ndarray:
        C = self._constant(name, where).astype(float)
        n_out = W.shape[1] if W.ndim == 2 else 0
        try:
            return np.broadcast_to(C, (1, n_out)).reshape(n_out).copy()
        except ValueError:
            raise self.fail(Text("{where}: the bias {name!r} has shape {shape}, which does not fit {outputs} "
                                 "outputs", where=where, name=name, shape=str(C.shape), outputs=n_out)) from None

    def _check_inputs(self, W: np.ndarray, layers: list[_Layer], n_features: int | None, where: str) -> None:
        if W.ndim != 2:
            raise self.fail(Text("{where}: weights of shape {shape}; a dense layer has a 2-D matrix", where=where,
                                 shape=str(W.shape)))
        if not layers and n_features is not None and W.shape[0] != n_features:
            raise self.fail(Text("{where}: weights for {inputs} inputs but the model's input has {features} "
                                 "features", where=where, inputs=W.shape[0], features=n_features))


def _attr(node: onnx.NodeProto, name: str, default: Any) -> Any:
    for attribute in node.attribute:
        if attribute.name == name:
            return onnx.helper.get_attribute_value(attribute)
    return default


def _name(node: onnx.NodeProto) -> str:
    return repr(node.name) if node.name else f"writing {node.output[0]!r}"
