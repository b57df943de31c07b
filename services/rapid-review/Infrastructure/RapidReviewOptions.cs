using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Infrastructure;

/// <summary>
/// Partnerships' own rapid review schedules (<c>RapidReview:Schedules:&lt;partnership&gt;:&lt;milestone code&gt;</c>
/// = working day), replacing the default Day 1, 10, 12, 14, 15 for the milestones they name.
/// </summary>
public sealed class RapidReviewOptions
{
    public Dictionary<string, Dictionary<string, int>> Schedules { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int>? ScheduleFor(string partnership) =>
        Schedules.TryGetValue(partnership, out var days) ? days : null;

    /// <summary>Refuses, at start, a schedule naming an unknown milestone or a day outside the 15 working days.</summary>
    public void Validate()
    {
        var codes = StatutoryDeadlines.RapidReviewMilestoneCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var (partnership, days) in Schedules)
        {
            foreach (var (code, day) in days)
            {
                if (!codes.Contains(code) || day is < 1 or > StatutoryDeadlines.RapidReviewWorkingDays)
                {
                    throw new InvalidOperationException(
                        $"RapidReview:Schedules:{partnership}:{code} must name a milestone ({string.Join(", ", codes)}) and a working day from 1 to {StatutoryDeadlines.RapidReviewWorkingDays}.");
                }
            }
        }
    }
}
