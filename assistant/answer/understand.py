"""Understand a question with rules: intent, the role it asks about, and whether it is in scope.

No model is involved. The role lexicon is the corpus itself (job-profile titles and section roles
from ingestion); whether a role is "described by the corpus" is decided by looking it up in the
corpus text, so a word list only has to *recognise* role nouns, never to know the answer.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from pydantic import BaseModel, Field

from assistant.answer.kb import KnowledgeBase
from assistant.answer.text import fold
from assistant.models import BscDimension, Intent


class RoleStatus(str, Enum):
    known = "known"  # a role with its own duty/qualification text in the corpus
    mentioned = "mentioned"  # named in the corpus, but without a profile of its own
    related = "related"  # not named; a broader role that is (对公客户经理 -> 客户经理)
    unknown = "unknown"  # a role the corpus never mentions (护士, 飞行员)


class Understanding(BaseModel):
    question: str
    intent: Intent
    role: str | None = Field(default=None, description="the corpus role the answer is about")
    asked_role: str | None = Field(default=None, description="the role as the user wrote it")
    role_status: RoleStatus | None = None
    oos_reason: str | None = None
    expand_item: int | None = Field(default=None, description="1-based item of the previous answer")
    followup: bool = False
    context: str | None = Field(default=None, description="previous question, used as weak context")
    wants_list: bool = False
    dimension: BscDimension | None = None
    core_topic: bool = Field(default=False, description="names a core topic: KPI, 绩效, 岗位职责, 任职资格 ...")
    named_role: str | None = Field(default=None, description="a role phrase the corpus has no match for")
    expand_missing: int | None = Field(default=None, description="asked item number beyond the previous answer")
    previous_items: int = 0


# --- vocabularies ------------------------------------------------------------------------------

# Role nouns that are words by themselves. Recognising them is all this list does: a noun found in
# the question and absent from the corpus makes the question out of scope.
ROLE_NOUNS = (
    "护士", "护工", "医生", "大夫", "药剂师", "牙医", "兽医", "飞行员", "机长", "空乘", "空姐", "乘务员",
    "厨师", "厨子", "面点师", "律师", "法官", "检察官", "法务", "保安", "警察", "消防员", "军人", "记者",
    "编辑", "主持人", "主播", "网红", "演员", "歌手", "模特", "骑手", "外卖员", "司机", "导游", "领队",
    "教练", "运动员", "保姆", "月嫂", "保洁", "清洁工", "园丁", "理发师", "美发师", "美甲师", "化妆师",
    "摄影师", "建筑师", "木工", "焊工", "瓦工", "水电工", "电焊工", "农民", "渔民", "船员", "海员",
    "收银员", "服务员", "营业员", "店员", "前台", "翻译", "译员", "心理咨询师", "营养师",
    "健身教练", "私教", "幼师", "保育员", "公务员", "程序员", "码农", "产品经理", "设计师", "工程师", "会计", "出纳",
    "电工", "柜员", "行长", "教师", "老师", "分析师", "技师", "秘书", "文员", "经纪人",
)  # fmt: skip
_ROLE_SUFFIX = re.compile(
    r"(业务经理|经理|专员|业务员|营销员|助理|主管|总监|店长|管理员|人员|代表|顾问|秘书|文员|柜员|行长|主任|"
    r"经纪人|客服|组长|工程师|分析师|技师|会计|出纳|教师|老师)"
)
# "XX师" / "XX员" at the end of a word (followed by 的, punctuation or a question word), not 员工.
_OCCUPATION = re.compile(
    r"(?P<word>[\u4e00-\u9fff]{2}[师员])(?=$|[的,、。?!:;\s]|需要|要|负责|主要|岗位|职责|工作|平时|每天|任职|应该|有|是|怎么|如何|都|一般|的)"
)
_GENERIC_TAILS = ("专员", "人员", "业务员", "营销员", "管理员", "柜员", "文员", "会员", "成员", "学员", "店员", "职员", "动员", "技师", "教师", "老师", "律师")
# Words that make a narrower role out of a broader one ("对公" + 客户经理).
ROLE_QUALIFIERS = frozenset(
    "大 小 总 副 高级 资深 初级 中级 首席 个人 对公 对私 零售 批发 大堂 理财 信贷 烟草 移动 电信 联通 保险 "
    "网格 区域 渠道 行业 项目 重点 私人 财富 普惠 小微 三农 房贷 车贷 国际 海外 社区 农村 城市 县域".split()
)
# Organisation words in front of a role ("银行个人客户经理" -> 个人客户经理).
_ORG_PREFIX = re.compile(
    r"^(.*(公司|银行|期货|证券|营业部|支行|分行|信用社|邮政|集团|企业|酒店|商场|网店|医院|餐厅|小区|学校|"
    r"门店|机构|单位|行里|行内))"
)
_RUN_BREAK = re.compile(r"[的,、。?!:;\s和与及或给为找想让请帮我们你他她要是那]")
# Verbs in front of a role ("考核销售人员", "招网络管理员"); 对公/对私 are part of the role.
_VERB_PREFIX = re.compile(
    r"^(招聘|应聘|招|聘|做|当|成为|入职|担任|竞聘上了|竞聘|上了|考核|考评|评价|管理|培训|录用|选拔|提拔|"
    r"列一下|列出|介绍|对(?![公私])|在(?!线))+"
)

# Other domains and chit-chat. The relevance threshold is the main gate; these patterns make the
# obvious cases independent of what the corpus happens to contain (证券 text mentions 股票).
_OTHER_DOMAIN = re.compile(
    r"天气|下雨|下雪|气温|温度多少|股票|涨停|大盘|炒股|比特币|币价|彩票|菜谱|食谱|做菜|炒菜|红烧|好吃|"
    r"做饭|烘焙|代码|编程|写程序|python|java(?!或)|javascript|c\+\+|sql语句|快速排序|冒泡排序|算法题|"
    r"翻译|英文怎么说|用英语|笑话|段子|讲个故事|唱首歌|写首诗|电影|电视剧|小说|游戏|星座|运势|算命|"
    r"减肥|健身计划|旅游|景点|去哪里玩|去哪儿玩|哪里玩|带孩子|周末去|机票|酒店预订|外卖推荐|"
    r"多少钱一个|汇率|房价|买房|看病|吃什么药|感冒|发烧|"
    # Labour law, tax and paperwork: HR-adjacent, but the corpus is about posts, duties and KPIs.
    r"劳动法|劳动合同法|试用期|辞退|开除|解雇|劳动仲裁|仲裁|赔偿金|经济补偿|所得税|个税|加班费|产假|年假|"
    r"补办|挂失|下载|安装包|网址|链接",
    re.IGNORECASE,
)
# Other-domain words that are also job skills: "软件开发工程师要会什么编程语言" asks for requirements.
_SKILL_WORDS = re.compile(r"代码|编程|写程序|python|java(?!或)|javascript|c\+\+|sql语句|翻译|英文|英语", re.IGNORECASE)
_CHITCHAT = re.compile(
    r"^(你好|您好|嗨|哈喽|hi|hello|hey|在吗|在不在|谢谢|多谢|早上好|晚上好|下午好|再见|拜拜|"
    r"你是谁|你叫什么|你会什么|你能做什么)",
    re.IGNORECASE,
)
_SMALL_TALK = re.compile(r"过得怎么样|心情|无聊|陪我聊|聊聊天|你开心|吃饭了吗|睡了吗")
# Words that make a question part of this domain (roles, HR, performance, the corpus' topics).
_DOMAIN = re.compile(
    r"岗|职|任职|资格|招聘|应聘|面试|入职|录用|选人|员工|人员|人才|hr|人力|人事|绩效|考核|考评|kpi|指标|"
    r"薪酬|工资|薪资|培训|晋升|竞聘|部门|团队|管理|客户|业务|营销|销售|服务|工作|能力|素质|胜任|说明书|"
    r"jd|smart|计分卡|bsc|审计|轮岗|休假|贷款|信贷|银行|期货|证券|责任|制度|流程|经理|专员|主管|"
    r"助理|总监|店长|柜员|行长|会所|技师|快递|家装|外贸|内贸|客服|财务|会计|网格|权重|维度|打分|评分|"
    r"指导|计划|方案|目标|风险|合规|档案|回访|投诉|市场|产品|营业部|信用社|邮政|分析|模型|原则|步骤|"
    r"考绩|考勤|评价|评估|激励|奖惩|奖励|福利|社保|劳动合同|离职|组织架构|职业|行为事件|访谈|量表|"
    r"提成|业务员|领导|上级|下属|同事|技能|工程师|学历|证书",
    re.IGNORECASE,
)

# The knowledge base's own subject: a question naming one of these is in scope on weaker evidence.
_CORE = re.compile(
    r"kpi|绩效|考核|考评|指标|计分卡|bsc|smart|胜任力|素质模型|岗位说明书|任职资格|任职要求|任职条件|"
    r"岗位职责|工作职责|岗位分析|岗位评价|关键岗位",
    re.IGNORECASE,
)

_JD_DRAFT = re.compile(
    r"(写|起草|拟|拟定|生成|出|做|编写|撰写|草拟|整理)(一份|一个|一版|个|份)?.{0,14}"
    r"(岗位说明书|职位说明书|职位描述|岗位描述|jd|招聘启事|招聘广告|招聘信息)",
    re.IGNORECASE,
)
_KPI_DESIGN = re.compile(
    r"(设计|制定|拟定|生成|搭建|建立|做|出|定|列)(一套|一份|一个|一版|套|份)?.{0,12}"
    r"(kpi|考核指标|绩效指标|指标体系|考核方案|绩效方案|考核表|绩效考核表)",
    re.IGNORECASE,
)
_REQUEST = re.compile(r"^(请|帮我|帮忙|麻烦|给我|替我|为我|能否|能不能|可以|你能)|(帮我|给我|替我|为我|帮忙)")
_HOW = re.compile(r"怎么|如何|怎样|什么|哪|是否|吗|为什么|几|？|\?")

_QUAL = re.compile(
    r"任职|招聘条件|应聘|资格|资质|学历|门槛|条件|招什么样|什么样的人|具备|看重|吃香|"
    r"(有什么|有哪些|什么|哪些)要求|要求(有哪些|是什么|呢|怎么写)|技能|证书|经验|素质(?!模型)|选人|录用|"
    r"(需要|要|得|必须)会(?![计议员所])",
)
_QUAL_NOT = re.compile(r"遵守|做到")
_DUTY = re.compile(
    r"职责|负责|做什么|干什么|干些什么|做哪些|做些什么|干哪些|工作内容|管什么|管哪些|干嘛|承担|主要工作|"
    r"日常工作|工作是什么|要做|做好哪些|开展工作|哪些事|什么事|哪些工作|什么工作|重点工作|环节|分工|职能|"
    r"干啥|做啥|处理什么|处理哪些|遵守哪些|各自管",
)
_KPI = re.compile(
    r"kpi|绩效|考核|指标|计分卡|平衡计分|bsc|维度|权重|打分|评分|计分|考评|业绩",
    re.IGNORECASE,
)
_METHOD = re.compile(r"原则|步骤|流程|方法|理论|模型|循环|pdca|smart|是什么|什么是|为什么|关系|区别|作用|优缺点|起源|最早", re.IGNORECASE)
_LIST_ASK = re.compile(r"哪些|哪几|几点|几个方面|几方面|哪方面|几步|步骤|几类|列一下|列出|分别|各自|包括")

_EXPAND = re.compile(
    r"第\s*([一二三四五六七八九十两\d]{1,3})\s*(条|点|项|个|步|部分)"
    r".{0,6}(展开|详细|具体|说说|讲讲|解释|细说|多说|什么意思|再说|介绍|呢)"
)
_FOLLOWUP_START = re.compile(r"^(那|那么|还有|另外|再|那如果|要是|如果|它|他|她|其|此外|同样)")
# A pronoun for the role just discussed ("给他设计KPI"); 其他/吉他 are not pronouns.
_PRONOUN = re.compile(r"(?<![其吉])[他她它](?!们)|这个岗位|该岗位|这个职位|该职位|此岗位|这一岗位")
_FOLLOWUP_REF = re.compile(r"这个岗位|该岗位|这个职位|该职位|这一岗位|此岗位|这个角色|这个人|他们|她们|这类岗位|上面|刚才|前面")

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_DIMENSIONS = [
    (BscDimension.learning, re.compile(r"学习与成长|学习和成长|学习成长")),
    (BscDimension.process, re.compile(r"内部流程|内部业务流程|流程维度|内部运营")),
    (BscDimension.customer, re.compile(r"客户维度|客户方面|客户层面|客户这个维度|客户指标")),
    (BscDimension.financial, re.compile(r"财务维度|财务方面|财务层面|财务这个维度|财务指标")),
]


def cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in _CN_DIGITS:
        return _CN_DIGITS[text]
    if text.startswith("十"):
        return 10 + _CN_DIGITS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + _CN_DIGITS.get(ones, 0)
    return None


# --- roles -------------------------------------------------------------------------------------


class RoleMatch(BaseModel):
    asked: str
    role: str | None
    status: RoleStatus


# Everyday names of roles the corpus names differently (applied only when the target exists).
ROLE_ALIASES = {
    "老师": "教师",
    "快递员": "快递业务员",
    "送快递的": "快递业务员",
    "网管": "网络管理员",
    "程序员": "软件开发工程师",
    "开发工程师": "软件开发工程师",
    "销售员": "销售人员",
    "人事专员": "人力资源专员",
    "hr专员": "人力资源专员",
}


def find_role(question: str, kb: KnowledgeBase) -> RoleMatch | None:
    """The role a question asks about, matched against the corpus' role catalogue."""
    text = fold(question)
    catalogue = sorted(kb.roles, key=len, reverse=True)
    for alias, title in ROLE_ALIASES.items():
        if alias in text and title in kb.roles and title not in text:
            text = text.replace(alias, title)

    # 1. Runs of text that end in a role suffix ("银行个人客户经理", "营销总监").
    best: RoleMatch | None = None
    for m in _ROLE_SUFFIX.finditer(text):
        run = _run_before(text, m.end())
        match = _match_run(run, m.group(0), kb, catalogue)
        if match and (best is None or _rank(match) > _rank(best)):
            best = match
    # 2. A catalogue title anywhere (covers titles without a generic suffix, e.g. 教师).
    if best is None or best.status != RoleStatus.known:
        for title in catalogue:
            if title in text and (best is None or len(title) > len(best.asked)):
                best = RoleMatch(asked=title, role=title, status=RoleStatus.known)
                break
    # 3. Role nouns the corpus never mentions (护士, 飞行员): the question is about another job.
    if best is None or best.status != RoleStatus.known:
        for noun in ROLE_NOUNS:
            if noun in text and not kb.mentioned(noun) and not any(noun in t for t in kb.roles):
                return RoleMatch(asked=noun, role=None, status=RoleStatus.unknown)
        # 4. An occupation word "XX师/XX员" the corpus never uses (美容师, 讲师, 营业员).
        for m in _OCCUPATION.finditer(text):
            word = m.group("word")
            if kb.mentioned(word) or any(word in t for t in kb.roles) or word.endswith(_GENERIC_TAILS):
                continue
            if best is None or best.status not in (RoleStatus.known, RoleStatus.mentioned):
                return RoleMatch(asked=word, role=None, status=RoleStatus.unknown)
    return best


