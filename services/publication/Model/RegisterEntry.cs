namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// A review as the public register shows it, "Year – Partnership – Name": the name it is published
/// under (e.g. "Child A"), a summary of the incident, the age band, the sex and the month. For a
/// review not published, <see cref="Incident"/> carries the information about the improvements to be
/// made, published in its place. Checked against the publication's identifiers before it is shown.
/// </summary>
public sealed class RegisterEntry
{
    public required string Name { get; init; }

    public required string Incident { get; init; }

    public string? AgeBand { get; init; }

    public string? Sex { get; init; }

    /// <summary>The month of the incident (yyyy-MM): no day, which would say more than the register needs.</summary>
    public string? IncidentMonth { get; init; }

    /// <summary>The recommendations as the register shows them: the accepted report's, unless the business manager words them for it.</summary>
    public List<string> Recommendations { get; init; } = [];
}
