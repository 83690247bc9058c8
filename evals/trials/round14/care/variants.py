#!/usr/bin/env python3
"""Layout variants used in REPORT.md to isolate causes (one file per mini-corpus).

    T14_OUT=/tmp/t14a python evals/trials/round14/care/variants.py   -> /tmp/t14a/exp/<variant>/
Then for each dir: GANGWEI_HOME=<dir>/home GANGWEI_CORPUS_DIR=<dir>/corpus gangwei ingest && gangwei corpus profiles
"""
import csv, io, os, shutil, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402

BASE = Path(os.environ.get("T14_OUT", "/tmp/t14a")) / "exp"


def run(name, fn):
    out = BASE / name / "corpus"
    if out.parent.exists():
        shutil.rmtree(out.parent)
    out.mkdir(parents=True)
    gen.OUT = out
    fn()


def yk02_typed_numbers():
    # same document, duties typed as "1．..." plain paragraphs instead of Word auto-numbering
    orig = [list(p) for p in gen.YK02]
    for p in gen.YK02:
        pass
    import docx
    d = docx.Document()
    d.add_heading("颐康养老服务集团护理岗位职责汇编（2024年修订）", level=1)
    for title, pos, duties, reqs, rel in gen.YK02:
        d.add_heading(title, level=2)
        d.add_paragraph(pos)
        d.add_heading("（一）岗位职责", level=3)
        for i, du in enumerate(duties, 1):
            d.add_paragraph(f"{i}．{du}")
        d.add_heading("（二）任职要求", level=3)
        for rq in reqs:
            d.add_paragraph(rq, style="List Bullet")
        if rel:
            d.add_paragraph(rel)
    d.save(str(gen.OUT / "yk02_护理岗位职责汇编.docx"))


def yk02_plain_titles():
    # auto-numbering kept, but post headings without the "一、" prefix
    saved = gen.YK02
    gen.YK02 = [(t.split("、", 1)[1],) + tuple(rest) for t, *rest in saved]
    try:
        gen.yk02()
    finally:
        gen.YK02 = saved


def yk11_no_title():
    gen.yk11()
    p = gen.OUT / "yk11_管理岗位任职资格标准.csv"
    lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
    p.write_text("".join(lines[2:]), encoding="utf-8")


def yk05_no_city():
    gen.yk05()
    p = gen.OUT / "yk05_加入颐康_招聘.html"
    t = p.read_text(encoding="utf-8")
    t = t.replace('<span class="city">成都·武侯区</span>', "").replace('<span class="city">成都·成华区</span>', "")
    p.write_text(t, encoding="utf-8")


def yk03_rzgw_column():
    # 入住顾问 sheet with a 岗位 column instead of the header line above the table
    import openpyxl
    gen.yk03()
    p = gen.OUT / "yk03_绩效考核指标库.xlsx"
    wb = openpyxl.load_workbook(p)
    for n in ("护理部", "居家服务中心", "院长年度目标"):
        del wb[n]
    ws = wb["市场客服部"]
    wb.remove(ws)
    ws = wb.create_sheet("市场客服部")
    ws.append(["岗位", "指标维度", "指标名称", "权重", "评分标准", "目标值"])
    for r in [("入住顾问", "业绩", "月度新增入住人数", "40%", "完成目标得满分，每少1人扣5分", "每院每月8人"),
              ("入住顾问", "业绩", "参观转化率", "20%", "签约人数÷参观接待人数×100%", "≥30%"),
              ("入住顾问", "服务", "咨询响应及时率", "15%", "线上咨询30分钟内回复、来电当场接听的比例", "≥98%")]:
        ws.append(list(r))
    wb.save(p)


if __name__ == "__main__" and not sys.argv[1:]:
    run("yk02_typed", yk02_typed_numbers)
    run("yk02_plain", yk02_plain_titles)
    run("yk11_notitle", yk11_no_title)
    run("yk05_nocity", yk05_no_city)
    run("yk03_col", yk03_rzgw_column)
    print(sorted(p.name for p in BASE.iterdir()))


# ---- second batch (run with: variants.py batch2)
def _yk02_custom(h3=True, post_level=2, only_first=False, with_pos=True, sub_fmt="（一）岗位职责"):
    import docx
    d = docx.Document()
    d.add_heading("颐康养老服务集团护理岗位职责汇编（2024年修订）", level=1)
    posts = gen.YK02[:1] if only_first else gen.YK02
    for title, pos, duties, reqs, rel in posts:
        d.add_heading(title, level=post_level)
        if with_pos:
            d.add_paragraph(pos)
        lab1 = sub_fmt
        lab2 = sub_fmt.replace("（一）岗位职责", "（二）任职要求").replace("岗位职责", "任职要求")
        if h3:
            d.add_heading(lab1, level=3)
        else:
            d.add_paragraph(lab1)
        for i, du in enumerate(duties, 1):
            d.add_paragraph(f"{i}．{du}")
        if h3:
            d.add_heading(lab2, level=3)
        else:
            d.add_paragraph(lab2)
        for rq in reqs:
            d.add_paragraph(rq)
        if rel:
            d.add_paragraph(rel)
    d.save(str(gen.OUT / "yk02_护理岗位职责汇编.docx"))


