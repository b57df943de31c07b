using System.ComponentModel.DataAnnotations;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>
/// The register entry the report is published with: the name it goes under (e.g. "Child A"), a
/// summary of the incident, the age band, the sex and the month of the incident (yyyy-MM); and,
/// optionally, the recommendations worded for the register (otherwise the accepted report's).
/// </summary>
public sealed record PublishRequest(
    [Required, MaxLength(100)] string Name,
    [Required, MaxLength(4_000)] string Incident,
    [OneOf("under-1", "1-4", "5-9", "10-15", "16-17")] string? AgeBand,
    [OneOf("female", "male", "not-stated")] string? Sex,
    [RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$", ErrorMessage = "incidentMonth is a month, yyyy-MM.")] string? IncidentMonth,
    [MaxLength(100), TextItems(5_000)] IReadOnlyList<string>? Recommendations = null)
{
    public RegisterEntry ToEntry() => new()
    {
        Name = Name.Trim(), Incident = Incident.Trim(), AgeBand = AgeBand, Sex = Sex, IncidentMonth = IncidentMonth,
        Recommendations = [.. (Recommendations ?? []).Select(r => r.Trim())],
    };
}