def _named_phrase(text: str) -> str | None:
    """The longest role-like phrase of a question the catalogue did not match ("汽车4s店客户服务部经理")."""
    runs = [_run_before(text, m.end()) for m in _ROLE_SUFFIX.finditer(text)]
    runs = [r for r in runs if len(r) >= 4]
    return max(runs, key=len) if runs else None


def _rank(match: RoleMatch) -> tuple[int, int]:
    order = {RoleStatus.known: 3, RoleStatus.mentioned: 2, RoleStatus.related: 1, RoleStatus.unknown: 0}
    return order[match.status], len(match.asked)


def _run_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not _RUN_BREAK.match(text[start - 1]) and end - start < 14:
        start -= 1
    run = text[start:end]
    m = _ORG_PREFIX.match(run)
    if m and len(run) - len(m.group(1)) >= 2:
        run = run[len(m.group(1)) :]
    stripped = _VERB_PREFIX.sub("", run)
    return stripped if len(stripped) >= 2 else run


def _match_run(run: str, suffix: str, kb: KnowledgeBase, catalogue: list[str]) -> RoleMatch | None:
    if len(run) < len(suffix):
        return None
    # Pass 1: a catalogue title (or the one title ending in the candidate: 技术经理 -> 健康养生会所技术经理).
    for k in range(len(run), len(suffix) - 1, -1):
        cand = run[-k:]
        title = cand if cand in kb.roles else None
        if title is None and len(cand) >= 4:
            owners = {t for t in catalogue if t.endswith(cand)}
            title = owners.pop() if len(owners) == 1 else None
        if title is None:
            continue
        # A qualifier in front of a title names a narrower role (个人/对公/高级 + 客户经理).
        narrower = None
        for m in range(k + 1, min(len(run), k + 3) + 1):
            if run[-m:-k] in ROLE_QUALIFIERS:
                narrower = run[-m:]
        if narrower:
            status = RoleStatus.mentioned if kb.mentioned(narrower) else RoleStatus.related
            return RoleMatch(asked=narrower, role=title, status=status)
        return RoleMatch(asked=cand, role=title, status=RoleStatus.known)
    # Pass 2: a role the corpus names without describing it as a job profile (销售经理).
    for k in range(len(run), len(suffix) + 1, -1):
        cand = run[-k:]
        if kb.mentioned(cand):
            return RoleMatch(asked=cand, role=None, status=RoleStatus.mentioned)
    return None


