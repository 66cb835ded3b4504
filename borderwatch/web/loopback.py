"""Run the app on a loopback port in a background thread (tests, benchmark).

``running(app)`` starts uvicorn on ``127.0.0.1`` and a free port, waits until
it answers, yields its base URL and stops it.  Only loopback: nothing here
listens on another interface.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from borderwatch.errors import ServerStartError

LOOPBACK = "127.0.0.1"
#: Seconds to wait for the server to start answering.
START_TIMEOUT_S = 20.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(app: Any, port: int | None = None, **config: Any) -> Iterator[str]:
    """Serve ``app`` on loopback while the block runs; yields ``http://127.0.0.1:PORT``."""
    import uvicorn

    port = port or free_port()
    options: dict[str, Any] = {"log_level": "warning", "lifespan": "on", **config}
    server = uvicorn.Server(uvicorn.Config(app, host=LOOPBACK, port=port, **options))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise ServerStartError(f"the server on port {port} did not start")
        time.sleep(0.02)
    try:
        yield f"http://{LOOPBACK}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
