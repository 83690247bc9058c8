"""The web UI in a real browser: Debian's headless chromium driven by Playwright against the real app
(``assistant.web.create_app``: API, security middlewares and the Gradio UI) on a small corpus.

Covers issue 15's acceptance: inline Chinese errors that keep the edited KPI table, citations that
open their passage (and "查看原文"), plain-text copy, a reload that keeps the conversation,
thumbs-down stored in SQLite (and exported by the eval), identical KPI .xlsx columns in web and
CLI, the JD form and its .docx, escaping of uploaded script payloads, per-user history, and
screenshots at 1280 px and 390 px (written to docs/screenshots/, kept small).

Playwright never downloads a browser here: it is pointed at /usr/bin/chromium.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SHOTS = ROOT / "docs" / "screenshots"
SHOT_MAX_BYTES = 150_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="需要 Debian 的 chromium (/usr/bin/chromium): apt-get install -y chromium"),
    # Gradio's own queue code on pandas 3 (not ours)
    pytest.mark.filterwarnings("ignore:'future.no_silent_downcasting' is deprecated"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

EDITOR = ("hr", "hr-pass")
VIEWER = ("boss", "boss-pass")
CORPUS_FILES = [
    ROOT / "corpus" / "000_9eeea241028b3f98.txt",  # 产品服务专员 and many more postings
]
EXTRA_FILES = ["cx02_车辆调度员岗位说明书.docx", "cx09_人事行政部经理绩效考核表.md", "cx10_导购岗位职责.txt"]
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_DOC = f"""# 星河数据标注员{XSS_SCRIPT}岗位说明书

## 岗位职责
1. 负责星河卫星图像的数据标注与质检{XSS_IMG}, 每日完成不少于五百张。
2. 负责维护星河标注规范文档{XSS_SCRIPT}并培训新标注员。