# --- intent ------------------------------------------------------------------------------------


def classify(question: str) -> Intent | None:
    """Intent from cue words; None when the question carries no cue (a follow-up may supply it)."""
    q = fold(question)
    if _JD_DRAFT.search(q) and (_REQUEST.search(q) or not _HOW.search(q)):
        return Intent.jd_draft
    if _KPI_DESIGN.search(q) and (_REQUEST.search(q) or not _HOW.search(q)):
        return Intent.kpi_design
    qual, duty, kpi, method = (bool(p.search(q)) for p in (_QUAL, _DUTY, _KPI, _METHOD))
    qual = qual and not _QUAL_NOT.search(q)
    if qual and not kpi:
        return Intent.qualification
    if kpi:
        return Intent.method if method and not re.search(r"指标|kpi|权重|维度|打分|评分|计分", q) else Intent.kpi
    if duty:
        return Intent.duty
    if qual:
        return Intent.qualification
    if method:
        return Intent.method
    return None


def out_of_scope_reason(question: str, has_role: bool, skills_ok: bool = False) -> str | None:
    """Why a question is out of scope, if the rules can tell. ``skills_ok``: the question asks
    about a described role's duties or requirements, where 编程/翻译 are skills, not topics."""
    q = fold(question).strip()
    other = [m.group(0) for m in _OTHER_DOMAIN.finditer(q)]
    if other and not (skills_ok and all(_SKILL_WORDS.fullmatch(w) for w in other)):
        return "other_domain"
    if _CHITCHAT.match(q) and not _DOMAIN.search(q):
        return "chitchat"
    if _SMALL_TALK.search(q):
        return "chitchat"
    if not has_role and not _DOMAIN.search(q):
        return "no_domain_words"
    return None


