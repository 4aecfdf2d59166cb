using System.Globalization;
using System.Linq;
using System.Security;
using System.Text;

namespace ReportSdk.Sample;

/// <summary>A horizontal bar chart of a comparison as plain SVG text (no graphics library).</summary>
internal static class SvgBarChart
{
    public static string Render(IndicatorComparison rows, string title)
    {
        // Bars share one unit: every row is converted to the first row's unit (4.4 万亿元 → 44000 亿元).
        var unit = rows[0].Unit;
        var bars = rows
            .Select(r => (r.Region, Value: r.Quantity.TryConvertTo(unit, out var q) ? q.Value : r.Value))
            .OrderByDescending(b => b.Value)
            .ToArray();
        var max = bars.Max(b => b.Value);
        const int left = 110, barHeight = 28, gap = 10, top = 40, width = 360;
        var height = top + bars.Length * (barHeight + gap) + 10;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + width + 90}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"14\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{SecurityElement.Escape(title)}</text>\n");
        for (var i = 0; i < bars.Length; i++)
        {
            var y = top + i * (barHeight + gap);
            var length = max > 0 ? (int)(bars[i].Value / max * width) : 0;
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{left - 8}\" y=\"{y + 19}\" text-anchor=\"end\">{SecurityElement.Escape(bars[i].Region)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{left}\" y=\"{y}\" width=\"{length}\" height=\"{barHeight}\" fill=\"#c0392b\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{left + length + 6}\" y=\"{y + 19}\">{bars[i].Value.ToString(CultureInfo.InvariantCulture)} {SecurityElement.Escape(unit)}</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