def yk11_renamed():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["岗位名称", "所属单位", "直接上级", "学历要求", "专业要求", "工作经验", "证书要求", "其他要求"])
    w.writerow(["院长", "松鹤苑/枫林苑", "运营副总经理", "本科及以上", "医学、护理、社会工作、管理类",
                "8年以上养老或医疗机构工作经验，其中3年以上中层管理经验", "养老院院长培训合格证书", "有民政星级评定迎检经验者优先"])
    w.writerow(["居家服务中心主任", "居家养老服务中心", "运营副总经理", "大专及以上", "社会工作、护理、公共管理",
                "5年以上社区服务或居家养老工作经验", "无", "熟悉政府购买服务项目申报和运营者优先"])
    (gen.OUT / "yk11_管理岗位任职资格标准.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:] == ["batch2"]:
    run("yk02_noh3", lambda: _yk02_custom(h3=False))
    run("yk02_h1", lambda: _yk02_custom(post_level=1))
    run("yk02_one", lambda: _yk02_custom(only_first=True))
    run("yk02_nopos", lambda: _yk02_custom(with_pos=False))
    run("yk02_colon", lambda: _yk02_custom(h3=False, sub_fmt="岗位职责："))
    run("yk11_renamed", yk11_renamed)


# ---- third batch (variants.py batch3)
def yk02_auto_nopos():
    saved = gen.YK02
    gen.YK02 = [(t, "", du, rq, rel) for t, pos, du, rq, rel in saved]
    orig_add = None
    try:
        import docx.document as dd
        orig_add = dd.Document.add_paragraph

        def add_paragraph(self, text="", style=None):
            if text == "":
                return None
            return orig_add(self, text, style)
        dd.Document.add_paragraph = add_paragraph
        gen.yk02()
    finally:
        gen.YK02 = saved
        if orig_add:
            dd.Document.add_paragraph = orig_add


def yk11_title_col():
    gen.yk11()
    p = gen.OUT / "yk11_管理岗位任职资格标准.csv"
    t = p.read_text(encoding="utf-8").replace("\n岗位,适用单位", "\n岗位名称,适用单位")
    p.write_text(t, encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:] == ["batch3"]:
    run("yk02_auto_nopos", yk02_auto_nopos)
    run("yk11_titlecol", yk11_title_col)


# ---- fourth batch (variants.py batch4)
def _yk11_hdr(new_header):
    def f():
        gen.yk11()
        p = gen.OUT / "yk11_管理岗位任职资格标准.csv"
        t = p.read_text(encoding="utf-8").replace("岗位,适用单位,直接上级,学历,专业,工作年限,必备证书,优先条件", new_header)
        p.write_text(t, encoding="utf-8")
    return f


if __name__ == "__main__" and sys.argv[1:] == ["batch4"]:
    run("yk11_hdr_a", _yk11_hdr("岗位,适用单位,直接上级,学历,专业,工作经验,证书要求,优先条件"))
    run("yk11_hdr_b", _yk11_hdr("岗位,适用单位,直接上级,学历要求,专业要求,工作年限,必备证书,优先条件"))
    run("yk11_hdr_c", _yk11_hdr("岗位,所属单位,直接上级,学历,专业,工作年限,必备证书,其他要求"))


# ---- "fixed" corpus (variants.py fixed): the four layouts that lost posts rewritten the usual way,
# everything else identical, so the same set.jsonl can be evaluated on it (see REPORT.md).
def fixed_corpus():
    import openpyxl
    for f in (gen.yk01, gen.yk03, gen.yk04, gen.yk05, gen.yk06, gen.yk07, gen.yk08, gen.yk09, gen.yk10, gen.yk11):
        f()
    # yk02: 岗位定位 paragraph moved to the end of each post
    saved = gen.YK02
    gen.YK02 = [(t, None, du, rq, rel) for t, pos, du, rq, rel in saved]
    import docx.document as dd
    orig_add = dd.Document.add_paragraph
    pos_of = {t: pos for t, pos, *_ in saved}
    state = {"post": None}
    orig_heading = dd.Document.add_heading

    def add_heading(self, text="", level=1):
        if level == 2 or text.startswith("本汇编"):
            if state["post"]:
                orig_add(self, pos_of[state["post"]])
            state["post"] = text if text in pos_of else None
        return orig_heading(self, text, level)

    def add_paragraph(self, text="", style=None):
        if text is None:
            return None
        if text.startswith("本汇编由护理部") and state["post"]:
            orig_add(self, pos_of[state["post"]])
            state["post"] = None
        return orig_add(self, text, style)
    dd.Document.add_heading = add_heading
    dd.Document.add_paragraph = add_paragraph
    try:
        gen.yk02()
    finally:
        dd.Document.add_heading = orig_heading
        dd.Document.add_paragraph = orig_add
        gen.YK02 = saved
    # yk05: no city <span> in the <summary>
    p = gen.OUT / "yk05_加入颐康_招聘.html"
    t = p.read_text(encoding="utf-8")
    p.write_text(t.replace('<span class="city">成都·武侯区</span>', "").replace('<span class="city">成都·成华区</span>', ""),
                 encoding="utf-8")
    # yk11: usual header words
    p = gen.OUT / "yk11_管理岗位任职资格标准.csv"
    p.write_text(p.read_text(encoding="utf-8").replace("工作年限,必备证书", "工作经验,证书要求"), encoding="utf-8")
    # yk03: 入住顾问 sheet gets a 岗位 column (header line above kept)
    p = gen.OUT / "yk03_绩效考核指标库.xlsx"
    wb = openpyxl.load_workbook(p)
    ws = wb["市场客服部"]
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng))
    ws.insert_cols(1)
    ws.cell(3, 1, "岗位")
    for r in range(4, 9):
        ws.cell(r, 1, "入住顾问")
    wb.save(p)
    gen.normalize_zip(p)


if __name__ == "__main__" and sys.argv[1:] == ["fixed"]:
    run("fixed", fixed_corpus)
