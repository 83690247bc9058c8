"""A tiny OpenAI-protocol chat server on loopback, for testing the LLM backend over real HTTP.

The requested ``model`` picks the behaviour:

* ``good``: answers with a sentence copied from evidence [1], cited as [1] (streamed in pieces)
* ``fabricated``: cites [1] but adds a number that is in no evidence
* ``badcite``: cites an id that does not exist
* ``error500``: HTTP 500
* ``slow``: waits longer than the client's timeout before answering
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW_SECONDS = 3.0


def _evidence_one(messages: list[dict]) -> str:
    """The text of evidence [1] from the user prompt (the prompt lists "[1] (file 第a-b行) text")."""
    for message in messages:
        content = message.get("content") or ""
        if isinstance(content, list):
            content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
        m = re.search(r"^\[1\] \([^)]*\) (.+)$", content, re.M)
        if m:
            return m.group(1).strip()
    return ""


def reply_for(model: str, messages: list[dict]) -> str:
    first = _evidence_one(messages)
    if model == "good":
        return f"根据知识库：\n1. {first}[1]"
    if model == "fabricated":
        return f"该岗位要求 37 年以上工作经验，{first}[1]"
    if model == "badcite":
        return f"{first}[99]"
    return first


class _Handler(BaseHTTPRequestHandler):
    server_version = "stub-openai/1.0"
    requests: list[dict] = []

    def log_message(self, *args) -> None:  # noqa: ANN002 - keep test output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        type(self).requests.append(body)
        if not self.path.endswith("/chat/completions"):
            self.send_error(404)
            return
        model = body.get("model", "good")
        if model == "error500":
            payload = json.dumps({"error": {"message": "internal error", "type": "server_error"}}).encode()
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        if model == "slow":
            time.sleep(SLOW_SECONDS)
        text = reply_for(model, body.get("messages", []))
        if body.get("stream"):
            self._stream(model, text)
        else:
            self._whole(model, text)

    def _chunk(self, model: str, delta: dict, finish: str | None = None) -> bytes:
        data = {
            "id": "chatcmpl-stub",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n".encode()

    def _stream(self, model: str, text: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(self._chunk(model, {"role": "assistant", "content": ""}))
        for i in range(0, len(text), 8):
            self.wfile.write(self._chunk(model, {"content": text[i : i + 8]}))
            self.wfile.flush()
        self.wfile.write(self._chunk(model, {}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _whole(self, model: str, text: str) -> None:
        data = {
            "id": "chatcmpl-stub",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        payload = json.dumps(data, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class StubServer:
    """``with StubServer() as url:`` serves on 127.0.0.1 at a free port until the block ends."""

    def __enter__(self) -> str:
        _Handler.requests = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def requests(self) -> list[dict]:
        return _Handler.requests

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        self.httpd.shutdown()
        self.httpd.server_close()
