namespace Safeguarding.LearningAction.Api.Model;

/// <summary>One expected agency's dissemination of a briefing: whether it has shown any, how many records and practitioners, when it was chased.</summary>
public sealed record AgencyDissemination(string Agency, bool Disseminated, int Records, int Practitioners, IReadOnlyList<string> Teams, DateOnly? ChasedOn);
