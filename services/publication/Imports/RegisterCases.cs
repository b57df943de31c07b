using System.Text.Json;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>A register's case as the publication service keeps it and as the other services take their part of it.</summary>
public static class RegisterCases
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The case under <paramref name="reference"/>: its own, or the spelling a case brought in before was kept under.</summary>
    public static (RegisterCase Case, ImportedCase Details) Of(string partnership, string reference, HistoryCase c)
    {
        var details = new ImportedCase(reference, Day(c.ReferredOn), c.ReferringAgency, c.Decision, Day(c.DecidedOn), Day(c.NotifiedOn), c.Nature,
            c.AbuseOrNeglectSuspected, c.LookedAfter, Day(c.RapidReviewOn), c.Outcome, Day(c.ReviewDecidedOn), Day(c.AuthorAppointed),
            Day(c.ReportToPartnership), Day(c.ReportToPanel), Day(c.Published), c.PublicationDelayReason, c.LearningThemes);
        var registerCase = new RegisterCase
        {
            Partnership = partnership, Reference = reference, Summary = c.Summary, Location = c.Location, Gender = c.Gender, Age = c.Age,
            Status = c.Status, Details = JsonSerializer.Serialize(details, Json),
        };
        return (registerCase, details);
    }

    public static ImportedCase DetailsOf(string details) => JsonSerializer.Deserialize<ImportedCase>(details, Json)!;

    private static string? Day(HistoryDate? date) => date?.ToString();
}
