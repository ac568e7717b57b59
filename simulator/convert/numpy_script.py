"""Export as a standalone NumPy script in the textbook's style (chapter 3, "forward propagation").

The script holds the actual weights in `init_network()`, the activation functions,
and `forward(network, x)`; it needs only NumPy.

    python net.py 1.0 0.5          # prints the outputs on one line at full precision
    >>> import net; net.forward(net.init_network(), x)
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .. import io
from ..network import Network

#: Each activation as the textbook writes it (batch-aware where the book's first version is not).
FUNCTIONS = {
    "step": '''def step_function(x):
    return np.array(x > 0, dtype=float)
''',
    "sigmoid": '''def sigmoid(x):
    return 1 / (1 + np.exp(-x))
''',
    "tanh": '''def tanh(x):
    return np.tanh(x)
''',
    "relu": '''def relu(x):
    return np.maximum(0, x)
''',
    "leaky_relu": '''def leaky_relu(x, slope=0.01):
    return np.where(x > 0, x, slope * x)
''',
    "identity": '''def identity_function(x):
    return x
''',
    "softmax": '''def softmax(a):
    c = np.max(a, axis=-1, keepdims=True)  # subtract the largest value so exp() cannot overflow
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)
''',
}
CALLS = {"step": "step_function", "sigmoid": "sigmoid", "tanh": "tanh", "relu": "relu",
         "leaky_relu": "leaky_relu", "identity": "identity_function", "softmax": "softmax"}

MAIN = '''

def main(argv):
    n_inputs = init_network()["W1"].shape[0]
    if len(argv) != n_inputs:
        sys.exit(f"usage: python {{sys.argv[0]}} {usage}\\n(the network has {{n_inputs}} inputs, got "
                 f"{{len(argv)}})")
    try:
        x = np.array([float(value) for value in argv])
    except ValueError as error:
        sys.exit(f"every input must be a number: {{error}}")
    y = forward(init_network(), x)
    print(" ".join(repr(float(value)) for value in y))


if __name__ == "__main__":
    main(sys.argv[1:])
'''


def render(doc: io.NetworkFile | Network, filename: str = "net.py") -> str:
    """The script's text."""
    network = doc.network if isinstance(doc, io.NetworkFile) else doc
    name = doc.name if isinstance(doc, io.NetworkFile) and doc.name else "A network"
    n_layers = len(network.layers)
    sizes = "-".join(map(str, network.sizes))
    inputs = example_inputs(network.n_inputs)
    lines = [
        f'"""{one_line(name)}: a {sizes} neural network exported from Synaptica.',
        "",
        "Forward propagation as in the textbook's chapter 3: a = x·W + b, then z = h(a), layer by layer.",
        "Needs only NumPy:",
        "",
        f"    python {filename} {inputs}         prints the outputs for that input",
        f"    >>> from {Path(filename).stem} import init_network, forward",
        "    >>> forward(init_network(), x)       x: one input (n,) or a batch (rows, n)",
        '"""',
        "import sys",
        "",
        "import numpy as np",
        "",
        "",
    ]
    used = list(dict.fromkeys(layer.activation for layer in network.layers))
    for activation in used:
        lines += [FUNCTIONS[activation], ""]
    lines += ["def init_network():", "    network = {}"]
    for k, layer in enumerate(network.layers, 1):
        lines.append(f"    network['W{k}'] = np.array({matrix_literal(layer.W, 8)})")
        lines.append(f"    network['b{k}'] = np.array({vector_literal(layer.b)})")
    lines += ["    return network", "", ""]
    indices = range(1, n_layers + 1)
    lines.append("def forward(network, x):")
    for letter in "Wb":  # W1, W2 = network['W1'], network['W2'], as the book unpacks them
        names = ", ".join(f"{letter}{k}" for k in indices)
        lookups = ", ".join(f"network['{letter}{k}']" for k in indices)
        lines.append(f"    {names} = {lookups}")
    lines.append("")
    previous = "x"
    for k, layer in enumerate(network.layers, 1):
        result = "y" if k == n_layers else f"z{k}"
        lines.append(f"    a{k} = np.dot({previous}, W{k}) + b{k}")
        lines.append(f"    {result} = {CALLS[layer.activation]}(a{k})")
        previous = result
    lines += ["    return y"]
    return "\n".join(lines) + "\n" + MAIN.format(usage=inputs)


def render_bytes(doc: io.NetworkFile, path: Path) -> bytes:
    return render(doc, Path(path).name).encode("utf-8")


def example_inputs(n_inputs: int) -> str:
    """'x1 x2', or 'x1 x2 x3 …' for wide inputs: how usage lines name the inputs."""
    return " ".join(f"x{i + 1}" for i in range(min(n_inputs, 3))) + (" …" if n_inputs > 3 else "")


def one_line(text: str) -> str:
    """`text` safe inside a one-line docstring (no newlines, quotes or backslashes that end it early)."""
    return " ".join(text.replace("\\", "/").replace('"""', "'''").split())


def vector_literal(values: Iterable[float]) -> str:
    # repr() of a float reads back as exactly the same double: the script computes what the app does.
    return "[" + ", ".join(repr(float(v)) for v in values) + "]"


def matrix_literal(matrix: Iterable[Iterable[float]], indent: int) -> str:
    pad = " " * indent
    rows = [vector_literal(row) for row in matrix]
    return "[\n" + ",\n".join(pad + row for row in rows) + ",\n" + pad[:-4] + "]"
