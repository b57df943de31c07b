namespace Safeguarding.RapidReview.Api.Model;

public sealed partial class RapidReview
{
    /// <summary>
    /// What a read of the whole rapid review discloses about the child's life (agencies' accounts,
    /// the business manager's facts, the chair's reasoning): each read of it goes on the audit trail.
    /// </summary>
    public string[] RecordedCaseDetail() =>
    [
        .. Contributions.Count > 0 ? ["contributions"] : Array.Empty<string>(),
        .. Recommendation is not null ? ["recommendation"] : Array.Empty<string>(),
        .. Decision is not null ? ["decision"] : Array.Empty<string>(),
    ];
}
