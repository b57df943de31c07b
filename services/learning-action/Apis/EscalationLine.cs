namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>One step up the ladder: which action, how high, to whom, on which day.</summary>
public sealed record EscalationLine(ActionSummary Action, int Level, string Recipient, DateOnly On);