## 任职资格
1. 大专及以上学历, 熟悉遥感图像{XSS_IMG}。
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory, settings_factory, corpus_dir):
    """The whole web app on a free loopback port over a small private corpus, login on."""
    from assistant.auth import UserStore
    from assistant.services import Services
    from assistant.web import BackgroundServer, create_app

    root = tmp_path_factory.mktemp("ui")
    corpus = root / "corpus"
    corpus.mkdir()
    for src in CORPUS_FILES:
        src = src if src.exists() else corpus_dir / src.name
        shutil.copy(src, corpus / src.name)
    extra = ROOT.parent / "shared" / "corpus-extra"
    for name in EXTRA_FILES:
        if (extra / name).exists():
            shutil.copy(extra / name, corpus / name)
    settings = settings_factory(root / "home", corpus, auth=f"{EDITOR[0]}:{EDITOR[1]}:editor,{VIEWER[0]}:{VIEWER[1]}:viewer")
    services = Services(settings)
    result, _ = services.corpus.ingest()
    assert not result.failed, [r.message for r in result.reports if not r.ok]
    services.warm_up()
    app = create_app(services, UserStore.for_settings(settings), host="127.0.0.1")
    with BackgroundServer(app) as server:
        yield SimpleNamespace(url=server.url, services=services, settings=settings, root=root)


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def open_app(browser, site, user, width: int = 1280, height: int = 860):
    """A fresh browser context (own profile), logged in; returns (context, page)."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.errors = []  # type: ignore[attr-defined]
    page.dialogs = []  # type: ignore[attr-defined]
    page.external = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith((site.url, "data:", "blob:")) else page.external.append(r.url))
    page.goto(site.url + "/")
    page.locator("input[type=text]").first.fill(user[0])
    page.locator("input[type=password]").fill(user[1])
    page.locator("button").filter(has_text="登录").click()
    page.wait_for_selector("#gw-tabs")
    page.wait_for_selector("#gw-header .gw-user")  # the page-load event ran
    return context, page


def shot(page, name: str, full_page: bool = False) -> Path:
    """A small PNG in docs/screenshots (palette-quantised so the README stays light)."""
    from PIL import Image

    SHOTS.mkdir(parents=True, exist_ok=True)
    image = Image.open(io.BytesIO(page.screenshot(full_page=full_page))).convert("RGB")
    target = SHOTS / f"{name}.png"
    for colors in (64, 32, 16):
        image.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
        if target.stat().st_size < SHOT_MAX_BYTES:
            break
    assert target.stat().st_size < SHOT_MAX_BYTES, target.stat().st_size
    return target


def ask(page, question: str) -> None:
    before = page.locator("#gw-chat .gw-actions").count()
    page.locator("#gw-question textarea").fill(question)
    page.locator("#gw-send").click()
    try:
        page.wait_for_function(f"document.querySelectorAll('#gw-chat .gw-actions').length > {before}")
    except Exception as exc:  # say what the page shows instead of a bare timeout
        status = page.locator("#gw-chat-status").inner_text(timeout=5_000)
        chat = page.locator("#gw-chat").inner_text(timeout=5_000)[-600:]
        toasts = page.locator(".toast-body").all_inner_texts()
        raise AssertionError(f"没有等到回答：状态={status!r} 提示={toasts!r} 对话末尾={chat!r} 页面错误={page.errors!r}") from exc


def last_answer(page):
    return page.locator("#gw-chat .bot-row").last


def set_role(page, elem_id: str, role: str) -> None:
    box = page.locator(f"#{elem_id} input")
    box.click()
    box.fill(role)
    box.press("Enter")
    page.keyboard.press("Escape")


def sse_text(events: str) -> str:
    """The JSON payloads of a Gradio event stream, decoded (Chinese readable)."""
    out = []
    for line in events.splitlines():
        if line.startswith("data:"):
            try:
                out.append(json.dumps(json.loads(line[5:].strip()), ensure_ascii=False))
            except ValueError:
                out.append(line[5:])
    return "\n".join(out)


def feedback_rows(settings) -> list[dict]:
    path = settings.home / "feedback.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM feedback ORDER BY id")]


# --- chat --------------------------------------------------------------------------------------------------


def test_chat_citations_copy_feedback_and_reload(browser, site) -> None:
    context, page = open_app(browser, site, EDITOR)
    ask(page, "期货公司客服中心的产品服务专员要做哪些工作?")
    answer = last_answer(page)
    assert "400电话" in answer.inner_text()
    # sources name the document, not the hashed file alone, with a location people understand
    summary = answer.locator("details.gw-src summary").first.inner_text()
    assert "《客户经理岗位职责集锦9篇》" in summary and "产品服务专员" in summary and "行" in summary

    # [1] is clickable: it opens its source card with the quoted passage marked
    assert answer.locator("details.gw-src[open]").count() == 0
    cite = answer.locator(".gw-cite").first
    cite.hover()
    page.wait_for_selector("#gw-tip", state="visible")
    assert "客户经理岗位职责集锦9篇" in page.locator("#gw-tip").inner_text()  # hover preview on desktop
    cite.click()
    card = answer.locator("details.gw-src[open]").first
    card.wait_for()
    assert card.locator(".gw-src-passage mark").count() >= 1 and card.locator(".gw-src-passage").is_visible()
    page.mouse.move(1, 1)
    page.wait_for_timeout(600)  # the card has scrolled into view
    shot(page, "chat_1280")

    # "查看原文": the document around the cited lines, the cited ones marked
    card.locator(".gw-view").click()
    viewer = page.locator(".gw-viewer:not(.gw-closed)")
    viewer.wait_for()
    assert "客户经理岗位职责集锦9篇" in viewer.locator(".gw-viewer-title").inner_text()
    assert "400电话业务" in viewer.locator("tr.gw-line-cited").all_inner_texts()[-1]
    assert viewer.locator("tr:not(.gw-line-cited)").count() > 0  # context around them
    viewer.locator(".gw-viewer-close").click()
    page.wait_for_selector(".gw-viewer:not(.gw-closed)", state="hidden")

    # copy: the answer and its sources as plain text, no HTML
    answer.locator(".gw-copy").click()
    page.wait_for_function("window.__gwCopied !== undefined")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.evaluate("window.__gwCopied")
    assert "400电话业务" in copied and "来源" in copied and "《客户经理岗位职责集锦9篇》" in copied
    assert "<" not in copied and ">" not in copied and "**" not in copied and "&lt;" not in copied

    # a follow-up, then a thumbs-down with a comment: stored with the question, answer, sources
    # and the earlier question
    ask(page, "那任职要求呢?")
    assert "本科" in last_answer(page).inner_text()
    last_answer(page).locator(".gw-fb-up").click()
    page.wait_for_selector("#gw-chat-status >> text=有用")
    last_answer(page).locator(".gw-fb-down").click()  # changed their mind: the same row, now -1
    page.wait_for_selector("#gw-chat-status >> text=没用")
    page.wait_for_selector("#gw-fb-row", state="visible")
    page.locator("#gw-fb-comment textarea").fill("希望也列出证书要求")
    page.locator("#gw-fb-send").click()
    page.wait_for_selector("#gw-chat-status >> text=说明已保存")
    rows = [r for r in feedback_rows(site.settings) if r["question"] == "那任职要求呢?"]
    assert len(rows) == 1
    row = rows[0]
    assert row["rating"] == -1 and row["user"] == EDITOR[0] and row["comment"] == "希望也列出证书要求"
    assert "本科" in row["answer"] and "<" not in row["answer"]
    assert json.loads(row["conversation"]) == ["期货公司客服中心的产品服务专员要做哪些工作?"]
    cites = json.loads(row["citations"])
    assert cites and cites[0]["file"] == "000_9eeea241028b3f98.txt" and cites[0]["line_start"] >= 1

    # gangwei eval exports it as a candidate gold item
    from assistant.eval.feedback import export_feedback

    out = site.root / "feedback.jsonl"
    assert export_feedback(site.settings.home, out) >= 1
    item = next(json.loads(line) for line in out.read_text("utf-8").splitlines() if "那任职要求呢" in line)
    assert item["needs_review"] is True and item["turns"][-1]["question"] == "那任职要求呢?"

    # a reload keeps the conversation (and its follow-up state), listed in the history panel
    page.reload()
    page.wait_for_selector("#gw-header .gw-user")
    page.wait_for_function("document.querySelectorAll('#gw-chat .gw-actions').length === 2")
    assert "400电话" in page.locator("#gw-chat .bot-row").first.inner_text()
    assert page.locator("#gw-history input:checked").count() == 1
    ask(page, "第二条展开说说")
    assert "专业" in last_answer(page).inner_text() or "不限" in last_answer(page).inner_text()

    # "新对话" starts empty; the earlier one stays in the history and can be reopened
    page.locator("#gw-new-chat").click()
    page.wait_for_function("document.querySelectorAll('#gw-chat .bot-row').length === 0")
    page.locator("#gw-history label").first.click()
    page.wait_for_function("document.querySelectorAll('#gw-chat .gw-actions').length === 3")
    assert page.errors == [] and page.dialogs == [] and page.external == [], (page.errors, page.dialogs, page.external)
    context.close()


def test_chat_kpi_answer_exports_like_the_cli_and_opens_in_its_tab(browser, site) -> None:
    import openpyxl

    from assistant.tools.export import KPI_COLUMNS
    from assistant.tools.kpi_design import KpiRequest

    context, page = open_app(browser, site, EDITOR)
    ask(page, "给人事行政部经理设计KPI")
    answer = last_answer(page)
    assert answer.locator(".gw-tool").count() == 3  # .xlsx, .csv, open in the KPI tab
    answer.locator(".gw-tool").filter(has_text="Excel").click()
    link = page.locator("#gw-chat-file a").first
    link.wait_for()
    with page.expect_download() as info:
        link.click()
    web = site.root / "chat-kpi.xlsx"
    info.value.save_as(web)
    name, data, _ = site.services.tools.export(site.services.tools.design_kpis(KpiRequest(role="人事行政部经理")), "xlsx")
    assert info.value.suggested_filename == name  # the same file as the CLI's `gangwei kpi design … --format xlsx`
    cli = openpyxl.load_workbook(io.BytesIO(data))
    got = openpyxl.load_workbook(web)
    assert got.sheetnames == cli.sheetnames
    assert [c.value for c in got.worksheets[0][1]] == [c.value for c in cli.worksheets[0][1]] == list(KPI_COLUMNS)

    answer.locator(".gw-tool-open").click()
    page.wait_for_selector("#gw-kpi-total")
    assert page.get_by_role("tab", name="KPI 设计").get_attribute("aria-selected") == "true"
    assert page.locator("#gw-kpi-total").get_attribute("data-total") == "100"
    context.close()


# --- KPI ------------------------------------------------------------------------------------------------------


def test_kpi_invalid_role_keeps_the_edited_table_and_exports_cli_columns(browser, site) -> None:
    import openpyxl

    from assistant.tools.export import KPI_COLUMNS, KPI_SHEET
    from assistant.tools.kpi_design import KpiRequest

    context, page = open_app(browser, site, EDITOR)
    page.get_by_role("tab", name="KPI 设计").click()
    set_role(page, "gw-kpi-role", "人事行政部经理")
    page.locator("#gw-kpi-design").click()
    total = page.locator("#gw-kpi-total")
    total.wait_for()
    assert total.get_attribute("data-total") == "100" and "gw-total-ok" in total.get_attribute("class")
    headers = [h.strip() for h in page.locator("#gw-kpi-table thead th").all_inner_texts() if h.strip()]
    assert [h for h in headers if h in KPI_COLUMNS] == list(KPI_COLUMNS)  # the CLI's 10 columns
    page.wait_for_selector("#gw-kpi-chart canvas, #gw-kpi-chart svg")
    assert page.locator("#gw-kpi-explain .gw-src").count() >= 1  # the design explained, with its sources
    page.locator("#gw-kpi-explain .gw-cite").first.click()
    page.wait_for_selector("#gw-kpi-explain details.gw-src[open]")

    # edit a weight: the total is checked at once
    cell = page.locator('#gw-kpi-table [data-testid="cell-0-4"]')
    old = float(cell.inner_text())
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):  # a loaded 2-core machine sometimes swallows the double click
        cell.dblclick()
        page.keyboard.press("Control+a")
        page.keyboard.type(str(int(old) + 10))
        page.keyboard.press("Enter")
        try:
            page.wait_for_function(
                "document.querySelector('#gw-kpi-total').dataset.total === '110'", timeout=15_000
            )
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    assert "gw-total-bad" in page.locator("#gw-kpi-total").get_attribute("class")

    # an unknown role: a Chinese message next to the role box; the edited table stays
    set_role(page, "gw-kpi-role", "宇航员")
    page.locator("#gw-kpi-design").click()
    error = page.locator("#gw-kpi-status .gw-status-error")
    error.wait_for()
    assert "宇航员" in error.inner_text() and "知识库" in error.inner_text()
    assert page.locator('#gw-kpi-table [data-testid="cell-0-4"]').inner_text().strip() == str(int(old) + 10)
    assert page.locator("#gw-kpi-total").get_attribute("data-total") == "110"
    assert page.locator(".toast-body, .toast-wrap .error").count() == 0  # no vanishing English toast

    # a post the knowledge base lacks: "您是不是要找…" suggestions that can be clicked ("人事经理" is
    # now read as 人事行政部经理 shortened, so it designs at once)
    set_role(page, "gw-kpi-role", "人事主管")
    page.locator("#gw-kpi-design").click()
    page.wait_for_selector("#gw-kpi-status .gw-suggest")
    assert page.locator('#gw-kpi-table [data-testid="cell-0-4"]').inner_text().strip() == str(int(old) + 10)
    page.evaluate("() => { document.querySelectorAll('#gw-kpi-table *').forEach(e => { if (e.scrollLeft) e.scrollLeft = 0; }); window.scrollTo(0, 0); }")
    page.wait_for_timeout(300)
    shot(page, "kpi_1280")
    page.locator("#gw-kpi-status .gw-suggest").filter(has_text="人事行政部经理").first.click()
    page.wait_for_selector("#gw-kpi-status .gw-status-ok")
    assert page.locator("#gw-kpi-role input").input_value() == "人事行政部经理"

    # edit again and export: the edited design, with exactly the CLI's columns and sheets
    page.wait_for_function("document.querySelector('#gw-kpi-total').dataset.total === '100'")
    page.locator("#gw-kpi-export").click()
    link = page.locator("#gw-kpi-file a").first
    link.wait_for()
    with page.expect_download() as info:
        link.click()
    web = site.root / "kpi-web.xlsx"
    info.value.save_as(web)
    design = site.services.tools.design_kpis(KpiRequest(role="人事行政部经理"))
    name, data, _ = site.services.tools.export(design, "xlsx")
    assert info.value.suggested_filename == name
    cli = openpyxl.load_workbook(io.BytesIO(data))
    got = openpyxl.load_workbook(web)
    assert got.sheetnames == cli.sheetnames
    assert [c.value for c in got[KPI_SHEET][1]] == [c.value for c in cli[KPI_SHEET][1]] == list(KPI_COLUMNS)
    assert got[KPI_SHEET].max_row == cli[KPI_SHEET].max_row  # rows + the SUM check row

    page.locator("#gw-smart-text textarea").fill("提高服务质量")
    page.locator("#gw-smart-btn").click()
    report = page.locator("#gw-smart-report")
    report.wait_for()
    assert report.get_attribute("data-passed") == "false" and "改写建议" in report.inner_text()
    assert page.errors == [] and page.external == [], (page.errors, page.external)
    context.close()


# --- JD --------------------------------------------------------------------------------------------------------


def test_jd_form_notes_and_docx_of_the_edited_draft(browser, site) -> None:
    import docx

    context, page = open_app(browser, site, EDITOR)
    page.get_by_role("tab", name="岗位说明书").click()
    # an empty role: an inline Chinese message, nothing else changes
    page.locator("#gw-jd-draft").click()
    page.wait_for_selector("#gw-jd-status .gw-status-error >> text=请先填写岗位名称")
    set_role(page, "gw-jd-role", "车辆调度员")
    page.locator("#gw-jd-notes textarea").fill("要求 C1 驾照优先；侧重财富管理")
    page.locator("#gw-jd-draft").click()
    page.wait_for_selector("#gw-jd-status .gw-status-ok")
    notes = page.locator("#gw-jd-notes-out").inner_text()
    assert "已采用「要求 C1 驾照优先」" in notes and "未采用「侧重财富管理」" in notes
    # a rendered form: fields and item lists with their sources, not raw Markdown
    assert page.locator("#gw-jd-purpose textarea").input_value().strip()
    first = page.locator('#gw-jd-duties [data-testid="cell-0-1"]')
    assert first.inner_text().strip() and "**" not in first.inner_text()
    assert page.locator('#gw-jd-duties [data-testid="cell-0-2"]').inner_text().startswith("[")
    assert page.locator("#gw-jd-sources .gw-src").count() >= 1

    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        first.dblclick()
        page.keyboard.press("Control+a")
        page.keyboard.type("负责车辆调度与出车登记")
        page.keyboard.press("Enter")
        try:
            page.wait_for_function(
                "document.querySelector('#gw-jd-duties [data-testid=\"cell-0-1\"]').innerText.includes('出车登记')", timeout=15_000
            )
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    page.wait_for_timeout(300)
    page.locator("#gw-jd-export").click()
    link = page.locator("#gw-jd-files a").first
    link.wait_for()
    with page.expect_download() as info:
        link.click()
    target = site.root / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name == "岗位说明书_车辆调度员.docx"
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    body = "\n".join(paragraphs[: paragraphs.index("编制说明")])
    assert "负责车辆调度与出车登记" in body and "C1 驾照优先" in body
    assert "[1]" not in body and "相近岗位" not in body  # clean body: sources only in the appendix

    # a JD asked for in the chat opens in this tab
    page.get_by_role("tab", name="问答").click()
    ask(page, "帮我写一份导购的岗位说明书")
    answer = last_answer(page)
    assert answer.locator(".gw-tool").filter(has_text="Word").count() == 1
    answer.locator(".gw-tool-open").click()
    page.wait_for_selector("#gw-jd-status >> text=已从问答打开")
    assert page.get_by_role("tab", name="岗位说明书").get_attribute("aria-selected") == "true"
    assert page.locator("#gw-jd-role input").input_value() == "导购"
    assert "导购" in page.locator('#gw-jd-basics [data-testid="cell-0-1"]').inner_text()
    context.close()


# --- knowledge base and escaping -----------------------------------------------------------------------


def test_uploaded_script_payloads_are_escaped_everywhere(browser, site, tmp_path) -> None:
    context, page = open_app(browser, site, EDITOR)
    page.get_by_role("tab", name="知识库").click()
    page.wait_for_selector("#gw-editor-tools")
    before = site.services.corpus.stats()
    doc = tmp_path / "星河数据标注员.md"
    doc.write_text(XSS_DOC, encoding="utf-8")
    page.locator("#gw-upload input[type=file]").set_input_files(str(doc))
    page.wait_for_selector("#gw-upload >> text=星河数据标注员")
    page.evaluate(
        """() => { window.__upload = [];
        new MutationObserver(() => { const t = document.querySelector('#gw-upload-status').innerText;
            if (t && window.__upload[window.__upload.length - 1] !== t) window.__upload.push(t); })
          .observe(document.querySelector('#gw-upload-status'), {subtree: true, childList: true, characterData: true}); }"""
    )
    page.locator("#gw-upload-btn").click()
    page.wait_for_selector("#gw-upload-result .gw-good", timeout=180_000)
    assert "已导入" in page.locator("#gw-upload-status").inner_text()
    states = page.evaluate("window.__upload")
    assert any("导入" in s and "个文件" in s for s in states[:-1]), states  # Chinese progress while it runs
    assert not any("steps" in s or "Error" in s for s in states), states
    after = site.services.corpus.stats()
    tiles = page.locator("#gw-stats .gw-stat-n").all_inner_texts()
    assert tiles[0] == str(after.files) == str(before.files + 1)  # counts from services.corpus.stats() only

    # the per-document view and the hit test show the payloads as text
    page.get_by_role("tab", name="文档内容").click()
    page.locator("#gw-doc-choice input").click()
    page.get_by_role("option", name="星河数据标注员.md").first.click()
    page.wait_for_selector("#gw-doc-view .gw-doc")
    assert XSS_SCRIPT in page.locator("#gw-doc-view").inner_text() or "<img" in page.locator("#gw-doc-view").inner_text()
    page.get_by_role("tab", name="命中测试").click()
    page.locator("#gw-hit-query textarea").fill("星河数据标注员的岗位职责")
    page.locator("#gw-hit-btn").click()
    page.wait_for_selector("#gw-hits .gw-hit")
    hits = page.locator("#gw-hits").inner_text()
    assert "星河" in hits and "综合得分" in hits and "向量" in hits and "第" in hits

    page.get_by_role("tab", name="问答").click()
    ask(page, "星河数据标注员的岗位职责是什么?")
    answer = last_answer(page)
    assert "卫星图像" in answer.inner_text()
    answer.locator(".gw-cite").first.click()
    answer.locator("details.gw-src[open] .gw-view").first.click()
    viewer = page.locator(".gw-viewer:not(.gw-closed)")
    viewer.wait_for()
    assert "onerror=alert(1)" in viewer.inner_text()  # shown as text
    page.keyboard.press("Escape")
    viewer.wait_for(state="hidden")
    page.get_by_role("tab", name="岗位说明书").click()
    set_role(page, "gw-jd-role", "星河数据标注员")
    page.locator("#gw-jd-draft").click()
    page.wait_for_selector("#gw-jd-status .gw-status")
    page.wait_for_timeout(500)

    dom = page.content()
    assert XSS_SCRIPT not in dom and XSS_IMG not in dom and "onerror=alert(1)>" not in dom
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("[...document.scripts].filter(s => s.textContent.includes('alert(1)')).length") == 0
    assert page.dialogs == [] and page.errors == [], (page.dialogs, page.errors)

    # delete asks first; "取消" keeps the document
    page.get_by_role("tab", name="知识库").click()
    page.get_by_role("tab", name="文档", exact=True).click()
    page.locator("#gw-delete-choice input").click()
    page.get_by_role("option", name="星河数据标注员.md").first.click()
    page.locator("#gw-delete-btn").click()
    page.wait_for_selector("#gw-delete-confirm >> text=确定要从知识库删除")
    page.locator("#gw-delete-no").click()
    page.wait_for_selector("#gw-corpus-status >> text=已取消删除")
    assert "星河数据标注员.md" in {d.file for d in site.services.corpus.documents()}
    page.locator("#gw-delete-btn").click()
    page.locator("#gw-delete-yes").click()
    page.wait_for_selector("#gw-corpus-status >> text=已从所有索引中删除")
    assert "星河数据标注员.md" not in {d.file for d in site.services.corpus.documents()}
    page.wait_for_function("!document.querySelector('#gw-docs').innerText.includes('星河数据标注员.md')")

    # rebuild asks first too, then reports in Chinese
    page.locator("#gw-rebuild-btn").click()
    page.wait_for_selector("#gw-rebuild-confirm >> text=确定要重建吗")
    page.locator("#gw-rebuild-yes").click()
    page.wait_for_selector("#gw-corpus-status >> text=索引已重建", timeout=180_000)
    assert page.locator("#gw-stats .gw-stat-n").first.inner_text() == str(site.services.corpus.stats().files)
    assert page.dialogs == [] and page.errors == [], (page.dialogs, page.errors)
    context.close()


def test_viewer_sees_own_history_only_and_cannot_write(browser, site) -> None:
    context, page = open_app(browser, site, VIEWER)
    assert page.locator("#gw-history input").count() == 0  # the editor's conversations are not listed
    page.get_by_role("tab", name="知识库").click()
    page.wait_for_selector("#gw-viewer-note >> text=只读")
    assert not page.locator("#gw-editor-tools").is_visible()
    # the UI's own write endpoints, called with the viewer's session: refused on the server
    api = context.request
    names = {d.file for d in site.services.corpus.documents()}
    marker = (site.settings.home / "records" / "files.jsonl").stat().st_mtime_ns
    for endpoint, data in (("do_rebuild", []), ("do_delete", ["cx10_导购岗位职责.txt"])):
        start = api.post(site.url + f"/gradio_api/call/{endpoint}", data=json.dumps({"data": data}),
                         headers={"content-type": "application/json"})  # fmt: skip
        assert start.ok, start.text()
        events = api.get(site.url + f"/gradio_api/call/{endpoint}/{start.json()['event_id']}").text()
        text = sse_text(events)
        if endpoint == "do_rebuild":
            assert "只读用户" in text, text  # the handler's own role check, shown inline
        else:
            assert "只读用户" in text or "error" in events, text  # refused before or by the handler
    assert {d.file for d in site.services.corpus.documents()} == names
    assert (site.settings.home / "records" / "files.jsonl").stat().st_mtime_ns == marker
    context.close()


# --- phone width ----------------------------------------------------------------------------------------------


def test_every_tab_is_usable_at_390_px(browser, site) -> None:
    context, page = open_app(browser, site, EDITOR, width=390, height=844)
    width = page.evaluate("document.documentElement.clientWidth")
    for tab in ("问答", "岗位说明书", "KPI 设计", "知识库"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(200)
        # nothing pushes the page sideways (wide tables scroll inside their own box)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, tab

    page.get_by_role("tab", name="KPI 设计").click()
    set_role(page, "gw-kpi-role", "人事行政部经理")
    page.locator("#gw-kpi-design").click()
    page.wait_for_selector("#gw-kpi-total")
    # the weight column never wraps ("2 / 0"): each weight is one line
    lines = page.evaluate(
        """() => [...document.querySelectorAll('#gw-kpi-table [data-testid^="cell-"][data-testid$="-4"] span')]
                 .filter(s => s.textContent.trim()).map(s => s.getClientRects().length)"""
    )
    assert lines and all(n == 1 for n in lines), lines
    # the table comes before the chart, the chart before the explanation
    y = {sel: page.locator(sel).bounding_box()["y"] for sel in ("#gw-kpi-table", "#gw-kpi-chart", "#gw-kpi-explain")}
    assert y["#gw-kpi-table"] < y["#gw-kpi-chart"] < y["#gw-kpi-explain"], y
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    shot(page, "kpi_390")

    page.get_by_role("tab", name="问答").click()
    page.locator("#gw-new-chat").click()
    # wait for the cleared conversation: else ask() counts the old answers and waits for one too many
    page.wait_for_function("document.querySelectorAll('#gw-chat .bot-row').length === 0")
    ask(page, "导购的岗位职责有哪些?")
    last_answer(page).locator(".gw-cite").first.click()
    page.wait_for_selector("#gw-chat details.gw-src[open]")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.wait_for_timeout(600)  # the card has scrolled into view
    shot(page, "chat_390")
    assert page.errors == [], page.errors
    context.close()

