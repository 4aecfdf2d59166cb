using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>What a line that is not report text is.</summary>
internal enum Furniture
{
    /// <summary>Report text (or a blank line).</summary>
    None = 0,
    /// <summary>Web or print furniture that can stand anywhere (navigation, tip buttons, timestamps, page numbers, TOC entries): drop it.</summary>
    Drop,
    /// <summary>Furniture that closes the page (disclaimer, 本文地址, comment box, paywall): nothing after it belongs to the report.</summary>
    Stop,
}

/// <summary>Recognises lines that are not report text: web furniture, tables of contents, printed page numbers.</summary>
internal static class FurnitureFilter
{
    // Markers strong enough to classify a line of any length.
    private static readonly string[] StopAnywhere = { "本站立场", "本站原创", "本文地址", "未经许可,不得转载", "未经许可，不得转载", "请联系本站", "ICP备", "公网安备", "版权所有" };

    // How short furniture lines begin when they end the page's report text (paywall, comment box, page footer).
    private static readonly string[] StopShort =
    {
        "阅读全文", "想阅读完全部", "您需要先登", "请先登录", "验证码", "留言与评论", "发表评论", "评论(", "评论（", "如果喜欢本篇",
        "尚未有人赏赞", "请选择打赏", "赏赞", "打赏", "本文标题", "链接地址", "关于本文", "相关内容", "相关阅读", "相关链接", "上一篇", "下一篇",
        "主办:", "主办：", "主办单位", "网站标识码", "网站简介", "网站地图", "相关报道", "相关文档", "责任编辑",
        // Wikisource's licence notice after a public-domain text.
        "本作品是", "本作品在", "Public domain",
    };

    // How short furniture lines begin when they can stand anywhere (navigation, share buttons, post data).
    private static readonly string[] DropShort =
    {
        "导航菜单", "联系客服", "联系我们", "二维码", "微信扫一扫", "扫一扫", "微信订阅", "分享:", "分享：", "热门推荐", "本周热门",
        "本月热门", "查看更多", "返回顶部", "当前位置", "首页 >", "首页>", "打印本页", "打印正文", "打印此页", "关闭窗口", "分享到", "字号:", "字号：", "浏览次数",
        "来源:", "来源：", "发布时间", "字体:", "字体：", "发表时间", "阅读量", "您的位置", "E-mail推荐", "时间:", "时间：",
        "<!--", "-->", "》》点击图片", "收藏|", "相关链接",
    };

    // Page buttons that stand alone on a line when a page is scraped (下载 / 打印 / 全屏, font sizes 大 / 中 / 小).
    private static readonly string[] Buttons = { "下载", "打印", "全屏", "收藏", "分享", "加大", "还原", "减小", "大", "中", "小", "】", "【", "[", "]", "false", "|", "×" };

    private const int ShortLine = 40;

    /// <summary>Classifies one line as written.</summary>
    public static Furniture Classify(string line) => ClassifyClean(Normalizer.CleanLine(line));

    /// <summary>Classifies a line already cleaned by <see cref="Normalizer.CleanLine"/> (<see cref="SourceLine.Clean"/>).</summary>
    public static Furniture ClassifyClean(string text)
    {
        if (text.Length == 0) return Furniture.None;
        foreach (string marker in StopAnywhere)
        {
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0) return Furniture.Stop;
        }
        if (IsPageNumber(text) || IsTocEntry(text) || IsTimestamp(text) || IsLink(text) || IsPrice(text) || IsButton(text) ||
            IsEscapesOnly(text) || IsPublicationStamp(text)) return Furniture.Drop;

