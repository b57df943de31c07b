using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Infrastructure;

/// <summary>
/// Rapid reviews not yet sent to the national panel, and those of them past their statutory due
/// date (15 working days from the notification), as the dashboard shows them. Counts only: no case
/// is named.
/// </summary>
internal sealed class RapidReviewGauges(TimeProvider time) : IGaugeSampler
{
    private static readonly SampledGauge Open = new("safeguarding.rapid_reviews.open",
        "Rapid reviews under way: not yet submitted to the national panel, nor closed", "{review}");

    private static readonly SampledGauge Overdue = new("safeguarding.rapid_reviews.overdue",
        "Rapid reviews under way past their statutory due date", "{review}");

    public async Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var underWay = services.GetRequiredService<RapidReviewDbContext>().RapidReviews
            .Where(r => r.Status == RapidReviewStatus.Open || r.Status == RapidReviewStatus.Decided);
        Open.Set(await underWay.LongCountAsync(cancellationToken));
        Overdue.Set(await underWay.LongCountAsync(r => r.DueOn < today, cancellationToken));
    }

    public void Forget()
    {
        Open.Forget();
        Overdue.Forget();
    }
}
