using Safeguarding.Publication.Api.Imports;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The register of reviews scrutiny committees receive: every review the partnership brought in
/// with its history, and every review of its own that reached publication, oldest decision first.
/// </summary>
public static class RegisterOfReviews
{
    public static readonly string[] Columns = ["Reference", "Summary", "Location", "Gender", "Age", "Status", "Type", "Decided on", "Published"];

    public static List<RegisterOfReviewsLine> Of(IEnumerable<RegisterCase> imported, IEnumerable<Model.Publication> publications)
    {
        var history = imported.Select(c => (Case: c, Details: RegisterCases.DetailsOf(c.Details)))
            .Where(c => c.Details.Outcome is { } outcome && outcome != Vocabularies.NoFurtherAction)
            .Select(c => new RegisterOfReviewsLine(c.Case.Reference, c.Case.Summary, c.Case.Location, c.Case.Gender, c.Case.Age, c.Case.Status,
                c.Details.Outcome!, c.Details.ReviewDecidedOn, c.Details.Published, true));
        var live = publications.Select(p => new RegisterOfReviewsLine(p.ReviewId.ToString(), p.Register?.Incident, null, null, null, p.Status, p.ReviewType,
            Day(p.DecidedOn), Day(p.PublishedOn), false));
        return [.. history.Concat(live).OrderBy(l => l.DecidedOn ?? "", StringComparer.Ordinal).ThenBy(l => l.Reference, StringComparer.Ordinal)];
    }

    public static ReportTable Table(IReadOnlyList<RegisterOfReviewsLine> lines) => new("register-of-reviews", "Register of reviews", Columns,
        [.. lines.Select(l => (IReadOnlyList<string>)[l.Reference, l.Summary ?? "", l.Location ?? "", l.Gender ?? "",
            l.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", l.Status ?? "", l.Type, l.DecidedOn ?? "", l.PublishedOn ?? ""])]);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
