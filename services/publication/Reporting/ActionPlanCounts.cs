namespace Safeguarding.Publication.Api.Reporting;

/// <summary>The action plan in the period: actions raised, completed (signed off), overdue at its end, escalated.</summary>
public sealed record ActionPlanCounts(int Raised, int Completed, int Overdue, int Escalated);
