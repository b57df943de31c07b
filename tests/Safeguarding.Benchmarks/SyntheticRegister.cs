using System.Globalization;
using System.Text;

/// <summary>
/// A partnership's register of synthetic cases, <c>perYear</c> a financial year for <c>years</c>
/// years from April 2016, in the documented columns: referrals decided every way, notifications of
/// every nature, rapid reviews and the reviews that followed, some published, some dates months only.
/// </summary>
internal static class SyntheticRegister
{
    public const string Header = "Reference,Summary,Location,Gender,Age,Referred on,Referring agency,Decision,Decided on,Notified on,Nature,"
        + "Abuse or neglect suspected,Looked after,Rapid review on,Outcome,Review decided on,Author appointed,Report to partnership,Report to panel,"
        + "Published,Publication delay reason,Learning themes,Status";

    private static readonly string[] Outcomes = ["no further action", "single agency review", "local child safeguarding practice review", "thematic learning review"];

    public static string Csv(int seed, int years, int perYear)
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var year = 0; year < years; year++)
        {
            for (var i = 0; i < perYear; i++)
                csv.Append(Row(seed, 2016 + year, i)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Row(int seed, int year, int i)
    {
        var referred = new DateOnly(year, 4, 1).AddDays((i * 7 + seed) % 300);
        var decided = referred.AddDays(2);
        var decision = (i % 4) switch { 0 or 1 => "Notified", 2 => "Not notified", _ => "Kept for learning" };
        var notified = decision == "Notified";
        var outcome = notified ? Outcomes[i % Outcomes.Length] : decision == "Kept for learning" ? "Case mapping exercise" : "";
        var review = notified && outcome != "no further action";
        var rapidReview = decided.AddDays(14);
        var reviewStart = rapidReview.AddDays(10);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Month(DateOnly d) => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        string[] cells =
        [
            $"R{year}-{i:000}", "Synthetic case", "Synthetic town", i % 2 == 0 ? "female" : "male", (i % 18).ToString(CultureInfo.InvariantCulture),
            i % 5 == 0 ? Month(referred) : Day(referred), "Police", decision, Day(decided), notified ? Day(decided) : "",
            notified ? (i % 3 == 0 ? "Child death" : "Serious harm") : "", notified ? (i % 2 == 0 ? "yes" : "no") : "", notified ? (i % 7 == 0 ? "yes" : "no") : "",
            notified ? Day(rapidReview) : "", outcome, review ? Day(reviewStart) : "", review ? Month(reviewStart.AddMonths(1)) : "",
            review ? Day(reviewStart.AddMonths(5)) : "", review ? Day(reviewStart.AddMonths(6)) : "", review && year < 2025 ? Day(reviewStart.AddMonths(7)) : "",
            review && i % 8 == 0 ? "Criminal proceedings" : "", review ? "Neglect; Information sharing" : "", review ? "Published" : "Closed",
        ];
        return string.Join(',', cells);
    }
}
