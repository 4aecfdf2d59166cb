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
    private static readonly string[] StopAnywhere = { "本站立场", "本站原创", "本文地址", "未经许可,不得转载", "未经许可，不得转载", "请联系本站" };

    // Markers of short furniture lines that end the page's report text.
    private static readonly string[] StopShort =
    {
        "阅读全文", "验证码", "留言与评论", "发表评论", "条评论", "您需要先登", "请先登录", "赞赏", "赏赞", "打赏",
        "本文标题", "链接地址", "关于本文", "相关内容", "相关阅读", "上一篇", "下一篇",
    };

    // Markers of short furniture lines that can stand anywhere.
    private static readonly string[] DropShort =
    {
        "导航菜单", "联系客服", "联系我们", "二维码", "扫一扫", "微信订阅", "订阅号", "分享:", "分享：", "热门推荐", "本周热门",
        "本月热门", "查看更多", "返回顶部", "当前位置", "首页 >", "首页>", "打印本页", "关闭窗口", "字号", "浏览次数", "来源:", "来源：",
        "发布时间", "责任编辑",
    };

    private const int ShortLine = 40;

    /// <summary>Classifies one line (raw text).</summary>
    public static Furniture Classify(string line)
    {
        string text = Normalizer.CleanLine(line);
        if (text.Length == 0) return Furniture.None;
        foreach (string marker in StopAnywhere)
        {
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0) return Furniture.Stop;
        }
        if (IsPageNumber(text) || IsTocEntry(text) || IsTimestamp(text) || IsLink(text) || IsPrice(text)) return Furniture.Drop;
        if (text.Length > ShortLine) return Furniture.None;
        foreach (string marker in StopShort)
        {
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0) return Furniture.Stop;
        }
        foreach (string marker in DropShort)
        {
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0) return Furniture.Drop;
        }
        return Furniture.None;
    }

    /// <summary>A printed page number: 17, - 17 -, 第 17 页, 17/54 (only digits and those decorations).</summary>
    public static bool IsPageNumber(string text)
    {
        string t = Normalizer.RemoveSpaces(text);
        if (t.Length == 0 || t.Length > 12) return false;
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
    public static bool IsTocEntry(string text)
    {
        int run = 0, best = 0;
        foreach (char c in text)
        {
            if (c == '.' || c == '…' || c == '·' || c == '．' || c == '⋯') { run++; if (run > best) best = run; }
            else if (!Normalizer.IsSpace(c)) run = 0;
        }
        if (best < 4) return false;
        int end = text.Length - 1;
        while (end >= 0 && Normalizer.IsSpace(text[end])) end--;
        return end >= 0 && char.IsDigit(text[end]) || best >= 8;
    }

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
        text.IndexOf("http://", StringComparison.OrdinalIgnoreCase) >= 0 ||
        text.IndexOf("https://", StringComparison.OrdinalIgnoreCase) >= 0 ||
        text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

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
