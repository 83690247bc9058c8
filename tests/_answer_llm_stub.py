"""A scripted OpenAI-protocol chat server on loopback, for testing the LLM backend over real HTTP.

The requested ``model`` picks the behaviour; most replies are built from the draft and evidence
the prompt carries (between ``<参考答案>`` / ``<资料>`` tags), so they fit any question:

* ``good``       a friendly rewrite of the draft that keeps every item, number, caveat and [n]
* ``draft``      the draft itself, verbatim
* ``labels``     the draft with the prompt's source labels copied after every marker
* ``markers``    only citation markers: "[1] [2][3]"
* ``cpa``        the draft plus an invented item "必须持有 CPA 证书 [1]"
* ``numeral``    the draft with its first "N年" written as another Chinese numeral ("五年")
* ``nocaveat``   the draft without its caveat line
* ``dropitem``   the draft without its last numbered item
* ``badcite``    the draft citing [99]
* ``truncated``  half the draft, then the connection is closed (no finish reason, no [DONE])
* ``trickle``    the draft in small chunks every ``TRICKLE_SECONDS`` (each within the read timeout)
* ``length``     the draft, ending with finish_reason "length"
* ``slow``       waits ``SLOW_SECONDS`` before answering (beyond a short read timeout)
* ``error500``   HTTP 500 with an OpenAI-style error body
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW_SECONDS = 3.0
TRICKLE_SECONDS = 1.5
CHUNK = 8
CN_NUMERALS = "零一二三四五六七八九"


def _user_prompt(messages: list[dict]) -> str:
    for message in messages:
        if message.get("role") in ("user", "human"):
            content = message.get("content") or ""
            if isinstance(content, list):
                content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
            return content
    return ""


def _tag(prompt: str, name: str) -> str:
    m = re.search(rf"<{name}>\n?(.*?)\n?</{name}>", prompt, re.S)
    return m.group(1) if m else ""


def _labels(prompt: str) -> dict[str, str]:
    """[n] -> the prompt's source label for it ("000_x.txt，第 12–14 行")."""
    return {m.group(1): m.group(2) for m in re.finditer(r"^\[(\d+)\]（([^）]*)）", _tag(prompt, "资料"), re.M)}


def friendly(draft: str) -> str:
    """What a good model does: plainer words around the same items, numbers, caveats and markers."""
    out = []
    for line in draft.splitlines():
        line = line.replace("以下是", "下面是").replace("的岗位职责：", "平时要做的事：").replace("的任职要求：", "需要满足的条件：")
        line = re.sub(r"^(\d+)\. 负责", r"\1. 要负责", line)
        out.append(line)
    return "\n".join(out)


def reply_for(model: str, messages: list[dict]) -> str:
    prompt = _user_prompt(messages)
    draft = _tag(prompt, "参考答案")
    lines = draft.splitlines()
    if model == "good":
        return friendly(draft)
    if model == "labels":
        labels = _labels(prompt)
        return re.sub(r"\[(\d+)\]", lambda m: f"[{m.group(1)}]（{labels.get(m.group(1), '')}）", draft)
    if model == "markers":
        return "[1] [2][3]"
    if model == "cpa":
        n = sum(1 for x in lines if re.match(r"^\d+\. ", x)) + 1
        return draft + f"\n{n}. 必须持有 CPA 证书 [1]"
    if model == "numeral":
        def other(m: re.Match) -> str:
            return CN_NUMERALS[(int(m.group(1)) + 2) % 10] + "年"

        return re.sub(r"(?<!\d)(\d)年", other, draft, count=1)
    if model == "nocaveat":
        return "\n".join(x for x in lines if "知识库中没有" not in x).strip()
    if model == "dropitem":
        last = max((i for i, x in enumerate(lines) if re.match(r"^\d+\. ", x)), default=-1)
        return "\n".join(x for i, x in enumerate(lines) if i != last)
    if model == "badcite":
        return draft.replace("[1]", "[99]")
    return draft


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
            payload = json.dumps({"error": {"message": "model overloaded", "type": "server_error"}}).encode()
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
        pieces = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
        if model == "truncated":
            pieces = pieces[: max(1, len(pieces) // 2)]
        for piece in pieces:
            if model == "trickle":
                time.sleep(TRICKLE_SECONDS)
            try:
                self.wfile.write(self._chunk(model, {"content": piece}))
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return  # the client gave up (deadline): stop like a real server would
        if model == "truncated":
            self.close_connection = True  # the server "dies": no finish reason, no [DONE]
            return
        self.wfile.write(self._chunk(model, {}, "length" if model == "length" else "stop"))
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


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - socketserver API
        # a client that gave up (timeout, deadline) closes the socket: expected, not a test failure
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class StubServer:
    """``with StubServer() as url:`` serves on 127.0.0.1 at a free port until the block ends."""

    def __enter__(self) -> str:
        _Handler.requests = []
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
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
