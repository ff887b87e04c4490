"""An event loop with a virtual clock, for tests of the language server's scheduler.

The scheduler's promises (debounce, one check at a time) are about the server's own clock,
``loop.time()``. On a loaded machine a test's ``asyncio.sleep(0.001)`` can end 50 ms later,
which the server rightly takes for a pause in the typing; a test that counts checks on the
wall clock then counts the machine's load. :class:`VirtualClockLoop` makes the loop's time a
number that moves only when the loop has nothing to do but wait for its next timer: then it
jumps to that timer. Callbacks take no time, a 1 ms sleep is 1 ms, however busy the cores are.
Waiting for I/O (a worker thread's result reaches the loop through its self-pipe) stays real
waiting, bounded by :data:`REAL_LIMIT` seconds so a test that hangs fails instead. While
:attr:`VirtualClockLoop.hold` says so (a check is running), the clock stands still and the
loop waits for the worker for real: work in a thread then takes no time on the loop's clock
either, unless the test holds that work on purpose.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Callable

#: Longest real wait for I/O when no timer is pending (a test that hangs fails after it).
REAL_LIMIT = 60.0


class _VirtualSelector:
    """The loop's selector, with ``select(timeout)`` advancing the virtual clock instead of
    sleeping; every other method is the real selector's."""

    def __init__(self, inner: selectors.BaseSelector, loop: VirtualClockLoop) -> None:
        self._inner = inner
        self._loop = loop

    def select(self, timeout: float | None = None):
        events = self._inner.select(0)
        if events or timeout == 0:
            return events
        if timeout is None or self._loop.hold():  # only I/O (a worker's result) can come
            events = self._inner.select(REAL_LIMIT)
            if not events:
                raise TimeoutError(f"no event for {REAL_LIMIT} s and no timer pending")
            return events
        self._loop.now += timeout  # the next timer is due: it is its time now
        return []

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """A selector event loop whose ``time()`` is virtual (seconds from 0)."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0
        #: while this returns True the clock stands still and the loop waits for I/O
        self.hold: Callable[[], bool] = lambda: False
        self._selector = _VirtualSelector(self._selector, self)

    def time(self) -> float:
        return self.now


def run_clocked(coro):
    """Run the coroutine CORO to its end on a fresh :class:`VirtualClockLoop`; its result."""
    loop = VirtualClockLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
