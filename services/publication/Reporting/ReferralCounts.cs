namespace Safeguarding.Publication.Api.Reporting;

/// <summary>Cases the partnership considered in the period (by the day each was decided), by what it decided.</summary>
public sealed record ReferralCounts(int Considered, int Notified, int NotNotified, int KeptForLearning, int KeptForLearningWithOutcome, int Escalations);
