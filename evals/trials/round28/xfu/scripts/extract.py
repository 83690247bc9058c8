import sys, os
try:
    import docx, openpyxl
except ImportError: pass
try:
    import pypdf
except ImportError: pass
src='/tmp/t28xfu/corpus'; out='/tmp/t28xfu/txt'
from docx.document import Document as D
only=sys.argv[1] if len(sys.argv)>1 else ''
for f in sorted(os.listdir(src)):
    if only and not f.endswith(only): continue
    if not only and f.endswith('.pdf'): continue
    p=os.path.join(src,f); lines=[]
    if f.endswith('.docx'):
        d=docx.Document(p)
        body=d.element.body
        for el in body.iterchildren():
            tag=el.tag.split('}')[1]
            if tag=='p':
                t=''.join(x.text or '' for x in el.iter() if x.tag.endswith('}t'))
                if t.strip(): lines.append('P: '+t)
            elif tag=='tbl':
                for tr in el.iter():
                    if tr.tag.endswith('}tr'):
                        cells=[]
                        for tc in tr:
                            if tc.tag.endswith('}tc'):
                                ps=[]
                                for pp in tc.iter():
                                    if pp.tag.endswith('}p'):
                                        ps.append(''.join(x.text or '' for x in pp.iter() if x.tag.endswith('}t')))
                                cells.append(' / '.join(s for s in ps if s.strip()))
                        lines.append('R: '+' | '.join(cells))
    elif f.endswith('.xlsx'):
        wb=openpyxl.load_workbook(p)
        for ws in wb:
            lines.append('== sheet '+ws.title)
            for row in ws.iter_rows():
                vals=[f'{c.coordinate}={c.value!r}' for c in row if c.value is not None]
                if vals: lines.append(' ; '.join(vals))
    elif f.endswith('.pdf'):
        import pdfplumber
        with pdfplumber.open(p) as pdf:
            for pg in pdf.pages: lines += (pg.extract_text() or '').splitlines()
        lines.append('=== pypdf')
        for pg in pypdf.PdfReader(p).pages: lines += (pg.extract_text() or '').splitlines()
    else:
        b=open(p,'rb').read()
        try: t=b.decode('utf-8-sig')
        except: t=b.decode('gbk')
        lines=[f'{i+1}: {l}' for i,l in enumerate(t.splitlines())]
    open(os.path.join(out,f+'.txt'),'w').write('\n'.join(lines))
