// Shared between the runtime library and the generator (see Vocabulary.cs).
// The alias table is data: extend it here, in one place, as texts demand.

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>Headline indicators with English keys. Facts whose name matches an alias carry the key.</summary>
public enum StandardIndicator
{
    /// <summary>地区生产总值, 国内生产总值 (GDP).</summary>
    Gdp = 1,
    /// <summary>地区生产总值增速.</summary>
    GdpGrowth,
    /// <summary>一般公共预算收入 (区级, 地方级, 全口径 variants keep their own names).</summary>
    GeneralBudgetRevenue,
    /// <summary>一般公共预算收入增速.</summary>
    GeneralBudgetRevenueGrowth,
    /// <summary>固定资产投资.</summary>
    FixedAssetInvestment,
    /// <summary>固定资产投资增速.</summary>
    FixedAssetInvestmentGrowth,
    /// <summary>社会消费品零售总额.</summary>
    RetailSales,
    /// <summary>社会消费品零售总额增速.</summary>
    RetailSalesGrowth,
    /// <summary>市场总消费.</summary>
    TotalConsumption,
    /// <summary>市场总消费增速.</summary>
    TotalConsumptionGrowth,
    /// <summary>居民人均可支配收入.</summary>
    DisposableIncomePerCapita,
    /// <summary>居民人均可支配收入增速.</summary>
    DisposableIncomePerCapitaGrowth,
    /// <summary>城镇登记失业率.</summary>
    RegisteredUnemploymentRate,
    /// <summary>城镇调查失业率.</summary>
    SurveyedUnemploymentRate,
    /// <summary>万元地区生产总值能耗 reduction.</summary>
    EnergyIntensityReduction,
    /// <summary>PM2.5 年均浓度.</summary>
    Pm25,
    /// <summary>空气质量优良天数.</summary>
    GoodAirDays,
    /// <summary>居民消费价格涨幅.</summary>
    ConsumerPriceIncrease,
    /// <summary>实际利用外资.</summary>
    ForeignInvestmentUsed,
    /// <summary>技术合同成交额.</summary>
    TechContractTurnover,
    /// <summary>数字经济增加值占地区生产总值比重.</summary>
    DigitalEconomyShare,
    /// <summary>第三产业增加值占地区生产总值比重.</summary>
    TertiaryIndustryShare,
    /// <summary>城镇新增就业.</summary>
    UrbanNewJobs,
    /// <summary>赤字率 (deficit as a share of GDP).</summary>
    DeficitRatio,
    /// <summary>赤字规模, 财政赤字 (the deficit amount).</summary>
    Deficit,
    /// <summary>地方政府专项债券.</summary>
    LocalGovernmentSpecialBonds,
    /// <summary>粮食产量.</summary>
    GrainOutput,
    /// <summary>进出口总额 (goods trade).</summary>
    ImportsExports,
    /// <summary>进出口总额增速.</summary>
    ImportsExportsGrowth,
    /// <summary>一般公共预算支出.</summary>
    GeneralBudgetExpenditure,
    /// <summary>一般公共预算支出增速.</summary>
    GeneralBudgetExpenditureGrowth,
    /// <summary>城镇居民人均可支配收入.</summary>
    UrbanDisposableIncomePerCapita,
    /// <summary>城镇居民人均可支配收入增速.</summary>
    UrbanDisposableIncomePerCapitaGrowth,
    /// <summary>农村居民人均可支配收入 (农民人均纯收入 in older reports).</summary>
    RuralDisposableIncomePerCapita,
    /// <summary>农村居民人均可支配收入增速.</summary>
    RuralDisposableIncomePerCapitaGrowth,
    /// <summary>粮食产量增速.</summary>
    GrainOutputGrowth,
    /// <summary>实际使用外资增速.</summary>
    ForeignInvestmentUsedGrowth,
    /// <summary>人均地区生产总值, 人均国内生产总值.</summary>
    GdpPerCapita,
    /// <summary>国民生产总值 (GNP, the headline of the 1980s–1990s reports).</summary>
    Gnp,
    /// <summary>国民生产总值增速.</summary>
    GnpGrowth,
    /// <summary>工业总产值 (older reports).</summary>
    GrossIndustrialOutput,
    /// <summary>工业总产值增速.</summary>
    GrossIndustrialOutputGrowth,
    /// <summary>农业总产值 (older reports).</summary>
    GrossAgriculturalOutput,
    /// <summary>农业总产值增速.</summary>
    GrossAgriculturalOutputGrowth,
    /// <summary>规模以上工业增加值.</summary>
    IndustrialValueAdded,
    /// <summary>规模以上工业增加值增速.</summary>
    IndustrialValueAddedGrowth,
    /// <summary>零售物价总指数, 商品零售价格 rise.</summary>
    RetailPriceIncrease,
    /// <summary>财政收入.</summary>
    FiscalRevenue,
    /// <summary>财政收入增速.</summary>
    FiscalRevenueGrowth,
    /// <summary>农村贫困人口减少 (people lifted out of poverty).</summary>
    RuralPovertyReduction,
}

