using System.Globalization;
using System.Xml.Linq;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>The public register as an Atom 1.0 feed (RFC 4287), one entry per published review or decision not to publish.</summary>
public static class RegisterFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Links are relative to the feed's own address (/register/{partnership}/feed.atom), as Atom allows.</summary>
    public static XDocument Of(RegisterResponse register, DateTimeOffset now)
    {
        var items = register.Online.Concat(register.Archive).ToList();
        var updated = items.Count == 0 ? now : items.Max(i => new DateTimeOffset(i.On.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return new XDocument(new XElement(Atom + "feed",
            new XElement(Atom + "id", $"tag:safeguarding,2026:register:{register.Partnership}"),
            new XElement(Atom + "title", $"Published safeguarding reviews – {register.Partnership}"),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", $"{register.Partnership} safeguarding children partnership")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", "feed.atom")),
            items.Select(Entry)));
    }

    private static XElement Entry(RegisterItem item) => new(Atom + "entry",
        new XElement(Atom + "id", $"urn:uuid:{item.Id}"),
        new XElement(Atom + "title", XmlText.Of(item.Title)),
        new XElement(Atom + "updated", Stamp(new DateTimeOffset(item.On.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))),
        item.LearningThemes.Select(t => new XElement(Atom + "category", new XAttribute("term", XmlText.Of(t)))),
        new XElement(Atom + "summary", XmlText.Of(item.Published ? item.Incident : $"Not published. Improvements to be made: {item.Improvements}")),
        item.ReportUrl is null ? null : new XElement(Atom + "link", new XAttribute("rel", "enclosure"),
            new XAttribute("href", $"{item.Id}/report")));

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
