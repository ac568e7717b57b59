"""The command line trains files whose data was drawn in the app or uses derived input features."""
import io as text_io

from simulator import Network, cli, io

TRAINING = {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.05}, "batch_size": 20,
            "epochs": 150, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def run(*argv):
    out, err = text_io.StringIO(), text_io.StringIO()
    return cli.main([str(a) for a in argv], stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_a_one_neuron_circle_with_squared_inputs_trains_from_the_command_line(tmp_path):
    path = tmp_path / "circle.json"
    dataset = {"name": "circle", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0,
               "features": ["x1^2", "x2^2"]}
    io.save(path, Network.build([4, 1], output="sigmoid", seed=0), training=TRAINING, dataset=dataset)
    code, out, err = run("info", path)
    assert code == 0 and "derived inputs x1^2, x2^2" in out
    code, out, err = run("train", path)
    assert code == 0, err
    trained = io.load(path.with_name("circle.trained.json"))
    assert trained.dataset == dataset and trained.history["test_accuracy"][-1] > 0.95


def test_drawn_points_train_from_the_command_line(tmp_path):
    path = tmp_path / "drawn.json"
    points = [[-0.5 + 0.01 * i, 0.5] for i in range(10)] + [[0.5 - 0.01 * i, -0.5] for i in range(10)]
    dataset = {"name": "drawn", "points": points, "labels": [0] * 10 + [1] * 10, "test_fraction": 0.25, "seed": 0}
    io.save(path, Network.build([2, 1], output="sigmoid", seed=0), training=TRAINING, dataset=dataset)
    code, out, err = run("info", path)
    assert "20 drawn points" in out
    code, out, err = run("train", path)
    assert code == 0, err
    assert io.load(path.with_name("drawn.trained.json")).history["train_accuracy"][-1] == 1.0
