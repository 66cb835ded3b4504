"""Work a client no longer waits for is dropped: ``AbandonOnDisconnect``.

When the client of a request goes (closes its connection) before the
answer is ready, the request's task is cancelled and its cancel flag
(``borderwatch.cancel``, the current flag of everything the request runs,
its worker thread included) is raised.  A request still waiting for a worker
thread is dropped at once; one waiting for another request's computation of
the same answer (``web.cache``) stops waiting; work already running in a
thread stops at its next step or statement (Python cannot stop a thread from
outside), and a computation several requests share stops when the last of
them has gone.  Its answer, if any, is thrown away.
"""

from __future__ import annotations

import threading

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from borderwatch.cancel import CancelFlag, cancelling


class AbandonOnDisconnect:
    """ASGI middleware: cancel a request's handling when its client disconnects."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send_messages, messages = anyio.create_memory_object_stream[Message](16)
        flag = CancelFlag()

        async def app_receive() -> Message:
            try:
                return await messages.receive()
            except anyio.EndOfStream:
                return {"type": "http.disconnect"}

        # the tasks started below, and the worker threads they start, see the flag
        with cancelling(flag):
            async with anyio.create_task_group() as group:

                async def listen() -> None:
                    async with send_messages:
                        while True:
                            message = await receive()
                            if message["type"] == "http.disconnect":
                                _raise(flag)  # the client is gone: stop its work
                                group.cancel_scope.cancel()
                                return
                            await send_messages.send(message)

                async def answer() -> None:
                    await self.app(scope, app_receive, send)
                    group.cancel_scope.cancel()  # answered: stop listening

                group.start_soon(listen)
                group.start_soon(answer)


def _raise(flag: CancelFlag) -> None:
    """Raise ``flag`` in a thread of its own: raising it may ask PostgreSQL to
    cancel a query (a short blocking call), kept off the event loop."""
    threading.Thread(target=flag.cancel, name="cancel-request", daemon=True).start()
