"""``Services``: the shared layer under CLI, UI and API, against the real index (copied per test module).

Writes are serialised and visible to the very next question; readers keep working while they run.
"""

from __future__ import annotations

import shutil
import threading

import pytest

from assistant.services import ServiceError

pytestmark = pytest.mark.slow


def doc(role: str, duty: str) -> bytes:
    return f"# {role}岗位说明书\n\n## 岗位职责\n1. {duty}\n2. 负责{role}相关台账的登记与归档。\n".encode()


@pytest.fixture(scope="module")
def services(indexed_settings, tmp_path_factory):
    from assistant.services import Services

    root = tmp_path_factory.mktemp("services")
    shutil.copytree(indexed_settings.home, root / "home")
    shutil.copytree(indexed_settings.corpus_dir, root / "corpus")
    svc = Services(indexed_settings.model_copy(update={"home": root / "home", "corpus_dir": root / "corpus"}))
    svc.warm_up()
    return svc


def test_components_are_built_once_and_shared(services) -> None:
    c = services.components
    assert c.searcher is c.searcher
    assert c.assistant() is c.assistant("gangwei-extractive")
    assert c.assistant().searcher is c.searcher  # the answerer uses the warm searcher


def test_readers_keep_working_while_documents_come_and_go(services) -> None:
    errors: list[str] = []
    done = threading.Event()
    reads = [0]

    def reader() -> None:
        while not done.is_set():
            try:
                assert services.search.search("客户经理 岗位职责", k=5)
                services.chat.ask("顾问服务专员的任职要求有哪些?")
                reads[0] += 1
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(repr(exc))

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        # Two uploads at once: the write lock serialises them, both land.
        uploads = [
            threading.Thread(target=services.corpus.upload, args=("月影质检员.md", doc("月影质检员", "负责月影产线成品的抽样质检与不良品隔离。"))),
            threading.Thread(target=services.corpus.upload, args=("晨曦排班员.md", doc("晨曦排班员", "负责晨曦门店员工的轮班排班与调班审批。"))),
        ]
        for t in uploads:
            t.start()
        for t in uploads:
            t.join()
        names = {d.file for d in services.corpus.documents()}
        assert {"月影质检员.md", "晨曦排班员.md"} <= names
        # The very next question sees the new document (searcher reloaded, answerer rebuilt).
        assert services.search.search("月影产线成品抽样质检", k=3)[0].chunk.file == "月影质检员.md"
        answer = services.chat.ask("月影质检员的岗位职责是什么?")
        assert any(c.file == "月影质检员.md" for c in answer.citations)

        services.corpus.delete("月影质检员.md")
        assert all(h.chunk.file != "月影质检员.md" for h in services.search.search("月影产线成品抽样质检", k=5))
        answer = services.chat.ask("月影质检员的岗位职责是什么?")
        assert all(c.file != "月影质检员.md" for c in answer.citations)
        assert not (services.settings.corpus_dir / "月影质检员.md").exists()
        assert any(p.name.endswith("月影质检员.md") for p in (services.settings.home / "deleted").iterdir())
    finally:
        done.set()
        for t in threads:
            t.join()
    assert errors == []
    assert reads[0] > 0


def test_reupload_updates_and_bad_upload_keeps_previous(services) -> None:
    first = services.corpus.upload("星辰讲师.md", doc("星辰讲师", "负责星辰学院新员工入职培训的授课。"))
    assert first.status == "added"
    same = services.corpus.upload("星辰讲师.md", doc("星辰讲师", "负责星辰学院新员工入职培训的授课。"))
    assert same.status == "unchanged"
    changed = services.corpus.upload("星辰讲师.md", doc("星辰讲师", "负责星辰学院管理层领导力课程的授课。"))
    assert changed.status == "updated"
    assert services.search.search("星辰学院领导力课程授课", k=1)[0].chunk.file == "星辰讲师.md"
    services.corpus.delete("星辰讲师.md")


def test_broken_replacement_keeps_the_previous_version(services, tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("星辰讲师岗位说明书", level=1)
    document.add_paragraph("岗位职责")
    document.add_paragraph("1. 负责星辰学院新员工入职培训的授课与考核。")
    path = tmp_path / "星辰讲师.docx"
    document.save(str(path))
    good = path.read_bytes()
    assert services.corpus.upload("星辰讲师.docx", good).status == "added"
    # Looks like a .docx (zip header) but is not one: refused, and nothing changes.
    with pytest.raises(ServiceError, match="无法导入") as err:
        services.corpus.upload("星辰讲师.docx", b"PK\x03\x04" + b"broken" * 50)
    assert err.value.status == 422
    assert (services.settings.corpus_dir / "星辰讲师.docx").read_bytes() == good
    assert services.search.search("星辰学院新员工入职培训授课", k=1)[0].chunk.file == "星辰讲师.docx"
    services.corpus.delete("星辰讲师.docx")


def test_follow_up_state_for_stateless_clients(services) -> None:
    first = "期货公司客服中心的产品服务专员要做哪些工作?"
    conversation = services.chat.conversation_for([first])
    answer = services.chat.ask("那任职要求呢?", conversation=conversation)
    assert answer.role == "产品服务专员" and answer.intent.value == "qualification"


def test_bad_inputs_are_service_errors(services) -> None:
    for call in (lambda: services.search.search("  "), lambda: services.chat.ask(""), lambda: services.tools.smart_check(""), lambda: services.corpus.delete("../etc/passwd"),
                 lambda: services.corpus.delete("没有这个.md"), lambda: services.chat.resolve_model("gpt-4")):  # fmt: skip
        with pytest.raises(ServiceError) as err:
            call()
        assert not err.value.message.isascii()


def test_rebuild_recreates_the_same_knowledge_base(services) -> None:
    before = services.corpus.stats()
    result = services.corpus.rebuild()
    assert not result.failed
    after = services.corpus.stats()
    assert (after.files, after.chunks, after.profiles) == (before.files, before.chunks, before.profiles)
    assert services.search.search("柜员 任职资格", k=3)
