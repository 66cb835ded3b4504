"""Work a client no longer waits for is dropped: ``AbandonOnDisconnect``.

When the client of a request goes (closes its connection) before the
answer is ready, the request's task is cancelled.  A request still waiting
for a worker thread, or for another request's computation of the same
answer (``web.cache``), is dropped at once and frees its place; work
already running in a thread finishes (Python cannot stop a thread), but its
answer is thrown away and no more of the request's steps run.
"""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class AbandonOnDisconnect:
    """ASGI middleware: cancel a request's handling when its client disconnects."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send_messages, messages = anyio.create_memory_object_stream[Message](16)

        async def app_receive() -> Message:
            try:
                return await messages.receive()
            except anyio.EndOfStream:
                return {"type": "http.disconnect"}

        async with anyio.create_task_group() as group:

            async def listen() -> None:
                async with send_messages:
                    while True:
                        message = await receive()
                        if message["type"] == "http.disconnect":
                            group.cancel_scope.cancel()  # the client is gone
                            return
                        await send_messages.send(message)

            async def answer() -> None:
                await self.app(scope, app_receive, send)
                group.cancel_scope.cancel()  # answered: stop listening

            group.start_soon(listen)
            group.start_soon(answer)
