"""What ingestion understood, per file, as plain printable text (for ``gangwei corpus profiles``
and ``gangwei kpi library``): a user sees at a glance whether their documents were read right."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.ingest.records import FileRecords
from assistant.models import JobProfile, KpiEntry

FIELD_ZH = {
    "title": "岗位名称", "organisation": "单位", "department": "部门", "reports_to": "直接上级", "subordinates": "直接下级",
    "headcount": "人数", "purpose": "岗位目的", "location": "工作地点", "pay": "薪资", "benefits": "福利",
    "education": "学历", "major": "专业", "experience": "经验", "certificate": "证书", "skills": "技能",
    "personal": "素质", "age": "年龄", "gender": "性别", "other_requirements": "其他要求", "code": "岗位代码",
    "level": "层级", "career": "职业发展", "difficulty": "工作难点", "taboo": "工作禁忌", "environment": "工作环境", "staffed": "在岗人数", "employment": "用工形式", "probation": "试用期", "published": "发布日期", "status": "状态", "source": "来源",
    "assessor": "考核人", "family": "岗位序列",
}


def profile_line(profile: JobProfile) -> str:
    parts = [profile.title]
    if profile.aliases:
        parts.append(f"(又称 {'、'.join(profile.aliases)})")
    where = " / ".join(x for x in (profile.organisation, profile.department) if x)
    if where:
        parts.append(f"[{where}]")
    parts.append(f"职责 {len(profile.duties)} 条, 任职要求 {len(profile.qualifications)} 条")
    if profile.kpis:
        parts.append(f"考核 {len(profile.kpis)} 条")
    fields = [FIELD_ZH.get(k, k) for k in profile.fields if k != "title"]
    if fields:
        parts.append("字段: " + "、".join(fields))
    parts.append(f"第 {profile.span.line_start}–{profile.span.line_end} 行")
    return " ".join(parts)


def kpi_line(entry: KpiEntry) -> str:
    parts = [entry.name]
    if entry.dimension or entry.bsc:
        dim = entry.dimension or (entry.bsc.value if entry.bsc else "")
        parts.append(f"维度 {dim}{' (推断)' if entry.dimension_inferred and not entry.dimension else ''}")
    if entry.weight is not None:
        parts.append(f"权重 {entry.weight:g}%")
    owner = "、".join(entry.roles) or entry.department
    if owner:
        parts.append(f"归属 {owner}")
    if entry.kind == "criterion":
        parts.append(f"(评分项, 属于 {entry.parent or '上一指标'})")
    parts.append(f"第 {entry.span.line_start} 行")
    return " ".join(parts)


def file_summary(rec: FileRecords, kpis: bool = True, profiles: bool = True) -> list[str]:
    """Lines describing one file: its profiles, then its KPI table entries (prose mentions counted)."""
    lines = [f"{rec.file}" + (f" — {rec.title}" if rec.title else "")]
    if profiles:
        if rec.profiles:
            lines += [f"  岗位 · {profile_line(p)}" for p in rec.profiles]
        else:
            lines.append("  (未识别出岗位)")
    if kpis:
        table = [k for k in rec.kpis if k.origin == "table"]
        lines += [f"  指标 · {kpi_line(k)}" for k in table]
        prose = len(rec.kpis) - len(table)
        if prose:
            lines.append(f"  正文中提到的指标 {prose} 个")
    for warning in rec.warnings:
        lines.append(f"  提示: {warning}")
    return lines


def corpus_summary(records: dict[str, FileRecords] | Iterable[FileRecords], kpis: bool = True,
                   profiles: bool = True) -> str:
    """The whole knowledge base, file by file, as printable text."""
    recs = list(records.values()) if isinstance(records, dict) else list(records)
    out: list[str] = []
    for rec in sorted(recs, key=lambda r: r.file):
        out += file_summary(rec, kpis=kpis, profiles=profiles)
    n_profiles = sum(len(r.profiles) for r in recs)
    n_kpis = sum(1 for r in recs for k in r.kpis if k.origin == "table" and k.kind == "indicator")
    out.append(f"共 {len(recs)} 个文件, {n_profiles} 个岗位画像, {n_kpis} 个表格指标")
    return "\n".join(out)
