using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>Evidence of impact as recorded: its summary may speak of a case, so every answer carrying it is audited.</summary>
public sealed record ImpactEvidenceResponse(
    Guid Id, string Agency, string Kind, string Summary, DateOnly On, Guid? ActionId, Guid? ReviewId, IReadOnlyList<string> Themes, DateTimeOffset RecordedAt)
{
    public static ImpactEvidenceResponse From(ImpactEvidence e) => new(e.Id, e.Agency, e.Kind, e.Summary, e.On, e.ActionId, e.ReviewId, e.Themes, e.RecordedAt);
}
