"""The exported PyTorch script (issue 13): build_model() equals the network; train works, also under torchrun."""
from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from simulator import Network, cli, convert, io

torch = pytest.importorskip("torch")

from .test_convert import NETWORKS, inputs, make_network  # noqa: E402

XOR_TRAINING = {"loss": "cross_entropy", "optimizer": {"name": "adam", "lr": 0.05}, "batch_size": 8,
                "epochs": 400, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def export(tmp_path: Path, net: Network, training=None, name: str = "net.py") -> Path:
    src = tmp_path / "src.json"
    io.save(src, net, name="Exported", training=training)
    script = tmp_path / name
    assert cli.main(["convert", str(src), str(script), "--format", "torch"]) == 0
    return script


def run_script(*argv, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    # The script must not need the project: it runs from another folder with the engine made unimportable.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    runner = "import runpy, sys; sys.modules['simulator'] = None; sys.argv = sys.argv[1:]; " \
             "runpy.run_path(sys.argv[0], run_name='__main__')"
    return subprocess.run([sys.executable, "-I", "-c", runner, *map(str, argv)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("key", NETWORKS)
def test_build_model_matches_forward(tmp_path, key):
    net = make_network(key)
    module = runpy.run_path(str(export(tmp_path, net)), run_name="exported")
    model = module["build_model"]()
    assert isinstance(model, torch.nn.Module)
    X = inputs(net, 9)
    with torch.no_grad():
        Y = model(torch.tensor(X, dtype=torch.float32)).numpy()
    np.testing.assert_allclose(Y, net.forward(X), rtol=0, atol=1e-5)


def xor_data(path: Path) -> Path:
    rng = np.random.default_rng(0)
    X = np.tile(np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float), (8, 1))
    X += rng.normal(scale=0.05, size=X.shape)
    labels = np.array([0, 1, 1, 0] * 8)
    np.savez(path, X=X, T=labels, X_test=X[:8], T_test=labels[:8])  # class numbers: the script one-hots them
    return path


def test_script_predicts_and_trains_in_one_process(tmp_path):
    net = Network.build([2, 6, 2], hidden="tanh", output="softmax", init="xavier", seed=1)
    script = export(tmp_path, net, XOR_TRAINING)
    x = [0.25, -1.5]
    result = run_script(script, *x, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    np.testing.assert_allclose([float(v) for v in result.stdout.split()], net.forward(np.array(x)), atol=1e-6)

    data = xor_data(tmp_path / "xor.npz")
    result = run_script(script, "train", "--data", data, "--epochs", "150", "--save", tmp_path / "out.npz",
                        cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "adam (lr 0.05), loss cross_entropy, batch size 8, 1 process on cpu" in result.stdout
    last = result.stdout.strip().splitlines()[-2]
    assert last.startswith("epoch 150/150") and "train loss" in last and "test loss" in last
    trained = convert.read(tmp_path / "out.npz").network
    X, T = np.load(data)["X"], np.eye(2)[np.load(data)["T"]]
    assert trained.loss(X, T, "cross_entropy") < 0.1 < net.loss(X, T, "cross_entropy")  # it learned XOR


def test_training_refuses_what_gradient_descent_cannot_train(tmp_path):
    step_net = Network.build([2, 2, 1], hidden="step", output="sigmoid", seed=0)
    script = export(tmp_path, step_net)
    result = run_script(script, "train", "--data", xor_data(tmp_path / "d.npz"), cwd=tmp_path)
    assert result.returncode == 1 and "cannot train: Step units have a zero gradient" in result.stderr


def test_training_names_bad_data(tmp_path):
    script = export(tmp_path, Network.build([2, 3, 2], hidden="tanh", output="softmax", seed=0), XOR_TRAINING)
    np.savez(tmp_path / "bad.npz", X=np.zeros((4, 3)), T=np.zeros(4))
    result = run_script(script, "train", "--data", tmp_path / "bad.npz", cwd=tmp_path)
    assert result.returncode == 1 and "X has shape (4, 3); the network needs (samples, 2)" in result.stderr


def test_torchrun_trains_the_exported_script_on_two_processes_and_the_result_converts_back(tmp_path):
    net = Network.build([2, 6, 2], hidden="tanh", output="softmax", init="xavier", seed=1)
    script = export(tmp_path, net, XOR_TRAINING)
    data = xor_data(tmp_path / "xor.npz")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", str(script),
         "train", "--data", str(data), "--epochs", "60", "--save", str(tmp_path / "out.npz")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 processes on cpu" in result.stdout  # DistributedDataParallel over gloo
    assert result.stdout.count("epoch 60/60") == 1  # only rank 0 reports and saves

    code = cli.main(["convert", str(tmp_path / "out.npz"), str(tmp_path / "trained.json")])
    assert code == 0
    trained = io.load(tmp_path / "trained.json").network
    assert trained.sizes == [2, 6, 2] and [l.activation for l in trained.layers] == ["tanh", "softmax"]
    X, T = np.load(data)["X"], np.eye(2)[np.load(data)["T"]]
    assert trained.loss(X, T, "cross_entropy") < net.loss(X, T, "cross_entropy")


def test_a_model_exported_by_pytorch_itself_imports(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(4, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3),
                                torch.nn.LeakyReLU(0.01), torch.nn.Linear(3, 2), torch.nn.Softmax(dim=1))
    path = tmp_path / "pytorch.onnx"
    with pytest.warns(DeprecationWarning):  # the TorchScript exporter: Gemm(transB=1) per Linear layer
        torch.onnx.export(model, (torch.randn(2, 4),), str(path), dynamo=False, input_names=["input"],
                          output_names=["output"], dynamic_axes={"input": {0: "batch"}})
    net = convert.read(path).network
    assert net.sizes == [4, 5, 3, 2] and [l.activation for l in net.layers] == ["relu", "leaky_relu", "softmax"]
    X = np.random.default_rng(0).normal(size=(6, 4)).astype(np.float32)
    (expected,) = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"input": X})
    np.testing.assert_allclose(net.forward(X), expected, atol=1e-5)
    with torch.no_grad():
        np.testing.assert_allclose(net.forward(X), model(torch.tensor(X)).numpy(), atol=1e-5)
