using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>
/// A briefing's dissemination: each expected agency's records and practitioners reached, the totals,
/// the agencies that have shown none (the gaps), and the day after which they are chased.
/// </summary>
public sealed record DisseminationResponse(
    Guid BriefingId, string Status, DateOnly? PublishedOn, DateOnly? DueOn, int TotalPractitioners, int AgenciesDisseminated,
    IReadOnlyList<AgencyDissemination> Agencies, IReadOnlyList<string> Gaps, IReadOnlyList<Dissemination> Records)
{
    public static DisseminationResponse From(Briefing b, DateOnly? dueOn)
    {
        var agencies = b.DisseminationByAgency();
        return new(b.Id, b.Status, b.PublishedOn, dueOn, agencies.Sum(a => a.Practitioners), agencies.Count(a => a.Disseminated), agencies, b.Gaps,
            [.. b.Disseminations.OrderBy(d => d.On).ThenBy(d => d.RecordedAt)]);
    }
}
