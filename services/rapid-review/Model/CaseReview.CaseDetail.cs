namespace Safeguarding.RapidReview.Api.Model;

public sealed partial class CaseReview
{
    /// <summary>
    /// What a read of the whole review discloses beyond its dates: the family's involvement and the
    /// child's voice, the reasons for delay, the costs and the report's findings. Each read of it
    /// goes on the audit trail.
    /// </summary>
    public string[] RecordedCaseDetail() =>
    [
        .. FamilyInvolvement is not null ? ["familyInvolvement"] : Array.Empty<string>(),
        .. ParallelProceedings.Count > 0 ? ["parallelProceedings"] : Array.Empty<string>(),
        .. Slippages.Count > 0 ? ["slippages"] : Array.Empty<string>(),
        .. Costs is not null ? ["costs"] : Array.Empty<string>(),
        .. Report is not null ? ["report"] : Array.Empty<string>(),
    ];
}
