namespace ReportSdk.Tests.Hardening;

/// <summary>Text that must stay text: it would end a literal, a comment or a line, or change what the code means.</summary>
internal static class HostileStrings
{
    public static readonly string[] All =
    {
        "\"", "\\", "\\\"", "*/", "/*", "// ", "///", "</summary>", "<summary>", "&", "<", ">", "&amp;", "<![CDATA[", "]]>",
        "\u2028", "\u2029", "\u0085", "\u202E", "\u202A", "\u2066", "\u200F", "\u061C", "\0", "\uD800", "\uDC00", "\uDBFF",
        "\uFEFF", "\uFFFE", "\uFFFF", "\t", "\u000B", "\u000C", "\u001B",
        "#line 1 \"evil.cs\"", "#pragma warning disable", "#error boom", "#if false", "{", "}", "“{”", "\"}\"", "{0}",
        "\"\"\"", "@\"", "$\"{x}\"", "class", "Id", "Report", "Impl", "global", "__report", "__f0", "namespace", "System",
        "\"; } class X { static void M() { System.Environment.Exit(1); } } /*",
        "99999999999999999999999999999999亿元", "0.00000000000000000000000000001%", "1/0个",
        "𠀀𠀁", "石景山区政府工作报告", "一、", "（一）", "(一)", "一是", "———", "名词解释",
    };

    /// <summary>Markers nested <paramref name="depth"/> deep: （一）(一) 一、 1. ——— 一是 … repeated.</summary>
    public static string DeepNesting(int depth)
    {
        var sb = new System.Text.StringBuilder();
        string[] markers = { "一、", "（一）", "(一)", "1.", "———", "一是", "**", "“", "（" };
        for (int i = 0; i < depth; i++) sb.Append(markers[i % markers.Length]);
        return sb.ToString();
    }
}
