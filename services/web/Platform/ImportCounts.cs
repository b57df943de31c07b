namespace Safeguarding.Web.Platform;

/// <summary>What a register's cases hold, step by step.</summary>
public sealed record ImportCounts(int Cases, int Referrals, int Notified, int NotNotified, int KeptForLearning, int RapidReviews, int Reviews, int Published);