def dimension_of(question: str) -> BscDimension | None:
    for dim, pattern in _DIMENSIONS:
        if pattern.search(question):
            return dim
    return None


# --- the whole step ----------------------------------------------------------------------------


def understand(question: str, kb: KnowledgeBase, previous: Understanding | None = None, previous_items: int = 0) -> Understanding:
    """Classify the question, find its role, and resolve ellipsis against the previous turn."""
    q = question.strip()
    folded = fold(q)
    match = find_role(q, kb)
    intent = classify(q)

    expand = None
    m = _EXPAND.search(folded)
    if m and previous is not None and previous_items:
        n = cn_number(m.group(1))
        if n and 1 <= n <= previous_items:
            expand = n
        elif n:
            # "第99条展开说说" after a 5-item answer: say so instead of repeating the answer.
            return Understanding(
                question=q, intent=previous.intent, followup=True, expand_missing=n, previous_items=previous_items,
                role=previous.role, asked_role=previous.asked_role, role_status=previous.role_status,
            )
    tool_ref = (
        intent in (Intent.jd_draft, Intent.kpi_design)
        and match is None
        and previous is not None
        and bool(previous.role or previous.asked_role)
        and bool(_PRONOUN.search(folded))
    )
    followup = previous is not None and (
        expand is not None
        or tool_ref
        or bool(_FOLLOWUP_START.match(folded) or _FOLLOWUP_REF.search(folded))
        or (match is None and intent is None and len(folded) <= 12)
    )

    u = Understanding(question=q, intent=intent or Intent.method, followup=followup)
    if match is not None:
        u.asked_role, u.role, u.role_status = match.asked, match.role, match.status
    if followup and previous is not None:
        u.context = previous.question if previous.context is None else f"{previous.context} {previous.question}"
        if match is None:
            u.asked_role, u.role, u.role_status = previous.asked_role, previous.role, previous.role_status
        if expand is not None:
            u.expand_item = expand
            u.intent = previous.intent
        elif intent is None:
            u.intent = previous.intent
    if match is None:
        u.named_role = _named_phrase(unicodedata.normalize("NFKC", q))
    u.wants_list = bool(_LIST_ASK.search(folded))
    u.dimension = dimension_of(folded)
    u.core_topic = bool(_CORE.search(folded))

    skills_ok = u.role_status == RoleStatus.known and u.intent in (Intent.duty, Intent.qualification)
    reason = out_of_scope_reason(q, has_role=u.role is not None or followup, skills_ok=skills_ok)
    if reason in ("other_domain", "chitchat") and expand is None:
        u.intent, u.oos_reason = Intent.out_of_scope, reason
    elif u.role_status == RoleStatus.unknown:
        u.intent, u.oos_reason = Intent.out_of_scope, "unknown_role"
    elif reason and expand is None:
        # No domain word at all: only evidence that clears a high bar keeps it in scope (chain decides).
        u.oos_reason = reason
    return u
