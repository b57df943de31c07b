namespace Safeguarding.Publication.Api.Imports;

/// <summary>What a register's cases hold, step by step: the counts an import would bring into the yearly report.</summary>
public sealed record HistoryCounts(int Cases, int Referrals, int Notified, int NotNotified, int KeptForLearning, int RapidReviews, int Reviews, int Published)
{
    public static HistoryCounts Of(IReadOnlyList<HistoryCase> cases) => new(
        cases.Count,
        cases.Count(c => c.ReferredOn is not null || c.Decision is not null),
        cases.Count(c => c.Decision == "notified"),
        cases.Count(c => c.Decision == "not-notified"),
        cases.Count(c => c.Decision == "kept-for-learning"),
        cases.Count(c => c.RapidReviewOn is not null),
        cases.Count(c => c.Outcome is not null && c.Outcome != Vocabularies.NoFurtherAction),
        cases.Count(c => c.Published is not null));
}
