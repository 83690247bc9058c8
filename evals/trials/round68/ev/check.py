"""Runs evals/sets/validate.py's checks (imported unmodified) on set.jsonl; the UTF-16 file is decoded here
because validate.Doc reads only UTF-8/GB18030 text."""
import sys; sys.path.insert(0,'/tmp/r68code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); c=V.Corpus(Path('/tmp/t68ev/corpus'))
name='ev10_换电站值守排班制度.txt'
d=V.Doc.__new__(V.Doc); d.path=Path('/tmp/t68ev/corpus')/name; d.suffix='.txt'; d.units=[]; d.loader_text=''
d.lines=(d.path.read_bytes()[2:].decode('utf-16-le')).splitlines(); d.norm_units=[]
c._docs[name]=d
items=V.load(Path('set.jsonl'),ck)
for it in items: ck.item(it,c)
old=V.existing_questions()
ids=set()
for it in items:
    if V.norm(it.question) in old: print("DUP", it.id)
print(len(items), "items;", len(ck.problems), "problems"); print("\n".join(ck.problems))
