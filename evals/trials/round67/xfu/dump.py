import docx, openpyxl, sys, os
C='/work/shared/corpus-extra'
out='/tmp/t67xfu/text'; os.makedirs(out,exist_ok=True)
for f in sorted(os.listdir(C)):
    p=os.path.join(C,f); lines=[]
    if f.endswith('.docx'):
        d=docx.Document(p)
        for para in d.paragraphs:
            if para.text.strip(): lines.append('P: '+para.text)
        for t in d.tables:
            for r in t.rows:
                seen=[];
                for c in r.cells:
                    if c._tc in seen: continue
                    seen.append(c._tc)
                lines.append('R: '+' | '.join(c.text.replace('\n','⏎') for c in r.cells))
    elif f.endswith('.xlsx'):
        wb=openpyxl.load_workbook(p)
        for ws in wb:
            lines.append('SHEET '+ws.title)
            for r in ws.iter_rows(values_only=True):
                if any(v is not None for v in r): lines.append(' | '.join('' if v is None else str(v).replace('\n','⏎') for v in r))
    elif f.endswith('.pdf'):
        import pypdf
        for pg in pypdf.PdfReader(p).pages: lines+= pg.extract_text().splitlines()
    elif f.endswith(('.json',)) or f in('README.md','SOURCES.md'): continue
    else:
        b=open(p,'rb').read()
        try: s=b.decode('utf-8-sig')
        except: s=b.decode('gbk')
        lines=s.splitlines()
    open(os.path.join(out,f+'.txt'),'w').write('\n'.join(f'{i+1}\t{l}' for i,l in enumerate(lines)))
