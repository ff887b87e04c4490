"""Pausing Python's cyclic garbage collector while a plan is read, validated and checked.

Reading a plan allocates millions of small objects (YAML nodes, model elements, position
tuples) that form no reference cycles and are freed by reference counting alone. With the
collector on, every few hundred allocations it traverses the ever-growing set of live
objects again: on a 100,000-touchpoint plan that made ``check`` several times slower (see
docs/performance.md). Cycles created meanwhile are still collected once the collector is
back on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector inside the ``with`` block; afterwards it is
    enabled again if it was enabled before (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
