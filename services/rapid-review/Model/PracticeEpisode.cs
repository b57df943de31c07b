using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>A dated key practice episode in an agency's contribution: one line of the multi-agency chronology.</summary>
public sealed class PracticeEpisode
{
    /// <summary>Every episode recorded since the chronology began has a date; one recorded earlier as text alone has none.</summary>
    public DateOnly? On { get; set; }

    [ChildIdentifying]
    public required string Episode { get; set; }
}
