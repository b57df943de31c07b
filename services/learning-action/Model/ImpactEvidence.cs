using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Compliance;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// Evidence that learning made a difference, recorded by an agency for itself or by the
/// quality-assurance sub-group (the business manager or the chair): what kind, what it found, when,
/// which agency, against an action of the plan and/or learning themes. It feeds the yearly report.
/// </summary>
public sealed class ImpactEvidence : Aggregate
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public required string Agency { get; init; }

    public required string Kind { get; init; }

    /// <summary>What the audit found, what changed, what children and families said: it may speak of a case.</summary>
    [ChildIdentifying]
    public required string Summary { get; init; }

    /// <summary>When the evidence was gathered: the audit's date, the change's, the feedback's.</summary>
    public DateOnly On { get; init; }

    public Guid? ActionId { get; init; }

    public Guid? ReviewId { get; init; }

    /// <summary>The themes it shows impact on, with the action's own.</summary>
    public List<string> Themes { get; init; } = [];

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Evidence gathered by today, against an action of the same partnership or at least one theme.</summary>
    public static ImpactEvidence Record(string partnership, string agency, string kind, string summary, DateOnly on, PlanAction? action,
        IReadOnlyList<string> themes, string by, TimeProvider clock)
    {
        Valid(ImpactKinds.All.Contains(kind), "kind", $"kind is one of {string.Join(", ", ImpactKinds.All)}.");
        Valid(summary.Trim().Length > 0, "summary", "Say what the evidence shows (summary).");
        Valid(on <= clock.Today(), "on", "Evidence is recorded once it exists: on cannot be in the future.");
        Valid(action is not null || themes.Any(t => ThemeSet.Code(t).Length > 0), "themes",
            "Evidence of impact is against an action (actionId) or learning themes (themes), or both.");
        Allowed(action is null || action.Partnership == partnership, "The action belongs to another partnership.");
        var now = clock.GetUtcNow();
        var evidence = new ImpactEvidence
        {
            Id = Guid.CreateVersion7(), Partnership = partnership, Agency = agency.Trim(), Kind = kind, Summary = summary.Trim(), On = on,
            ActionId = action?.Id, ReviewId = action?.ReviewId,
            Themes = [.. themes.Concat(action?.Themes ?? []).Select(ThemeSet.Code).Where(t => t.Length > 0).Distinct()],
            RecordedBy = by, RecordedAt = now,
        };
        evidence.Raise(new ImpactEvidenceRecordedIntegrationEvent(evidence.Id, partnership, evidence.Agency, kind, evidence.ActionId, evidence.ReviewId,
            [.. evidence.Themes], on), now);
        return evidence;
    }
}
