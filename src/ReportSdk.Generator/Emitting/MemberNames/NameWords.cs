namespace ReportSdk.Generator.Emitting.MemberNames;

/// <summary>
/// Word tables for typed member names: what may not open the name of a measured thing. A fact name that opens with
/// one of these words loses it (开展文化活动 → 文化活动, 对东盟进出口增速 → 东盟进出口增速) before it is judged.
/// </summary>
internal static class NameWords
{
    /// <summary>
    /// Words no name of a measured thing holds: a value written out (由一九四九年的百分之二十八點八上升爲), the basis a
    /// figure is reached on (在１９８８年水平的基础上).
    /// </summary>
    public static readonly string[] ProseMarks = { "百分之", "基础上" };

    /// <summary>Words of a total over a span that opens a name (五年共利用外资, 三年累计): the period says the span.</summary>
    public static readonly string[] SpanTotals = { "累计", "共计", "合计", "共" };

    /// <summary>Prepositions, conjunctions and particles: a noun phrase never starts with them.</summary>
    public static readonly string[] FunctionWords =
    {
        "通过", "围绕", "按照", "根据", "经过", "针对", "关于", "以及", "其中", "着力", "我国", "我省", "我市", "我区", "我县",
        "去年", "今年", "上年", "明年", "全年", "当年", "比", "较", "要", "现在", "目前",
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "十一是", "十二是", "十三是", "十四是", "十五是",
        "这一", "这个", "這一", "這個", "到现在", "尽管", "虽然", "雖然", "那么", "还有",
        "与", "和", "及", "并", "或", "为", "对", "把", "将", "从", "向", "以", "由", "被", "于", "按", "给", "跟", "在",
        "的", "了", "着", "等", "而", "且", "也", "又", "已", "约", "至", "其", "之", "让", "使", "共", "累计",
    };

    /// <summary>Verbs of plan and review prose (推进…, 完成…): they say what was done, not what is measured.</summary>
    public static readonly string[] Verbs =
    {
        "开展", "实现", "建立", "完成", "推进", "实施", "加快", "加强", "推动", "深化", "启动", "抓好", "打造", "组织", "举办",
        "引进", "培育", "支持", "帮助", "落实", "提高", "提升", "降低", "减少", "增加", "达到", "突破", "超过", "保持", "确保",
        "力争", "争取", "发挥", "形成", "坚持", "促进", "带动", "解决", "吸引", "投入", "安排", "筹集", "发放", "全面",
        "持续", "积极", "稳步", "扎实", "大力", "有序", "进一步", "率先", "统筹", "建成", "入选", "荣获", "获评", "成为", "进入",
        "上榜", "入围", "惠及", "追回", "招募", "兑现", "提供", "对接", "对照", "承接", "新招引", "招引", "开工", "整治", "改造",
    };

    /// <summary>Nouns that open with one of the words above and must keep it (增加值, 对外贸易, 从业人员, 新能源, 在校生, 和美乡村).</summary>
    public static readonly string[] NounOpenings =
    {
        "增加值", "对外", "从业", "及时", "以旧换新", "以工代赈", "新能源", "新型", "新兴", "新区", "新城", "在校", "在园", "在建", "在岗",
        "在途", "在职", "在线", "在研", "在营", "在册", "在库", "在读", "在网", "在运", "在用", "在保", "在管", "在孵", "累计值", "共享", "比重", "比例", "要素", "和美", "对口",
    };

    /// <summary>Verbs that end a clause of prose; a name that ends with one names an act, not a figure (与首钢集团开展).</summary>
    public static readonly string[] TrailingVerbs =
    {
        "开展", "实现", "推进", "实施", "完成", "推出", "提出", "落地", "超额", "整合", "覆盖", "减", "跃", "达", "有", "居",
        "出台", "形成", "完工", "探索", "制定", "由", "以", "跨越", "日产", "连续", "率先", "铺开", "各", "期间", "占", "将", "值约", "約", "持续", "评选出",
        "去年", "提交", "也從", "也从", "也", "大约", "那样", "做", "参加", "增发", "多", "后",
        "使", "把", // the causative and the object marker before the figure (农村饮水安全工程使6069万农民受益)
        // adverbs and verbs of degree left before the figure (中央财政还将安排, 偏差竟达到, 龙头企业发展到22家,
        // 子女还不到3.5%, 最低收购价每50公斤)
        "还", "只", "竟", "接近", "不到", "发展到", "年来", "过", "比较", "每",
        "好", // the complement of a verb of work (重点抓好, 接续办好, 高质量建好), not a thing measured
    };

    /// <summary>Verbs that, anywhere in a name, make it a clause of prose (医院实现医保移动支付, 精雕科技入选全市首批).</summary>
    public static readonly string[] ClauseVerbs =
    {
        "完成", "实现", "入选", "荣获", "获评", "获得", "纳入", "达到", "成为", "出台", "完工", "落地", "入围", "上榜", "跃居", "位居",
        "进入", "提前", "超额", "顺利", "累计发放", "按照", "惠及", "带动", "了", "获批", "焕发", "率先", "相继", "全部",
        "升格", "跃升", "连续", "将", "不过", "只占", "只佔", "约占", "合计", "共计", "扣除", "计算", "現已", "现已", "吸纳", "已经", "应当", "被", "过着",
        "荣登", "亮相", "可通过", "推行", "成果显著", "提供", "运用", "比去年", "仍然", "开始", "就可以", "帮助",
        "是", "因爲", "因为", "只要", "存在着", "已按", "已初步",
        "必须", "可以", "已經", "曾经", "助力", "携手", "并投入", "认真落实", "要扩大", "要覆盖", "优于", "好于上年",
    };

    /// <summary>Set phrases that hold one of the <see cref="ClauseVerbs"/> and still name a thing (绿水青山就是金山银山实践创新基地).</summary>
    public static readonly string[] SetPhrases = { "绿水青山就是金山银山" };

    /// <summary>Characters after 把 that make it part of a word (把关, 把握, 一把手), not the marker of an object.</summary>
    public const string AfterBaInWords = "关握手";

    /// <summary>Characters before a closing 都 that make it a place (首都, 成都, 设计之都), not the adverb of a clause.</summary>
    public const string BeforePlaceDu = "之首古成京帝故旧";

    /// <summary>Words that close a threshold written into a name (100万元以上, 3岁以下).</summary>
    public static readonly string[] ThresholdWords = { "及以上", "以上", "及以下", "以下" };
}
