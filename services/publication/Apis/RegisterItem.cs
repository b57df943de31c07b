using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>
/// A review on the public register, "Year – Partnership – Name": its anonymous summary, learning
/// themes and recommendations, and a link to the report (or, for a review not published, the
/// improvements to be made). Nothing of a publication that is not yet published.
/// </summary>
public sealed record RegisterItem(Guid Id, string Title, int Year, string Name, string ReviewType, bool Published, DateOnly On, string? Incident,
    string? AgeBand, string? Sex, string? IncidentMonth, string? Improvements, IReadOnlyList<string> LearningThemes, IReadOnlyList<string> Recommendations,
    string? ReportUrl, bool Archived)
{
    public static RegisterItem From(Model.Publication p, DateOnly today)
    {
        var entry = p.Register!;
        var published = p.Status == PublicationStatus.Published;
        var on = p.PublishedOn ?? p.NotPublishing!.DecidedOn;
        return new RegisterItem(p.Id, $"{on.Year} – {p.Partnership} – {entry.Name}", on.Year, entry.Name, p.ReviewType, published, on,
            published ? entry.Incident : null, entry.AgeBand, entry.Sex, entry.IncidentMonth, published ? null : entry.Incident,
            p.LearningThemes, published ? entry.Recommendations ?? [] : [], published ? $"/register/{p.Partnership}/{p.Id}/report" : null, p.Archived(today));
    }
}
