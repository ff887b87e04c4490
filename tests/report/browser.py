"""A real browser for the report tests: Debian's headless ``chromium``, driven over the Chrome
DevTools Protocol (its remote-debugging websocket) with the small client below.

:func:`open_page` loads a file and records everything a user's browser would complain about:
console messages and exceptions, log entries (a Content-Security-Policy violation is one)
and every request the page makes (any request but the file itself means the report is not
self-contained). :meth:`Page.screenshot` and :meth:`Page.print_pdf` give what the user sees
and what they print (``Page.printToPDF``, the engine behind ``chromium --print-to-pdf``, with
the report's own ``@page`` size).

Without chromium the tests are skipped, except in CI (CI=true), where they fail: .ci/run
installs it.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.common import unavailable

#: The flags the issue asks for: headless, no sandbox (root in CI), nothing that talks to a
#: server on its own (background networking, component updates, sync, first-run pages).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
)
TIMEOUT = 60.0


def require_chromium() -> str:
    """Path of chromium. Skips the test without it, except under CI=true, where it fails."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    unavailable("chromium is not installed (apt-get install chromium)")


@dataclass
class Page:
    """One page under the protocol; ``events`` holds every event received, in order."""

    ws: object
    events: list[dict] = field(default_factory=list)
    _next: int = 0

    def call(self, method: str, **params) -> dict:
        self._next += 1
        number = self._next
        self.ws.send(json.dumps({"id": number, "method": method, "params": params}))
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == number:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)
        raise AssertionError(f"{method}: no answer in {TIMEOUT} s")

    def wait_for(self, method: str) -> dict:
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            self.events.append(message)
            if message.get("method") == method:
                return message
        raise AssertionError(f"no {method} in {TIMEOUT} s")

    def settle(self, seconds: float = 0.5) -> None:
        """Collect the events that arrive within SECONDS (late console messages)."""
        self.ws.settimeout(seconds)
        try:
            while True:
                self.events.append(json.loads(self.ws.recv()))
        except Exception:  # the websocket timeout: nothing more came
            pass
        finally:
            self.ws.settimeout(TIMEOUT)

    # ------------------------------------------------------------------ what happened
    def requests(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def complaints(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, log entries of level warning
        or error (CSP violations, blocked loads)."""
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in (
                "error",
                "warning",
                "assert",
            ):
                out.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                out.append(f"exception: {params.get('exceptionDetails')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                out.append(f"log: {params['entry'].get('text')}")
        return out

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def screenshot(self, width: int, height: int) -> bytes:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        return base64.b64decode(data["data"])

    def element_screenshot(self, selector: str, width: int = 1280, scale: float = 1) -> bytes:
        """A PNG of the first element matching SELECTOR, in a window WIDTH pixels wide."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=900,
            deviceScaleFactor=scale,
            mobile=False,
        )
        box = self.evaluate(
            f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, "
            "r.height]; })()"
        )
        x, y, w, h = box
        clip = {"x": x, "y": y, "width": w, "height": h, "scale": 1}
        data = self.call(
            "Page.captureScreenshot", format="png", clip=clip, captureBeyondViewport=True
        )
        return base64.b64decode(data["data"])

    def print_pdf(self) -> bytes:
        data = self.call(
            "Page.printToPDF",
            preferCSSPageSize=True,
            printBackground=True,
            displayHeaderFooter=False,
        )
        return base64.b64decode(data["data"])


def _port(profile: Path, proc: subprocess.Popen) -> int:
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"chromium exited with {proc.returncode}")
        try:
            return int(marker.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            time.sleep(0.05)
    raise AssertionError("chromium did not open its debugging port")


@contextmanager
def open_page(path: Path):
    """Start a fresh headless chromium (new profile), enable the page, console, log and
    network domains, load PATH (file://) and wait for its load event; yields the
    :class:`Page`. The browser is stopped afterwards."""
    import websocket  # websocket-client

    chromium = require_chromium()
    with tempfile.TemporaryDirectory(prefix="jp-chromium-", ignore_cleanup_errors=True) as profile:
        proc = subprocess.Popen(
            [chromium, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped whole, helpers too
        )
        try:
            port = _port(Path(profile), proc)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT) as r:
                targets = json.load(r)
            target = next(t for t in targets if t.get("type") == "page")
            ws = websocket.create_connection(
                target["webSocketDebuggerUrl"], timeout=TIMEOUT, suppress_origin=True
            )
            try:
                page = Page(ws)
                for domain in ("Page", "Runtime", "Log", "Network"):
                    page.call(f"{domain}.enable")
                page.call("Page.navigate", url=Path(path).resolve().as_uri())
                page.wait_for("Page.loadEventFired")
                page.settle()
                yield page
            finally:
                ws.close()
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """Stop the chromium this module started: its process group (the browser and its
    helpers, which would go on writing to the profile), by the group's id."""
    import signal

    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # helpers of the group leave shortly after
        try:
            os.killpg(proc.pid, 0)
        except (ProcessLookupError, PermissionError):
            return
        time.sleep(0.05)


def non_white_share(png: bytes) -> float:
    """Share of the pixels of PNG that are not (nearly) white."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    histogram = image.histogram()
    total = sum(histogram)
    return sum(histogram[:245]) / total if total else 0.0
