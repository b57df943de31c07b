namespace Safeguarding.Web.Platform;

/// <summary>An action on the composite plan as lists show it: no notes or evidence.</summary>
public sealed record ActionRow(Guid Id, Guid? ReviewId, string Source, string? SourceReference, string LeadAgency, IReadOnlyList<string> ContributingAgencies,
    string Description, DateOnly DueOn, string Status, bool Overdue, int EscalationLevel, IReadOnlyList<string> Themes)
{
    public bool IsOpen => Status is "not-started" or "in-progress";
}
