"""The text of an exported PyTorch script; torch_script.py fills in the @NAMES@."""

TEMPLATE = r'''"""@TITLE@: a @SIZES@ network exported from Synaptica as a PyTorch script.

    python @FILE@ @INPUTS@                   print the outputs for that input
    python @FILE@ train --data DATA.npz [--epochs N] [--save OUT.npz]
    torchrun --nproc_per_node=2 @FILE@ train --data DATA.npz      two processes (on GPUs: one per GPU)
    torchrun --nnodes=N --nproc_per_node=K --rdzv-backend=c10d --rdzv-endpoint=HOST:29500 @FILE@ train ...
                                                          N machines: start the same command on each

DATA.npz holds X (one row per sample) and T (one row of targets per sample, or class numbers),
and optionally X_test and T_test. Training uses the loss, optimizer, learning rate, batch size and
epochs of the Synaptica file (TRAINING below). Started by torchrun, every process trains on its
share of each mini-batch with DistributedDataParallel (gloo on CPUs, NCCL on GPUs): the batch
size stays the file's, split among the processes. OUT.npz (default: next to this script, named
*.trained.npz) holds W1…WL, b1…bL and activations; bring it back into Synaptica with
    python -m simulator convert OUT.npz trained.json
"""
import argparse
import os
import sys
import tempfile

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

# float32 is what GPUs are fast at; torch.float64 reproduces Synaptica's numbers to the last digit.
DTYPE = torch.float32
EPS = 1e-7  # the textbook's guard against log(0) and division by zero

# One (W, b, activation) per layer; W is (inputs, outputs) as in the textbook: a = x·W + b.
LAYERS = [
@LAYERS@
]
TRAINING = @TRAINING@
# Why gradient descent cannot train this network as it is (empty when it can).
CANNOT_TRAIN = @PROBLEMS@


class Step(nn.Module):
    """1 where the input is above 0, else 0. Its gradient is 0 everywhere."""

    def forward(self, x):
        return (x > 0).to(x.dtype)


ACTIVATIONS = {
    "step": Step,
    "sigmoid": nn.Sigmoid,
    "tanh": nn.Tanh,
    "relu": nn.ReLU,
    "leaky_relu": lambda: nn.LeakyReLU(0.01),
    "identity": nn.Identity,
    "softmax": lambda: nn.Softmax(dim=-1),
}


def build_model():
    """The network: Linear layers and activations, holding the exported weights."""
    modules = []
    for W, b, activation in LAYERS:
        W = torch.tensor(W, dtype=DTYPE)
        linear = nn.Linear(W.shape[0], W.shape[1], dtype=DTYPE)
        with torch.no_grad():
            linear.weight.copy_(W.T)  # PyTorch keeps (outputs, inputs)
            linear.bias.copy_(torch.tensor(b, dtype=DTYPE))
        modules += [linear, ACTIVATIONS[activation]()]
    return nn.Sequential(*modules)


# The losses averaged over the batch, as Synaptica (and the textbook) define them.
LOSSES = {
    "mse": lambda y, t: 0.5 * ((y - t) ** 2).sum(dim=1).mean(),
    "cross_entropy": lambda y, t: -(t * torch.log(y + EPS)).sum(dim=1).mean(),
    "binary_cross_entropy": lambda y, t: -(t * torch.log(y + EPS)
                                           + (1 - t) * torch.log(1 - y + EPS)).sum(dim=1).mean(),
}


def make_optimizer(parameters):
    name, h = TRAINING["optimizer"], TRAINING["hyperparameters"]
    if name == "sgd":
        return torch.optim.SGD(parameters, lr=h["lr"])
    if name == "momentum":
        return torch.optim.SGD(parameters, lr=h["lr"], momentum=h["momentum"])
    if name == "nesterov":
        return torch.optim.SGD(parameters, lr=h["lr"], momentum=h["momentum"], nesterov=True)
    if name == "adagrad":
        return torch.optim.Adagrad(parameters, lr=h["lr"], eps=EPS)
    if name == "rmsprop":
        return torch.optim.RMSprop(parameters, lr=h["lr"], alpha=h["decay_rate"], eps=EPS)
    if name == "adam":
        return torch.optim.Adam(parameters, lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=EPS)
    sys.exit(f"cannot train: the {name} rule is not a gradient method PyTorch has; set another optimizer "
             "(sgd, adam, ...) in TRAINING")


def load_data(path, n_in, n_out):
    """(X, T, X_test, T_test) from DATA.npz as float arrays; the test pair may be None."""
    try:
        data = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as error:
        sys.exit(f"cannot read {path}: {error}")
    with data:
        missing = [key for key in ("X", "T") if key not in data.files]
        if missing:
            sys.exit(f"{path} has no {' or '.join(missing)}; it needs X ({n_in} numbers per sample) and T "
                     f"({n_out} targets per sample, or class numbers)")
        X, T = _checked(path, data["X"], data["T"], n_in, n_out, "")
        if "X_test" in data.files and "T_test" in data.files:
            return X, T, *_checked(path, data["X_test"], data["T_test"], n_in, n_out, "_test")
    return X, T, None, None


def _checked(path, X, T, n_in, n_out, suffix):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1 and n_in == 1:
        X = X[:, None]
    if X.ndim != 2 or X.shape[1] != n_in:
        sys.exit(f"{path}: X{suffix} has shape {X.shape}; the network needs (samples, {n_in})")
    T = np.asarray(T)
    if T.ndim == 1 and n_out > 1:  # class numbers -> one-hot rows
        if not np.all((T == np.round(T)) & (T >= 0) & (T < n_out)):
            sys.exit(f"{path}: T{suffix} has one value per sample, so it must hold class numbers 0…{n_out - 1}")
        T = np.eye(n_out)[T.astype(int)]
    elif T.ndim == 1:
        T = T[:, None]
    T = T.astype(float)
    if T.shape != (X.shape[0], n_out):
        sys.exit(f"{path}: T{suffix} has shape {T.shape}; expected ({X.shape[0]}, {n_out}), one row per row of X")
    return X, T


def evaluate(model, X, T, device):
    """'loss L  accuracy A %' for a whole data set."""
    with torch.no_grad():
        Y = model(torch.tensor(X, dtype=DTYPE, device=device))
        T = torch.tensor(T, dtype=DTYPE, device=device)
        text = f"loss {LOSSES[TRAINING['loss']](Y, T).item():.4g}"
        if T.shape[1] > 1:
            correct = (Y.argmax(dim=1) == T.argmax(dim=1)).double().mean().item()
        else:
            correct = ((Y > 0.5) == (T > 0.5)).double().mean().item()
    return f"{text}  accuracy {100 * correct:.1f} %"


def save_weights(model, path):
    """W1…WL, b1…bL, activations to `path`, written whole or not at all."""
    linears = [module for module in model if isinstance(module, nn.Linear)]
    arrays = {}
    for k, linear in enumerate(linears, 1):
        arrays[f"W{k}"] = linear.weight.detach().cpu().double().numpy().T.copy()
        arrays[f"b{k}"] = linear.bias.detach().cpu().double().numpy().copy()
    arrays["activations"] = np.array([activation for _, _, activation in LAYERS])
    fd, temp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def train(argv):
    parser = argparse.ArgumentParser(prog=f"{os.path.basename(sys.argv[0])} train",
                                     description="Train the network; under torchrun with DistributedDataParallel.")
    parser.add_argument("--data", required=True, metavar="DATA.npz", help="X, T (and optionally X_test, T_test)")
    parser.add_argument("--epochs", type=int, default=TRAINING["epochs"], metavar="N",
                        help=f"passes over the data (default {TRAINING['epochs']})")
    parser.add_argument("--save", metavar="OUT.npz", help="where to write the trained weights "
                        "(default: this script's name with .trained.npz)")
    args = parser.parse_args(argv)
    if args.epochs < 1:
        parser.error("--epochs must be at least 1")
    if CANNOT_TRAIN:
        sys.exit("cannot train: " + " ".join(CANNOT_TRAIN))
    save_to = args.save or os.path.splitext(os.path.abspath(__file__))[0] + ".trained.npz"

    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1  # torchrun sets WORLD_SIZE, RANK, LOCAL_RANK
    use_cuda = torch.cuda.is_available()
    if distributed:
        dist.init_process_group("nccl" if use_cuda else "gloo")
    rank, world = (dist.get_rank(), dist.get_world_size()) if distributed else (0, 1)
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device("cuda", local_rank) if use_cuda else torch.device("cpu")
    if use_cuda:
        torch.cuda.set_device(device)
    try:
        torch.manual_seed(TRAINING["seed"])
        model = build_model().to(device)
        n_in, n_out = len(LAYERS[0][0]), len(LAYERS[-1][1])
        X, T, X_test, T_test = load_data(args.data, n_in, n_out)
        net = DistributedDataParallel(model, device_ids=[local_rank] if use_cuda else None) if distributed else model
        # Each process sees its own 1/world of the data, in batches of 1/world of the file's batch size.
        data = TensorDataset(torch.tensor(X, dtype=DTYPE), torch.tensor(T, dtype=DTYPE))
        sampler = DistributedSampler(data, num_replicas=world, rank=rank, shuffle=True, seed=TRAINING["seed"])
        loader = DataLoader(data, batch_size=max(1, TRAINING["batch_size"] // world), sampler=sampler)
        optimizer = make_optimizer(net.parameters())
        loss_function = LOSSES[TRAINING["loss"]]
        linears = [module for module in model if isinstance(module, nn.Linear)]
        report_every = max(1, args.epochs // 10)
        if rank == 0:
            print(f"Training on {len(X)} samples for {args.epochs} epochs with {TRAINING['optimizer']} "
                  f"(lr {TRAINING['hyperparameters']['lr']:g}), loss {TRAINING['loss']}, batch size "
                  f"{TRAINING['batch_size']}, {world} process{'es' if world > 1 else ''} on {device.type}", flush=True)
        for epoch in range(1, args.epochs + 1):
            sampler.set_epoch(epoch)
            for xb, tb in loader:
                xb, tb = xb.to(device), tb.to(device)
                optimizer.zero_grad()
                loss = loss_function(net(xb), tb)
                if TRAINING["weight_decay"]:
                    loss = loss + 0.5 * TRAINING["weight_decay"] * sum((m.weight ** 2).sum() for m in linears)
                loss.backward()
                optimizer.step()
            if rank == 0 and (epoch % report_every == 0 or epoch == args.epochs):
                line = f"epoch {epoch}/{args.epochs}  train {evaluate(model, X, T, device)}"
                if X_test is not None:
                    line += f"  test {evaluate(model, X_test, T_test, device)}"
                print(line, flush=True)
        if rank == 0:
            save_weights(model, save_to)
            print(f"Saved {save_to}; back into Synaptica with: python -m simulator convert {save_to} trained.json",
                  flush=True)
        if distributed:
            dist.barrier()   # every process leaves together: tearing gloo down while a peer still works aborts it
    finally:
        if distributed:
            dist.destroy_process_group()


def predict(argv):
    n_in = len(LAYERS[0][0])
    if len(argv) != n_in:
        sys.exit(f"usage: python {sys.argv[0]} @INPUTS@   or   python {sys.argv[0]} train --data DATA.npz\n"
                 f"(the network has {n_in} inputs, got {len(argv)})")
    try:
        x = torch.tensor([[float(value) for value in argv]], dtype=DTYPE)
    except ValueError as error:
        sys.exit(f"every input must be a number: {error}")
    with torch.no_grad():
        y = build_model()(x)[0]
    print(" ".join(repr(float(value)) for value in y))


def main(argv):
    if argv and argv[0] == "train":
        train(argv[1:])
        if int(os.environ.get("WORLD_SIZE", "1")) > 1:
            # The process group is destroyed and every result saved; leave at once. gloo's worker threads can
            # otherwise abort the interpreter's shutdown ("terminate called without an active exception").
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
    elif not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
    else:
        predict(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
'''
