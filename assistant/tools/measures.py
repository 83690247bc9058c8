"""How an indicator is measured when the documents do not say: a calculation and a data source.

Used for indicators whose sheet gives no formula and for indicators derived from duties; the
result is always labelled a suggestion. It reads only the indicator's name ending (率, 满意度,
次数 …) and its scorecard dimension, so it carries no industry assumption.
"""

from __future__ import annotations

import re

from assistant.models import BscDimension

SUGGESTED = "（建议口径）"

# name ending -> calculation; longest ending first
_ENDINGS: list[tuple[str, str]] = [
    ("按时完成率", "按时完成的事项数 ÷ 计划完成的事项数 × 100%"),
    ("计划完成率", "实际完成数 ÷ 计划数 × 100%"),
    ("预算达成率", "实际发生额 ÷ 预算额 × 100%"),
    ("满意度", "服务对象满意度调查得分（百分制）的平均值"),
    ("满意率", "满意的调查对象数 ÷ 调查对象总数 × 100%"),
    ("差错率", "出现差错的笔数 ÷ 办理总笔数 × 100%"),
    ("准确率", "准确无误的笔数 ÷ 总笔数 × 100%"),
    ("合格率", "合格数 ÷ 检验（检查）总数 × 100%"),
    ("及时率", "按时完成数 ÷ 应完成总数 × 100%"),
    ("达成率", "实际完成值 ÷ 目标值 × 100%"),
    ("完成率", "实际完成数 ÷ 计划数 × 100%"),
    ("保有率", "期末在岗人数 ÷ 期初在岗人数 × 100%"),
    ("流失率", "流失人数（户数） ÷ 期初人数（户数） × 100%"),
    ("次数", "考核期内发生的次数"),
    ("天数", "考核期内的平均天数"),
    ("时间", "考核期内的平均用时"),
    ("周期", "考核期内的平均周期（天）"),
    ("及时性", "未在规定时间内完成的次数"),
    ("准确性", "出现差错的次数"),
    ("完整性", "要素齐全的份数 ÷ 抽查份数 × 100%"),
    ("收入", "考核期内的金额（万元）"),
    ("利润", "考核期内的金额（万元）"),
    ("成本", "考核期内的金额（万元）"),
    ("费用", "考核期内的金额（万元）"),
    ("额", "考核期内的金额（万元）"),
    ("数", "考核期末（或期内新增）的数量"),
]

_SOURCES = {
    BscDimension.financial: "财务报表、预算执行记录",
    BscDimension.customer: "满意度调查、投诉与回访记录",
    BscDimension.process: "工作台账、业务系统记录",
    BscDimension.learning: "培训记录、人事档案",
}


def suggested_formula(name: str) -> str:
    """A calculation for ``name`` read from its ending; a rating for names without a measurable ending."""
    for ending, formula in _ENDINGS:
        if name.endswith(ending):
            return formula
    if name.endswith("率"):
        return f"{name[:-1]}的达成（发生）数 ÷ 应达成（总）数 × 100%"
    return f"按考核周期对「{name}」的完成情况评分（百分制）"


def suggested_source(dimension: BscDimension) -> str:
    return _SOURCES[dimension]


_CORE = re.compile(r"(率|满意度|次数|数量|数|额|量|时间|周期|得分|完整性|及时性|准确性|准确度)$")


def indicator_core(name: str) -> str:
    """What an indicator measures, without how ("招聘周期" -> "招聘", "库存准确率" -> "库存准确")."""
    return _CORE.sub("", name)
