using System.Globalization;
using System.Net;
using System.Text;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>The briefing paper as a document to print for the sub-group meeting.</summary>
internal static class BriefingPaperDocument
{
    public static string Render(BriefingPaperResponse paper)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        static string D(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";
        var rows = new StringBuilder();
        foreach (var item in paper.Items)
        {
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{item.Rating}">
                  <td><strong>{E(item.Rating.ToUpperInvariant())}</strong></td>
                  <td>{E(item.LocalAuthority)}<br><small>{E(item.Nature)}{(item.Retrospective ? ", retrospective" : "")}</small></td>
                  <td>{D(item.NotifiedOn)}</td>
                  <td>{E(item.Stage)}</td>
                  <td>{(item.NextMilestone is null ? "" : $"{E(item.NextMilestone.Description)}<br><small>due {D(item.NextMilestone.DueOn)}</small>")}</td>
                  <td>{D(item.DueOn)}</td>
                  <td>{E(string.Join(", ", item.OverdueMilestones))}</td>
                  <td>{E(string.Join(", ", item.AwaitedContributions))}{(item.OverdueContributions.Count > 0 ? $"<br><strong>Overdue: {E(string.Join(", ", item.OverdueContributions))}</strong>" : "")}</td>
                </tr>
                """);
        }

        var reviewRows = new StringBuilder();
        foreach (var review in paper.Reviews)
        {
            reviewRows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{review.Rating}">
                  <td><strong>{E(review.Rating.ToUpperInvariant())}</strong></td>
                  <td>{E(review.LocalAuthority)}</td>
                  <td>{E(review.Type)}</td>
                  <td>{D(review.DecidedOn)}</td>
                  <td>{E(review.Stage)}</td>
                  <td>{D(review.TargetCompletionOn)}</td>
                  <td>{D(review.ExpectedCompletionOn)}</td>
                  <td>{E(string.Join("; ", review.Delays))}</td>
                </tr>
                """);
        }

        return $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Rapid reviews briefing paper, {D(paper.PreparedOn)}</title>
              <style>
                body {"{"} font-family: system-ui, sans-serif; margin: 2rem; color: #0b0c0c; {"}"}
                table {"{"} border-collapse: collapse; width: 100%; {"}"}
                th, td {"{"} border: 1px solid #b1b4b6; padding: .4rem .6rem; text-align: left; vertical-align: top; {"}"}
                tr.red td:first-child {"{"} background: #d4351c; color: #fff; {"}"}
                tr.amber td:first-child {"{"} background: #f47738; color: #0b0c0c; {"}"}
                tr.green td:first-child {"{"} background: #00703c; color: #fff; {"}"}
                @media print {"{"} body {"{"} margin: 0; {"}"} {"}"}
              </style>
            </head>
            <body>
              <h1>Rapid reviews and reviews: briefing paper</h1>
              <h2>Rapid reviews</h2>
              <p>{E(paper.Partnership ?? "All partnerships")} safeguarding partnership, prepared {D(paper.PreparedOn)}.
                 {paper.Total} in progress: {paper.Red} red, {paper.Amber} amber, {paper.Green} green.</p>
              <p><small>Red: a milestone, a requested contribution or the rapid review is overdue. Amber: the next milestone falls due within two working days.
                 Green: on track. Rapid reviews are due 15 working days after the notification.</small></p>
              <table>
                <thead><tr><th>Rating</th><th>Local authority</th><th>Notified</th><th>Stage</th><th>Next milestone</th><th>Rapid review due</th><th>Overdue</th><th>Contributions awaited</th></tr></thead>
                <tbody>
            {rows}
                </tbody>
              </table>
              <h2>Reviews</h2>
              <p>{paper.ReviewsTotal} in progress: {paper.ReviewsRed} red, {paper.ReviewsAmber} amber, {paper.ReviewsGreen} green.
                 <small>Red: past, or expected after, the six-month target. Amber: within a month of completion without a draft report.</small></p>
              <table>
                <thead><tr><th>Rating</th><th>Local authority</th><th>Type</th><th>Decided</th><th>Stage</th><th>Target</th><th>Expected</th><th>Delays</th></tr></thead>
                <tbody>
            {reviewRows}
                </tbody>
              </table>
            </body>
            </html>
            """;
    }
}
