"""A question finds what it asks for of a post, not the post's shortest mention.

"调度员平时主要干些啥" shares only the title with the post's passages; BM25 then prefers the
shortest of them (a staffing row, the post's head of facts, a notice). The asked list's name as
chunk headers write it ("岗位职责") goes into the lexical query when the post has such a list, and
the lines stating an asked fact ("归谁管") are boosted like an asked list.
Documents written for this test (a city gas company), not taken from any eval corpus.
"""

from __future__ import annotations

from _answer_support import indexed_services

# (title, department, superior, duties, requirements)
_POSTS = [
    ("调度员", "调度中心", "调度中心主任",
     ["根据用气负荷预测编制次日调度计划，下达门站、调压站出站压力调整指令",
      "接收抢险电话和客服工单，按分级标准派发抢修任务并跟踪闭环",
      "监控SCADA系统数据，发现压力异常时立即通知巡线和场站人员核查",
      "填写调度日志和交接班记录，每月汇总供气量与异常事件"],
     ["大专及以上学历，油气储运、自动化等相关专业", "2年以上燃气调度或场站运行经验"]),
    ("抢修工", "应急抢修中心", "抢修班长",
     ["7×24小时值班，接调度指令后30分钟内到达现场处置燃气泄漏",
      "实施带气作业、管道切断、封堵和PE管热熔连接等抢修作业",
      "抢修完成后进行气密性试验和置换通气，填写抢修记录单"],
     ["高中或中专及以上学历", "持燃气管道维修工职业技能证书"]),
    ("巡线工", "管网运行部", "管网运行部经理",
     ["按巡线路线每日巡查中压管线，检查标志桩和阀井状况",
      "制止管线保护范围内的违章施工，发现第三方施工及时上报",
      "使用检漏仪对重点区域进行泄漏检测并做好记录"],
     ["高中及以上学历", "身体健康，能适应户外工作"]),
    ("户内安检员", "客户服务部", "安检班长",
     ["按片区安检计划逐户入户检查，每日完成不少于25户",
      "检查燃气表、灶具、连接软管和报警器，对隐患当场告知用户",
      "使用安检终端实时上传检查结果和现场照片"],
     ["高中及以上学历", "持燃气用户安检员上岗证"]),
]


def _files() -> dict[str, str]:
    staffing = ["岗位名称,所属部门,直接上级,定编人数,岗位等级,月薪"]
    staffing += [f"{t},{d},{s},{4 + i},G{3 + i},{5000 + 500 * i}" for i, (t, d, s, _, _) in enumerate(_POSTS)]
    book = ["青岚燃气岗位说明书汇编（2025版）", ""]
    for i, (title, dept, boss, duties, reqs) in enumerate(_POSTS, 1):
        book += [f"第{i}节 {title}", f"岗位名称：{title}", f"所属部门：{dept}", f"直接上级：{boss}", "", "岗位职责："]
        book += [f"{n}. {d}" for n, d in enumerate(duties, 1)] + ["", "任职资格："]
        book += [f"{n}. {r}" for n, r in enumerate(reqs, 1)] + [""]
    notice = ["关于调度员值班安排的通知", "", f"自下月起，{_POSTS[0][0]}实行四班三倒，{_POSTS[0][0]}交接班时间为8:00和20:00。", ""]
    return {"岗位定编表.csv": "\n".join(staffing) + "\n", "岗位说明书汇编.txt": "\n".join(book), "值班通知.txt": "\n".join(notice)}


def test_a_list_question_finds_the_posts_list_over_its_shortest_mentions(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    services = indexed_services(tmp_path_factory, settings_factory, "kindterms", _files())
    for question, expected in (("调度员平时主要干些啥", "编制次日调度计划"), ("巡线工每天忙些什么", "每日巡查中压管线"),
                               ("当抢修工得满足啥条件", "燃气管道维修工"), ("户内安检员招人看哪些", "燃气用户安检员上岗证")):  # fmt: skip
        hits = services.search.search(question, k=3)
        assert hits and expected in hits[0].chunk.text, (question, [h.chunk.text[:24] for h in hits])
        # first for the lexical retrievers too, not only by the kind boost: in a large corpus dozens of
        # short mentions of a title outrank a long list on words alone
        assert hits[0].signals["rank_bigram"] == 1 and hits[0].signals["rank_jieba"] == 1, (question, hits[0].signals)
    # --explain names the added words; a post with no list of that kind (only a staffing row) gets
    # none, so other posts' lists do not outrank what the documents say of it
    assert "岗位职责" in services.search.expansions("调度员平时主要干些啥")
    assert "岗位职责" not in services.search.expansions("调度中心主任主要管哪些事")
    assert "岗位职责" not in services.search.expansions("调度员的岗位职责")  # the question says it already


def test_a_fact_question_finds_the_line_that_states_it(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    """"巡线工归谁管": the line that states the post's superior (a labelled field of its profile) is
    boosted like an asked list, so the rows and headings that only name the post come after it."""
    services = indexed_services(tmp_path_factory, settings_factory, "factlines", _files())
    for question, expected in (("巡线工归谁管", "直接上级：管网运行部经理"), ("抢修工在哪个部门", "所属部门：应急抢修中心")):
        hits = services.search.search(question, k=3)
        assert hits and expected in hits[0].chunk.text.replace(":", "："), (question, [h.chunk.text[:24] for h in hits])
        assert hits[0].signals["boost"] > 1 + services.settings.role_boost, hits[0].signals  # more than the role's


def test_a_list_question_prefers_the_posts_fullest_list(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    """A posting's cell of two duties is a list of the post too; the description's four are boosted more
    (by the lists' lengths), a list of the same length alike."""
    files = _files()
    files["招聘需求.csv"] = ("需求编号,岗位名称,用人部门,招聘人数,岗位职责,状态\n"
                          "ZP-01,调度员,调度中心,1,调度值班；派发工单,招聘中\n")  # fmt: skip
    services = indexed_services(tmp_path_factory, settings_factory, "fullest", files)
    hits = services.search.search("调度员平常都干啥活", k=5)
    full = next(h for h in hits if "编制次日调度计划" in h.chunk.text)
    cell = next(h for h in hits if "派发工单" in h.chunk.text)
    assert full.signals["boost"] > cell.signals["boost"] > 1 + services.settings.boost + services.settings.role_boost, (
        full.signals, cell.signals)
