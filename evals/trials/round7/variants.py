# Root-cause variants (JL-02 facts line split / not, heading numbering, literal numbering; JL-05 title in <h3>), written to /tmp/t7/var/<variant>/; ingest each with its own GANGWEI_HOME and run `gangwei corpus profiles`.
import sys, re
sys.path.insert(0, "/work/main/evals/trials/round7")
import os
from pathlib import Path
import docx
base = Path("/tmp/t7/var")
import importlib.util
spec = importlib.util.spec_from_file_location("gen", "/work/main/evals/trials/round7/gen.py")
os.environ["T7_OUT"] = "/tmp/t7/var/_gen"
g = importlib.util.module_from_spec(spec); spec.loader.exec_module(g)

def jl02(dirname, strip_num=False, split_facts=False, literal_num=False):
    out = base / dirname; out.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading("地面服务部旅客服务岗位说明（汇编）", level=0)
    d.add_paragraph("本汇编适用于地面服务部值机室、要客室和行李查询室，共收录三个岗位。")
    for title, facts, duties, reqs in g.JL02:
        d.add_heading(title[2:] if strip_num else title, level=1)
        if split_facts:
            for f in facts.split("　　"): d.add_paragraph(f)
        else:
            d.add_paragraph(facts)
        d.add_heading("岗位职责", level=2)
        for i, x in enumerate(duties, 1):
            d.add_paragraph(f"{i}. {x}") if literal_num else d.add_paragraph(x, style="List Number")
        d.add_heading("任职要求", level=2)
        for i, x in enumerate(reqs, 1):
            d.add_paragraph(f"{i}. {x}") if literal_num else d.add_paragraph(x, style="List Number")
    d.save(out / "JL-02.docx")

jl02("v1_stripnum", strip_num=True)
jl02("v2_splitfacts", split_facts=True)
jl02("v3_literalnum", literal_num=True)
jl02("v4_all", strip_num=True, split_facts=True, literal_num=True)
html = g.JL05
h2 = re.sub(r'<div class="job-head"><span class="job-title">(.*?)</span><span class="tag">(.*?)</span><span class="salary">(.*?)</span></div>',
            r'<h3 class="job-title">\1</h3><div class="job-head"><span class="tag">部门：\2</span> <span class="salary">薪资：\3</span></div>', html)
(base / "v5_html_h3").mkdir(exist_ok=True); (base / "v5_html_h3" / "JL-05.html").write_text(h2, encoding="utf-8")
h3 = html.replace('</span><span', '</span> <span')
(base / "v6_html_space").mkdir(exist_ok=True); (base / "v6_html_space" / "JL-05.html").write_text(h3, encoding="utf-8")
