"""Counts my question texts that equal (after NFKC+whitespace removal) a question in earlier sets. Prints only my ids."""
import json, glob, unicodedata, re, sys
def n(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))
def walk(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, str) and k in ('question', 'q', 'text', 'ask', 'user', 'content', 'prompt'): out.add(n(v))
            else: walk(v, out)
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, str): out.add(n(v))
            else: walk(v, out)
old = set()
files = []
for root in ('/tmp/r57code/evals', '/work/main/evals'):
    files += glob.glob(root + '/**/*.jsonl', recursive=True) + glob.glob(root + '/**/*.json', recursive=True)
files = [f for f in files if '/round57/' not in f]
for f in files:
    try:
        txt = open(f, encoding='utf-8').read()
    except Exception: continue
    try:
        walk(json.loads(txt), old); continue
    except Exception: pass
    for line in txt.splitlines():
        try: walk(json.loads(line), old)
        except Exception: pass
print('files', len(files), 'old questions', len(old))
bad = 0
for line in open(sys.argv[1], encoding='utf-8'):
    it = json.loads(line)
    qs = [(0, it['question'])] + [(k, t['question']) for k, t in enumerate(it['turns'] or [], 1)]
    for k, q in qs:
        if n(q) in old:
            bad += 1; print('DUP', it['id'], 'turn', k)
print('dups', bad)
