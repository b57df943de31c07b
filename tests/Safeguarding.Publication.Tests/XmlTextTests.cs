using Safeguarding.Publication.Api.Apis;

namespace Safeguarding.Publication.Tests;

/// <summary>The register's Atom feed carries any text the JSON API accepted.</summary>
public sealed class XmlTextTests
{
    [Fact]
    public void Characters_xml_cannot_carry_are_left_out_and_everything_else_kept()
    {
        Assert.Equal("Child A – 2026 🙂\ttab\nline", XmlText.Of("Child A\u0001 – 2026\u001F 🙂\ttab\nline\uFFFF"));
        Assert.Equal("", XmlText.Of(null));
        _ = System.Xml.Linq.XElement.Parse($"<t>{System.Security.SecurityElement.Escape(XmlText.Of("a\u0000b\u000Bc"))}</t>");
    }
}
