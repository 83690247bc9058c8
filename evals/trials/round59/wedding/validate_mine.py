import sys; from pathlib import Path
sys.path.insert(0,'/tmp/r59code/evals/sets'); import validate as V
ck=V.Checker(); items=V.load(Path(sys.argv[1]),ck); corpus=V.Corpus(Path('/tmp/t59wedding/corpus'))
for it in items:
    try: ck.item(it,corpus)
    except Exception as e: print("SKIP", it.id, type(e).__name__)
for k,a in vars(ck).items():
    if isinstance(a,list):
        for x in a: print(x)
