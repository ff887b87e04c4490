"""A refused rename (-32803, e.g. to ``Bad ID`` or ``overview``) is an answer to the user,
not a failure: pygls's log of it on stderr is one line, not a traceback. Other errors keep
their traceback."""

from __future__ import annotations

import io
import logging

import pytest
from pygls.exceptions import JsonRpcException

from journeyplan.lsp.handlers import REQUEST_FAILED
from journeyplan.lsp.server import quiet_refusals


@pytest.fixture
def stderr():
    """pygls's JSON-RPC logger into a stream formatted as Python's last-resort handler
    (what ``journeyplan lsp`` prints on stderr without logging configured)."""
    log = logging.getLogger("pygls.protocol.json_rpc")
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    log.addHandler(handler)
    quiet_refusals()
    quiet_refusals()  # installing twice is installing once
    yield log, out
    log.removeHandler(handler)


def log_failure(log: logging.Logger, exc: Exception) -> None:
    try:
        raise exc
    except Exception:
        log.exception('Exception occurred for message "%s"', 7)  # as pygls does


def test_a_refused_rename_is_one_line(stderr):
    log, out = stderr
    message = "'Bad ID' is not a valid id: use lowercase letters, digits, '-' and '_'"
    log_failure(log, JsonRpcException(message, code=REQUEST_FAILED))
    assert out.getvalue() == f"journeyplan lsp: request refused (-32803): {message}\n"
    assert sum(isinstance(f, logging.Filter) for f in log.filters) == 1


def test_other_errors_keep_their_traceback(stderr):
    log, out = stderr
    log_failure(log, ValueError("kaboom"))
    assert "Traceback (most recent call last)" in out.getvalue()
    assert "ValueError: kaboom" in out.getvalue()
