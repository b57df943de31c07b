using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// An action in the composite action plan, owned by its lead agency: raised by the business
/// manager (from a review's recommendation, a rapid review's decision, an audit or an inspection),
/// worked on with progress notes and evidence, completed by the lead agency, and signed off or sent
/// back by the business manager. Reminded before it falls due and escalated up its partnership's
/// ladder once overdue.
/// </summary>
public sealed partial class PlanAction : Aggregate
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    /// <summary>The plan entry (a review's recommendation) the action answers, if any.</summary>
    public Guid? RecommendationId { get; init; }

    /// <summary>The review the recommendation came from, if any.</summary>
    public Guid? ReviewId { get; init; }

    public required string Source { get; init; }

    /// <summary>What the action came from outside a review: the audit, the inspection, the rapid review.</summary>
    public string? SourceReference { get; init; }

    public required string LeadAgency { get; init; }

    public List<string> ContributingAgencies { get; init; } = [];

    /// <summary>What will be done.</summary>
    public required string Description { get; init; }

    /// <summary>How success will be measured.</summary>
    public required string SuccessMeasure { get; init; }

    public DateOnly DueOn { get; init; }

    public List<string> Themes { get; init; } = [];

    public ActionStatus Status { get; private set; }

    public string? ClosedReason { get; private set; }

    public DateTimeOffset RaisedAt { get; init; }

    public required string RaisedBy { get; init; }

    /// <summary>When anything was last recorded on the action (the monitoring report lists what changed).</summary>
    public DateTimeOffset LastChangedAt { get; private set; }

    public List<ProgressNote> Notes { get; private set; } = [];

    public List<Evidence> Evidence { get; private set; } = [];

    public List<SignOffDecision> SignOffDecisions { get; private set; } = [];

    public uint Version { get; set; }

    public bool IsOpen => Status is ActionStatus.NotStarted or ActionStatus.InProgress;

    public bool IsOverdueOn(DateOnly today) => IsOpen && today > DueOn;

    public static PlanAction Raise(ActionPlanEntry entry, string leadAgency, IReadOnlyList<string> contributing, string description,
        string successMeasure, DateOnly dueOn, IReadOnlyList<string> themes, string raisedBy, WorkingDayCalendar calendar, TimeProvider clock)
    {
        Valid(dueOn >= clock.Today(), "dueOn", "dueOn cannot be in the past.");
        Valid(calendar.Covers(dueOn), "dueOn", $"dueOn must fall within the working-day calendar ({calendar.CoveredFrom:yyyy-MM-dd} to {calendar.CoveredTo:yyyy-MM-dd}).");
        var now = clock.GetUtcNow();
        return new PlanAction
        {
            Id = Guid.CreateVersion7(),
            Partnership = entry.Partnership,
            RecommendationId = entry.Recommendation?.Id,
            ReviewId = entry.Recommendation?.ReviewId,
            Source = entry.Source,
            SourceReference = entry.SourceReference,
            LeadAgency = leadAgency,
            ContributingAgencies = [.. contributing.Where(a => !string.Equals(a, leadAgency, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)],
            Description = description,
            SuccessMeasure = successMeasure,
            DueOn = dueOn,
            Themes = [.. themes.Concat(entry.Recommendation?.Themes ?? []).Distinct(StringComparer.OrdinalIgnoreCase)],
            Status = ActionStatus.NotStarted,
            RaisedAt = now,
            RaisedBy = raisedBy,
            LastChangedAt = now,
        };
    }

    /// <summary>A progress note; the first one starts the action.</summary>
    public ProgressNote RecordProgress(string text, string by, string? agency, TimeProvider clock)
    {
        Allowed(IsOpen, $"The action is {ActionStatusNames.Of(Status)}: progress is recorded while it is not started or in progress.");
        var note = new ProgressNote { At = clock.GetUtcNow(), By = by, Agency = agency, Text = text };
        Notes.Add(note);
        Status = ActionStatus.InProgress;
        LastChangedAt = note.At;
        return note;
    }

    public Evidence AddEvidence(Evidence evidence)
    {
        Allowed(IsOpen || Status == ActionStatus.AwaitingSignOff,
            $"The action is {ActionStatusNames.Of(Status)}: evidence is added until it is signed off or closed.");
        Evidence.Add(evidence);
        LastChangedAt = evidence.AddedAt;
        return evidence;
    }

    /// <summary>The lead agency says the action is done; it goes to the business manager for sign-off.</summary>
    public void Complete(string by, TimeProvider clock)
    {
        Allowed(IsOpen, $"The action is {ActionStatusNames.Of(Status)}: only an action not started or in progress can be completed.");
        Allowed(Evidence.Count > 0, "Evidence shows that an action was done: add evidence before completing it.");
        Notes.Add(new ProgressNote { At = clock.GetUtcNow(), By = by, Text = "Completed; awaiting sign-off." });
        Status = ActionStatus.AwaitingSignOff;
        LastChangedAt = clock.GetUtcNow();
    }

    /// <summary>
    /// The business manager signs off a completed action. Where the partnership signs actions off at
    /// its sub-group (<paramref name="atSubGroup"/>), the sign-off names the meeting that agreed it.
    /// </summary>
    public void SignOff(string by, TimeProvider clock, bool atSubGroup = false, DateOnly? subGroupMeetingOn = null)
    {
        Allowed(Status == ActionStatus.AwaitingSignOff, $"The action is {ActionStatusNames.Of(Status)}: only a completed action awaiting sign-off can be signed off.");
        Valid(!atSubGroup || subGroupMeetingOn is not null, "subGroupMeetingOn",
            "The partnership signs actions off at its sub-group: subGroupMeetingOn must give the date of the meeting that agreed it.");
        Valid(subGroupMeetingOn is null || subGroupMeetingOn <= clock.Today(), "subGroupMeetingOn", "subGroupMeetingOn cannot be in the future.");
        var now = clock.GetUtcNow();
        SignOffDecisions.Add(new SignOffDecision { Decision = SignOffDecision.SignedOff, By = by, At = now, SubGroupMeetingOn = subGroupMeetingOn });
        Status = ActionStatus.SignedOff;
        LastChangedAt = now;
        Raise(new ActionSignedOffIntegrationEvent(Id, Partnership, LeadAgency, ReviewId, clock.Today()), now);
    }

    /// <summary>Not done yet: back to the lead agency, in progress, with the business manager's reason.</summary>
    public void SendBack(string reason, string by, TimeProvider clock)
    {
        Allowed(Status == ActionStatus.AwaitingSignOff, $"The action is {ActionStatusNames.Of(Status)}: only a completed action awaiting sign-off can be sent back.");
        var now = clock.GetUtcNow();
        SignOffDecisions.Add(new SignOffDecision { Decision = SignOffDecision.SentBack, Reason = reason, By = by, At = now });
        Status = ActionStatus.InProgress;
        LastChangedAt = now;
    }

    /// <summary>Ends an action that will not be completed (superseded, no longer relevant), with the reason.</summary>
    public void Close(string reason, TimeProvider clock)
    {
        Allowed(Status is not (ActionStatus.SignedOff or ActionStatus.Closed), $"The action is already {ActionStatusNames.Of(Status)}.");
        Status = ActionStatus.Closed;
        ClosedReason = reason;
        LastChangedAt = clock.GetUtcNow();
    }
}