/// <summary>The alias table of <see cref="StandardIndicator"/>: Chinese names as written in reports.</summary>
internal static class StandardIndicatorAliases
{
    /// <summary>
    /// (level key, growth key or null, Chinese aliases). A fact whose name equals an alias (after removing
    /// spaces) maps to the level key for amounts and to the growth key for rates.
    /// Longer aliases are matched before shorter ones.
    /// </summary>
    public static readonly (StandardIndicator Level, StandardIndicator? Growth, string[] Aliases)[] Table =
    {
        (StandardIndicator.Gdp, StandardIndicator.GdpGrowth, new[] { "地区生产总值", "国内生产总值", "全市地区生产总值", "全区地区生产总值", "GDP", "生产总值" }),
        // 经济增长5%左右: the economy's growth is GDP growth.
        (StandardIndicator.Gdp, StandardIndicator.GdpGrowth, new[] { "经济", "经济总量" }),
        (StandardIndicator.GeneralBudgetRevenue, StandardIndicator.GeneralBudgetRevenueGrowth, new[] { "一般公共预算收入", "区级一般公共预算收入", "地方级一般公共预算收入", "全口径一般公共预算收入", "市级一般公共预算收入", "全市一般公共预算收入", "地方一般公共预算收入", "全国一般公共预算收入" }),
        (StandardIndicator.GeneralBudgetExpenditure, StandardIndicator.GeneralBudgetExpenditureGrowth, new[] { "一般公共预算支出", "地方一般公共预算支出", "全国一般公共预算支出", "区级一般公共预算支出", "市级一般公共预算支出" }),
        (StandardIndicator.FixedAssetInvestment, StandardIndicator.FixedAssetInvestmentGrowth, new[] { "固定资产投资", "全社会固定资产投资" }),
        (StandardIndicator.RetailSales, StandardIndicator.RetailSalesGrowth, new[] { "社会消费品零售总额", "社会消费品零售额", "社零额" }),
        (StandardIndicator.TotalConsumption, StandardIndicator.TotalConsumptionGrowth, new[] { "市场总消费", "市场总消费额" }),
        (StandardIndicator.DisposableIncomePerCapita, StandardIndicator.DisposableIncomePerCapitaGrowth, new[] { "居民人均可支配收入", "全体居民人均可支配收入", "全体常住居民人均可支配收入", "常住居民人均可支配收入" }),
        (StandardIndicator.UrbanDisposableIncomePerCapita, StandardIndicator.UrbanDisposableIncomePerCapitaGrowth, new[] { "城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城市居民人均可支配收入" }),
        (StandardIndicator.RuralDisposableIncomePerCapita, StandardIndicator.RuralDisposableIncomePerCapitaGrowth, new[] { "农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入", "农村居民人均纯收入", "农民人均纯收入" }),
        (StandardIndicator.UrbanNewJobs, null, new[] { "城镇新增就业", "新增城镇就业", "城镇新增就业人数", "城镇新增就业人员" }),
        (StandardIndicator.RegisteredUnemploymentRate, null, new[] { "登记失业率", "城镇登记失业率" }),
        (StandardIndicator.SurveyedUnemploymentRate, null, new[] { "城镇调查失业率", "调查失业率", "城镇调查失业率平均值", "城镇调查失业率平均" }),
        // Energy intensity and consumer prices are stated as rates: the rate itself carries the key.
        (StandardIndicator.EnergyIntensityReduction, StandardIndicator.EnergyIntensityReduction, new[] { "万元地区生产总值能耗", "单位地区生产总值能耗", "万元GDP综合能耗", "万元GDP能耗", "单位GDP能耗",
            "单位国内生产总值能耗", "万元国内生产总值能耗", "单位国内生产总值能源消耗", "单位GDP能源消耗", "单位地区生产总值能源消耗" }),
        (StandardIndicator.Pm25, null, new[] { "PM2.5年均浓度", "细颗粒物年均浓度", "PM2.5累计浓度", "细颗粒物（PM2.5）年均浓度", "细颗粒物(PM2.5)年均浓度",
            "PM2.5平均浓度", "细颗粒物平均浓度", "细颗粒物（PM2.5）平均浓度", "细颗粒物(PM2.5)平均浓度" }),
        (StandardIndicator.GoodAirDays, null, new[] { "空气质量优良天数", "优良天数" }),
        (StandardIndicator.ConsumerPriceIncrease, StandardIndicator.ConsumerPriceIncrease, new[] { "居民消费价格涨幅", "居民消费价格指数涨幅", "CPI涨幅", "居民消费价格", "居民消费价格指数", "居民消费价格总水平", "CPI" }),
        (StandardIndicator.ForeignInvestmentUsed, StandardIndicator.ForeignInvestmentUsedGrowth, new[] { "实际利用外资", "实际使用外资", "实际利用外资金额", "实际使用外资金额" }),
        (StandardIndicator.DeficitRatio, null, new[] { "赤字率", "财政赤字率" }),
        (StandardIndicator.Deficit, null, new[] { "赤字规模", "财政赤字", "赤字", "全国财政赤字" }),
        (StandardIndicator.LocalGovernmentSpecialBonds, null, new[] { "地方政府专项债券", "新增地方政府专项债券", "地方政府专项债", "地方专项债券", "专项债券" }),
        (StandardIndicator.GrainOutput, StandardIndicator.GrainOutputGrowth, new[] { "粮食产量", "粮食总产量", "粮食总产", "粮食" }),
        (StandardIndicator.GdpPerCapita, null, new[] { "人均地区生产总值", "人均国内生产总值", "人均GDP", "人均生产总值" }),
        (StandardIndicator.Gnp, StandardIndicator.GnpGrowth, new[] { "国民生产总值" }),
        (StandardIndicator.GrossIndustrialOutput, StandardIndicator.GrossIndustrialOutputGrowth, new[] { "工业总产值" }),
        (StandardIndicator.GrossAgriculturalOutput, StandardIndicator.GrossAgriculturalOutputGrowth, new[] { "农业总产值" }),
        (StandardIndicator.IndustrialValueAdded, StandardIndicator.IndustrialValueAddedGrowth, new[] { "规模以上工业增加值", "规上工业增加值", "全部工业增加值" }),
        (StandardIndicator.RetailPriceIncrease, StandardIndicator.RetailPriceIncrease, new[] { "零售物价总指数", "零售物价总水平", "商品零售价格", "商品零售价格总水平", "零售物价" }),
        (StandardIndicator.FiscalRevenue, StandardIndicator.FiscalRevenueGrowth, new[] { "财政收入", "国家财政收入" }),
        // The reduction is the figure: 农村贫困人口减少1386万.
        (StandardIndicator.RuralPovertyReduction, StandardIndicator.RuralPovertyReduction, new[] { "农村贫困人口", "贫困人口" }),
        (StandardIndicator.ImportsExports, StandardIndicator.ImportsExportsGrowth, new[] { "进出口总额", "货物进出口总额", "外贸进出口总额", "货物贸易进出口总额", "对外贸易进出口总额",
            "进出口总值", "进出口", "外贸进出口", "货物贸易进出口", "货物进出口" }),
        (StandardIndicator.TechContractTurnover, null, new[] { "技术合同成交额" }),
        (StandardIndicator.DigitalEconomyShare, null, new[] { "数字经济增加值占地区生产总值比重" }),
        (StandardIndicator.TertiaryIndustryShare, null, new[] { "第三产业增加值占地区生产总值比重" }),
    };
}
