namespace Safeguarding.LearningAction.Api.Model;

/// <summary>One agency's reach: the occasions its practitioners attended, and how many of them, by role.</summary>
public sealed record AgencyReach(string Agency, int Sessions, int Practitioners, IReadOnlyDictionary<string, int> ByRole);
