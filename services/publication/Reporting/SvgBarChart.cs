using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A horizontal bar chart drawn as SVG from the figures themselves: no script, no image service, prints as drawn.</summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 300;
    private const int BarHeight = 22;
    private const int Gap = 8;

    public static string Draw(string title, IReadOnlyList<(string Label, decimal Value, string Shown)> bars)
    {
        var height = Math.Max(1, bars.Count) * (BarHeight + Gap) + Gap;
        var largest = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{HtmlEncode(title)}" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(title)}</title>");
        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="{BarHeight - 6}" class="none">None in the period</text>""");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, shown) = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var length = largest <= 0 ? 0 : (int)Math.Round((Width - LabelWidth - 60) * value / largest);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth - 8}" y="{y + BarHeight - 6}" text-anchor="end">{HtmlEncode(label)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth}" y="{y}" width="{length}" height="{BarHeight}" class="bar"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + length + 6}" y="{y + BarHeight - 6}">{HtmlEncode(shown)}</text>""");
        }

        return svg.Append("</svg>").ToString();
    }
}
