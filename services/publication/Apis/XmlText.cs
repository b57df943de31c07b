using System.Text.RegularExpressions;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>
/// Text for an XML document. JSON carries characters XML 1.0 cannot (most control characters):
/// they are left out rather than break the document. Lone surrogates never get past input validation.
/// </summary>
public static partial class XmlText
{
    public static string Of(string? value) => NotXml().Replace(value ?? "", "");

    [GeneratedRegex(@"[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]")]
    private static partial Regex NotXml();
}
