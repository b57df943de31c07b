using System.Globalization;
using Safeguarding.Publication.Api.Reporting;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>The benchmarks as a table of the printable yearly report: each financial year's counts and rates beside England's.</summary>
public static class BenchmarkTable
{
    public static ReportTable Of(PartnershipBenchmarks benchmarks) => new("benchmarks",
        $"Per {benchmarks.Per.ToString("N0", CultureInfo.InvariantCulture)} children, against England",
        ["Year", "Children", "Notifications", "Rate", "England's rate", "Rapid reviews", "Rate", "Local reviews", "Rate"],
        [.. benchmarks.Years.Select(y => (IReadOnlyList<string>)[y.Label, Number(y.Partnership.ChildPopulation), Number(y.Partnership.Notifications),
            Rate(y.Partnership.NotificationRate), Rate(y.England.NotificationRate), Number(y.Partnership.RapidReviews), Rate(y.Partnership.RapidReviewRate),
            Number(y.Partnership.LocalReviews), Rate(y.Partnership.LocalReviewRate)])]);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "not known";

    private static string Rate(decimal? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "not known";
}
