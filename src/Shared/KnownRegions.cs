// Shared between the runtime library and the generator (see Vocabulary.cs).
// Readable English (pinyin) names for regions. Any region not listed still works: the generator
// makes an identifier from its Chinese name.

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>Regions with known English (pinyin) names, their level and parent region.</summary>
internal static class KnownRegions
{
    /// <summary>(Chinese name, English name, level, Chinese name of the parent or null).</summary>
    public static readonly (string Chinese, string English, RegionLevel Level, string? Parent)[] Table =
    {
        // Municipalities
        ("北京市", "Beijing", RegionLevel.Municipality, null),
        ("上海市", "Shanghai", RegionLevel.Municipality, null),
        ("天津市", "Tianjin", RegionLevel.Municipality, null),
        ("重庆市", "Chongqing", RegionLevel.Municipality, null),
        // Beijing's 16 districts
        ("东城区", "Dongcheng", RegionLevel.District, "北京市"),
        ("西城区", "Xicheng", RegionLevel.District, "北京市"),
        ("朝阳区", "Chaoyang", RegionLevel.District, "北京市"),
        ("海淀区", "Haidian", RegionLevel.District, "北京市"),
        ("丰台区", "Fengtai", RegionLevel.District, "北京市"),
        ("石景山区", "Shijingshan", RegionLevel.District, "北京市"),
        ("门头沟区", "Mentougou", RegionLevel.District, "北京市"),
        ("房山区", "Fangshan", RegionLevel.District, "北京市"),
        ("通州区", "Tongzhou", RegionLevel.District, "北京市"),
        ("顺义区", "Shunyi", RegionLevel.District, "北京市"),
        ("昌平区", "Changping", RegionLevel.District, "北京市"),
        ("大兴区", "Daxing", RegionLevel.District, "北京市"),
        ("怀柔区", "Huairou", RegionLevel.District, "北京市"),
        ("平谷区", "Pinggu", RegionLevel.District, "北京市"),
        ("密云区", "Miyun", RegionLevel.District, "北京市"),
        ("延庆区", "Yanqing", RegionLevel.District, "北京市"),
        // Provinces and autonomous regions
        ("河北省", "Hebei", RegionLevel.Province, null),
        ("山西省", "Shanxi", RegionLevel.Province, null),
        ("辽宁省", "Liaoning", RegionLevel.Province, null),
        ("吉林省", "Jilin", RegionLevel.Province, null),
        ("黑龙江省", "Heilongjiang", RegionLevel.Province, null),
        ("江苏省", "Jiangsu", RegionLevel.Province, null),
        ("浙江省", "Zhejiang", RegionLevel.Province, null),
        ("安徽省", "Anhui", RegionLevel.Province, null),
        ("福建省", "Fujian", RegionLevel.Province, null),
        ("江西省", "Jiangxi", RegionLevel.Province, null),
        ("山东省", "Shandong", RegionLevel.Province, null),
        ("河南省", "Henan", RegionLevel.Province, null),
        ("湖北省", "Hubei", RegionLevel.Province, null),
        ("湖南省", "Hunan", RegionLevel.Province, null),
        ("广东省", "Guangdong", RegionLevel.Province, null),
        ("海南省", "Hainan", RegionLevel.Province, null),
        ("四川省", "Sichuan", RegionLevel.Province, null),
        ("贵州省", "Guizhou", RegionLevel.Province, null),
        ("云南省", "Yunnan", RegionLevel.Province, null),
        ("陕西省", "Shaanxi", RegionLevel.Province, null),
        ("甘肃省", "Gansu", RegionLevel.Province, null),
        ("青海省", "Qinghai", RegionLevel.Province, null),
        ("台湾省", "Taiwan", RegionLevel.Province, null),
        ("内蒙古自治区", "InnerMongolia", RegionLevel.Province, null),
        ("广西壮族自治区", "Guangxi", RegionLevel.Province, null),
        ("西藏自治区", "Tibet", RegionLevel.Province, null),
        ("宁夏回族自治区", "Ningxia", RegionLevel.Province, null),
        ("新疆维吾尔自治区", "Xinjiang", RegionLevel.Province, null),
        // Major cities
        ("广州市", "Guangzhou", RegionLevel.City, "广东省"),
        ("深圳市", "Shenzhen", RegionLevel.City, "广东省"),
        ("杭州市", "Hangzhou", RegionLevel.City, "浙江省"),
        ("南京市", "Nanjing", RegionLevel.City, "江苏省"),
        ("苏州市", "Suzhou", RegionLevel.City, "江苏省"),
        ("成都市", "Chengdu", RegionLevel.City, "四川省"),
        ("武汉市", "Wuhan", RegionLevel.City, "湖北省"),
        ("西安市", "Xian", RegionLevel.City, "陕西省"),
        ("郑州市", "Zhengzhou", RegionLevel.City, "河南省"),
        ("长沙市", "Changsha", RegionLevel.City, "湖南省"),
        ("青岛市", "Qingdao", RegionLevel.City, "山东省"),
        ("济南市", "Jinan", RegionLevel.City, "山东省"),
        ("宁波市", "Ningbo", RegionLevel.City, "浙江省"),
        ("厦门市", "Xiamen", RegionLevel.City, "福建省"),
        ("大连市", "Dalian", RegionLevel.City, "辽宁省"),
        ("沈阳市", "Shenyang", RegionLevel.City, "辽宁省"),
        ("哈尔滨市", "Harbin", RegionLevel.City, "黑龙江省"),
        ("合肥市", "Hefei", RegionLevel.City, "安徽省"),
        ("福州市", "Fuzhou", RegionLevel.City, "福建省"),
        ("昆明市", "Kunming", RegionLevel.City, "云南省"),
    };
}
