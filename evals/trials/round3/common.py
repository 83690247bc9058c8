from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

def kv_table(doc, rows, ncols):
    """rows: list of lists; a cell value None means merge with the cell to its left."""
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        c = 0
        while c < ncols:
            val = row[c]
            span = 1
            while c + span < ncols and row[c + span] is None:
                span += 1
            cell = t.cell(r, c)
            if span > 1:
                cell = cell.merge(t.cell(r, c + span - 1))
            cell.text = val or ""
            c += span
    return t

def kpi_sheet(ws, title, header, groups, start_note=None):
    """groups: list of (owner, [rows without owner])"""
    ncol = len(header)
    ws.append([title] + [None] * (ncol - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.append(header)
    r = 3
    for owner, rows in groups:
        for i, row in enumerate(rows):
            ws.append([owner if i == 0 else None] + list(row))
        if len(rows) > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=1)
            ws.cell(r, 1).alignment = Alignment(vertical="center")
        r += len(rows)
    if start_note:
        ws.append([])
        ws.append([start_note])
