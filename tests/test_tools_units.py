"""Units of the tools: integer weights, the duty-analysis method, user notes, suggested measures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.lexicon import load_lexicon
from assistant.models import BscDimension
from assistant.tools.dimensions import DimensionMapper
from assistant.tools.duty_analysis import derive, duty_output
from assistant.tools.measures import suggested_formula
from assistant.tools.notes import parse_notes
from assistant.tools.weights import allocate

LEXICON = load_lexicon(None)
DIMS = DimensionMapper(LEXICON)


@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=1, max_size=7),
       st.sampled_from([1, 5]))  # fmt: skip
def test_weights_are_integers_summing_to_100(raw, step):
    weights = allocate(raw, step=step)
    assert sum(weights) == 100 and len(weights) == len(raw)
    assert all(w >= step and w % step == 0 for w in weights)


def test_weights_keep_stated_proportions():
    assert allocate([25, 30, 20, 25]) == [25, 30, 20, 25]
    assert allocate([15, 10, 10, 10, 5, 5, 5]) == [25, 17, 17, 17, 8, 8, 8]
    assert allocate([1, 1, 1], step=5) == [35, 35, 30]


@pytest.mark.parametrize(
    ("duty", "output"),
    [("1、根据年度经营计划，组织编制公司年度预算和费用控制标准", "年度预算编制"),
     ("对来访车辆进行登记和引导", "来访车辆登记"),
     ("做好门店商品、赠品等盘点工作", "门店商品盘点"),
     ("负责设备的日常维护保养，确保设备正常运行", "设备维护保养"),
     ("退换货处理：受理顾客退换货申请并登记", "退换货处理"),
     ("通过银行代发或现金发放形式按时、准确地发放员工工资", "员工工资发放"),  # the means is no output
     ("及时准确地录入数据", "数据录入"),
     ("制定并规范数据库设计规范", "数据库设计规范制定")],  # the action is not said twice
)  # fmt: skip
def test_duty_output(duty, output):
    assert duty_output(duty, LEXICON) == output


@pytest.mark.parametrize(
    ("duty", "name", "dimension"),
    [("热情接待顾客，介绍商品", "顾客满意度", BscDimension.customer),
     ("负责员工工资核算与发放", "员工工资核算与发放准确率", BscDimension.process),
     ("负责制定部门年度培训计划并组织实施", "培训计划完成率", BscDimension.learning),
     ("负责编写测试用例", "测试用例编写按时完成率", BscDimension.process),
     ("控制物料采购成本", "费用预算达成率", BscDimension.financial)],
)  # fmt: skip
def test_duty_analysis_derives_a_measurable_indicator(duty, name, dimension):
    found = derive(duty, LEXICON, DIMS)
    assert found is not None and (found.name, found.dimension) == (name, dimension)
    assert "→" in found.chain and found.formula


def test_a_duty_without_an_output_derives_nothing():
    assert derive("完成领导交办的其他工作", LEXICON, DIMS) is None
    assert derive("好", LEXICON, DIMS) is None


def test_parse_notes():
    notes = parse_notes("侧重成本控制；要求 CPA 优先，周末需值班\n不要采购；增加职责：负责月度盘点")
    assert [(n.kind, n.what) for n in notes] == [
        ("focus", "成本控制"), ("require", "CPA 优先"), ("other", "周末需值班"), ("exclude", "采购"),
        ("add_duty", "负责月度盘点"),
    ]  # fmt: skip
    assert parse_notes(None) == [] and parse_notes("  ；") == []


@pytest.mark.parametrize(
    ("name", "start"),
    [("发货及时率", "按时完成数"), ("顾客满意度", "服务对象满意度"), ("叉车安全事故次数", "考核期内发生的次数"),
     ("仓储费用", "考核期内的金额"), ("出品合格率", "合格数")],
)  # fmt: skip
def test_suggested_formula(name, start):
    assert suggested_formula(name).startswith(start)


def test_dimensions_from_stated_labels_and_names():
    assert DIMS.of_label("学习成长革新类") == BscDimension.learning
    assert DIMS.of_label("内部营运类") == BscDimension.process
    assert DIMS.infer("费用预算达成率").bsc == BscDimension.financial
    assert DIMS.infer("某某事项").bsc == BscDimension.process and DIMS.infer("某某事项").inferred
