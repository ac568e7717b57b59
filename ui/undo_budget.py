"""A memory budget for the undo history.

Every structure edit and every training run keeps whole network states for undo;
on a 784-1000-1000-10 network each is 14 MB. The history is therefore bounded by
memory, not by a count: when the states it holds exceed UNDO_BUDGET_BYTES, the
oldest steps are dropped first (the newest step is always kept). A state shared by
two neighbouring steps (one run's end is the next run's start) is counted once.

QUndoStack cannot drop its oldest commands, so `trim` rebuilds the stack from
clones of the commands it keeps, replaying them silently; the document ends
exactly as it was, with the same undo and redo steps on top and the same clean state.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoStack

from .i18n import translate

#: The most memory the undo history may hold in network states (documented in the Edit menu).
UNDO_BUDGET_BYTES = 256 * 2 ** 20


def budget_text(budget: int = UNDO_BUDGET_BYTES) -> str:
    return translate("UndoBudget", "Undo keeps up to {0} MB of steps; the oldest are dropped first").format(
        budget // 2 ** 20)


def state_bytes(state, seen: set[int]) -> int:
    """Memory held by one NetworkState's arrays, not counting arrays already in `seen`."""
    if state is None or id(state) in seen or not hasattr(state, "network"):   # settings commands hold dicts
        return 0
    seen.add(id(state))
    arrays = [state.inputs]
    for layer in state.network.layers:
        arrays += [layer.W, layer.b]
    total = sum(a.nbytes for a in arrays if id(a) not in seen)
    seen.update(id(a) for a in arrays)
    if state.history is not None:
        total += 8 * 5 * len(state.history)      # five float columns per kept point
    return total


def command_bytes(command, seen: set[int]) -> int:
    return state_bytes(getattr(command, "before", None), seen) + state_bytes(getattr(command, "after", None), seen)


def stack_bytes(stack: QUndoStack) -> int:
    """The memory the undo history holds in network states (each shared state counted once)."""
    seen: set[int] = set()
    return sum(command_bytes(stack.command(i), seen) for i in range(stack.count()))


def oldest_to_drop(stack: QUndoStack, budget: int) -> int:
    """How many of the oldest commands must go so the rest fit in `budget` (the newest undo step stays)."""
    sizes = []
    seen: set[int] = set()
    for i in reversed(range(stack.count())):        # newest first, so shared states count with the newer step
        sizes.append(command_bytes(stack.command(i), seen))
    sizes.reverse()
    total = sum(sizes)
    drop = 0
    while total > budget and drop < stack.index() - 1:
        total -= sizes[drop]
        drop += 1
    # A step gathered from several commands (Document.one_step) cannot be cloned: it goes too, or
    # nothing is dropped while it is the newest step.
    last = max((i for i in range(drop, stack.count()) if not hasattr(stack.command(i), "clone")), default=-1)
    if drop and last >= 0:
        drop = last + 1 if last + 1 <= stack.index() - 1 else 0
    return drop


def trim(document, budget: int = UNDO_BUDGET_BYTES) -> int:
    """Drop the oldest undo steps until the history fits in `budget`; returns how many were dropped."""
    stack = document.undo_stack
    if getattr(document, "in_step", 0):
        return 0                                     # the step is still being gathered; trimmed once it is whole
    drop = oldest_to_drop(stack, budget)
    if drop == 0:
        return 0
    index, clean = stack.index(), stack.cleanIndex()
    kept = [stack.command(i).clone() for i in range(drop, stack.count())]
    state, modified = document._state, document.is_modified
    pristine = document._pristine if document._pristine and document._pristine[1] == document._changes else None
    blocked = stack.blockSignals(True)
    document._replaying = True
    try:
        stack.clear()
        for command in kept:
            stack.push(command)                       # redoes each step, silently
        if clean >= drop:
            stack.setIndex(clean - drop)
            stack.setClean()
        stack.setIndex(index - drop)
    finally:
        document._replaying = False
        stack.blockSignals(blocked)
    document._state = state                          # exactly the object the views show
    document._trace = None
    document._pristine = None if pristine is None else (pristine[0], document._changes)
    if modified and stack.isClean():
        document._dirty_outside_undo = True          # the saved state was among the dropped steps
    return drop
