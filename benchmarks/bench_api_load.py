"""Load test of the chat API: N concurrent chat completions, bounded by a timeout.

Prints throughput and latency percentiles. Against a running server:

    .venv/bin/python benchmarks/bench_api_load.py --url http://127.0.0.1:7860 --api-key user:pass

Without --url it starts the app in-process (uvicorn thread, free loopback port) on the configured
GANGWEI_HOME, which must already be indexed (`gangwei ingest`).
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from pydantic import BaseModel

QUESTIONS = [
    "期货公司客服中心的产品服务专员要做哪些工作?",
    "顾问服务专员的任职要求有哪些?",
    "帮我列一下销售经理的岗位职责。",
    "支行客户经理这类技术性岗位,KPI可以设哪些具体指标?",
    "做岗位分析具体有哪些操作步骤?",
    "给银行员工做平衡计分卡考核,一般分哪几个维度?",
    "大客户经理主要干什么?",
    "红烧肉怎么做才好吃?",
]


class LoadResult(BaseModel):
    requests: int
    concurrency: int
    ok: int
    errors: list[str]
    seconds: float
    throughput: float  # completed requests per second
    p50: float
    p95: float
    max: float
    streamed: int

    def report(self) -> str:
        return (
            f"请求 {self.requests} (并发 {self.concurrency}, 其中流式 {self.streamed}) · 成功 {self.ok} · 失败 {len(self.errors)}\n"
            f"总用时 {self.seconds:.2f} 秒 · 吞吐 {self.throughput:.2f} 请求/秒\n"
            f"延迟 p50 {self.p50:.2f} 秒 · p95 {self.p95:.2f} 秒 · 最大 {self.max:.2f} 秒"
        )


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def run_load(
    base_url: str, api_key: str = "none", requests: int = 20, concurrency: int = 20, timeout: float = 180.0
) -> LoadResult:
    """Fire ``requests`` chat completions with ``concurrency`` threads (every other one streamed)."""
    from openai import OpenAI

    client = OpenAI(base_url=f"{base_url.rstrip('/')}/v1", api_key=api_key, max_retries=0, timeout=timeout)

    def one(i: int) -> float:
        question = QUESTIONS[i % len(QUESTIONS)]
        started = time.perf_counter()
        messages = [{"role": "user", "content": question}]
        if i % 2:
            text = ""
            for chunk in client.chat.completions.create(model="gangwei-extractive", messages=messages, stream=True):
                if chunk.choices and chunk.choices[0].delta.content:
                    text += chunk.choices[0].delta.content
        else:
            text = client.chat.completions.create(model="gangwei-extractive", messages=messages).choices[0].message.content
        if not text:
            raise RuntimeError(f"空回答: {question}")
        return time.perf_counter() - started

    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = [pool.submit(one, i) for i in range(requests)]
        for future in as_completed(futures, timeout=timeout):
            try:
                latencies.append(future.result())
            except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                errors.append(f"{type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - started
    return LoadResult(
        requests=requests,
        concurrency=concurrency,
        ok=len(latencies),
        errors=errors,
        seconds=seconds,
        throughput=len(latencies) / seconds if seconds else 0.0,
        p50=percentile(latencies, 0.5),
        p95=percentile(latencies, 0.95),
        max=max(latencies, default=0.0),
        streamed=requests // 2,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="chat API 并发压测")
    parser.add_argument("--url", help="已运行服务的地址; 不给则在进程内启动")
    parser.add_argument("--api-key", default="none", help="启用登录时: 用户名:密码")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    if args.url:
        result = run_load(args.url, args.api_key, args.requests, args.concurrency, args.timeout)
    else:
        from assistant.api.server import BackgroundServer, create_app
        from assistant.config import Settings
        from assistant.services import Services

        services = Services(Settings())
        if services.is_empty():
            print("索引为空: 请先运行 `gangwei ingest`", file=sys.stderr)
            return 2
        services.warm_up()
        with BackgroundServer(create_app(services)) as server:
            result = run_load(server.url, args.api_key, args.requests, args.concurrency, args.timeout)
    print(result.report())
    for error in result.errors[:5]:
        print("  错误:", error)
    return 0 if not result.errors else 1


if __name__ == "__main__":
    sys.exit(main())