        // Short lines that begin with a furniture phrase, after bullets and brackets (• 本周热门, (想阅读…)). Report
        // prose never starts a line this way; a hard-wrapped line of report text may contain the words elsewhere
        // (持续实施“老字号”振兴), so only the start counts, and never a line holding a full stop.
        if (text.Length > ShortLine || text.IndexOf('。') >= 0) return Furniture.None;
        int at = 0;
        while (at < text.Length && (Normalizer.IsSpace(text[at]) || text[at] == '•' || text[at] == '·' || text[at] == '(' || text[at] == '（' || text[at] == '【' || text[at] == '['))
        {
            at++;
        }
        if (TextMatch.AtAny(text, at, StopShort)) return Furniture.Stop;
        if (TextMatch.AtAny(text, at, DropShort)) return Furniture.Drop;
        return Furniture.None;
    }

    /// <summary>
    /// A printed page number: 17, - 17 -, 第 17 页, 17/54, 第 17 页 共 54 页, 共 54 页 第 17 页 (only digits and those
    /// decorations).
    /// </summary>
    public static bool IsPageNumber(string text)
    {
        if (text.Length > 20) return false;
        string t = Normalizer.RemoveSpaces(text);
        if (t.Length == 0 || t.Length > 12) return false;
        // 第17页共54页 / 共54页第17页: each half a page number.
        int half = t.IndexOf('页') + 1;
        if (half > 1 && half < t.Length && t[0] is '第' or '共' && t[half] is '第' or '共')
        {
            return IsPageNumber("第" + t.Substring(1, half - 1)) && IsPageNumber("第" + t.Substring(half + 1));
        }
        int start = 0, end = t.Length;
        if (t[0] == '第' && t[end - 1] == '页') { start = 1; end--; }
        else if ((t[0] == '-' || t[0] == '—' || t[0] == '－') && (t[end - 1] == '-' || t[end - 1] == '—' || t[end - 1] == '－')) { start = 1; end--; }
        int digits = 0;
        for (int i = start; i < end; i++)
        {
            char c = Normalizer.ToHalfWidth(t[i]);
            if (c >= '0' && c <= '9') digits++;
            else if (c != '/') return false;
        }
        return digits > 0 && digits <= 8;
    }

    /// <summary>A table-of-contents entry: a title, a dot leader (…… or ......) and a page number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static bool IsTocEntry(string text)
    {
        // A leader of dots is four of them in a row at least: a line without any (nearly every line) is no entry.
        if (text.IndexOfAny(LeaderDots) < 0) return false;
        int run = 0, best = 0;
        foreach (char c in text)
        {
            if (Array.IndexOf(LeaderDots, c) >= 0) { run++; if (run > best) best = run; }
            else if (!Normalizer.IsSpace(c)) run = 0;
        }
        if (best < 4) return false;
        int end = text.Length - 1;
        while (end >= 0 && Normalizer.IsSpace(text[end])) end--;
        return end >= 0 && char.IsDigit(text[end]) || best >= 8;
    }

    private static readonly char[] LeaderDots = { '.', '…', '·', '．', '⋯' };

    /// <summary>A post timestamp such as 2024-12-25 07:03:52 125.</summary>
    public static bool IsTimestamp(string text)
    {
        if (text.Length < 10 || text.Length > 40) return false;
        bool date = text.Length >= 10 && char.IsDigit(text[0]) && char.IsDigit(text[3]) && (text[4] == '-' || text[4] == '/' || text[4] == '.');
        if (!date) return false;
        foreach (char c in text)
        {
            if (!(char.IsDigit(c) || c == '-' || c == '/' || c == ':' || c == '.' || c == ' ')) return false;
        }
        return true;
    }

    private static bool IsLink(string text) =>
        text.IndexOf("http://", StringComparison.Ordinal) >= 0 ||
        text.IndexOf("https://", StringComparison.Ordinal) >= 0 ||
        text.StartsWith("www.", StringComparison.Ordinal) ||
        (text.Length <= 80 && text.IndexOf("www.", StringComparison.Ordinal) >= 0 && text.IndexOf('。') < 0);

    private static bool IsButton(string text)
    {
        if (text.Length > 4) return false;
        foreach (string button in Buttons)
        {
            if (string.Equals(text, button, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // A scraper's literal escapes standing for spaces: <U+00A0><U+00A0>.
    private static bool IsEscapesOnly(string text)
    {
        string rest = text;
        int at;
        while ((at = rest.IndexOf("<U+", StringComparison.Ordinal)) >= 0)
        {
            int close = rest.IndexOf('>', at);
            if (close < 0) break;
            rest = rest.Remove(at, close - at + 1);
        }
        return rest.Length < text.Length && Normalizer.IsBlank(rest);
    }

    /// <summary>A page's publication line: 来源 or 发布 with a date and a clock time (2006年02月16日 10时33分, 2026-02-03 09:02).</summary>
    public static bool IsPublicationStamp(string text)
    {
        if (text.Length > 80 || text.IndexOf('。') >= 0) return false;
        bool source = text.IndexOf("来源", StringComparison.Ordinal) >= 0 || text.IndexOf("发布", StringComparison.Ordinal) >= 0;
        bool clock = text.IndexOf('时') > 0 && text.IndexOf('分') > text.IndexOf('时') || text.IndexOf(':') > 0;
        return source && clock;
    }

    // Tip buttons: ¥0.01, ¥365.
    private static bool IsPrice(string text)
    {
        if (text.Length > 12 || (text[0] != '¥' && text[0] != '￥')) return false;
        for (int i = 1; i < text.Length; i++)
        {
            if (!(char.IsDigit(text[i]) || text[i] == '.')) return false;
        }
        return true;
    }
}
