using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A final report counts as received by a national body when its receiver accepts the push, or when
/// its reader asks for what comes after it on the pull feed: the receipt starts the 7 working days'
/// notice. Saved on its own, tried again when the publication changed at the same moment; a receipt
/// that still cannot be saved is logged, and the business manager can record it.
/// </summary>
public sealed class FeedAcknowledgements(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FeedAcknowledgements> logger)
{
    private const int Tries = 3;

    public async Task ReceivedAsync(FeedItem item, string how, CancellationToken ct)
    {
        if (item.Type != FeedTypes.FinalReportSent || !Guid.TryParse(item.Subject, out var id) || FeedItem.ReportVersionIn(item.Data) is not { } version)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PublicationDbContext>();
            try
            {
                if (await db.Publications.FirstOrDefaultAsync(p => p.Id == id, ct) is { } publication
                    && publication.Acknowledge(item.Recipient, version, clock.Today(), how, clock))
                {
                    scope.ServiceProvider.GetRequiredService<Safeguarding.ServiceDefaults.Audit.IAuditTrail>()
                        .Record("acknowledge", Apis.PublicationServices.AuditResource, publication.Id.ToString(), "submissions");
                    await db.SaveChangesAsync(ct);
                }

                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Tries)
            {
                // The business manager changed the publication at the same moment: read it again.
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is not OperationCanceledException)
            {
                logger.LogWarning("The receipt of publication {PublicationId} by {Recipient} was not saved: {Error}", id, item.Recipient, ex.GetType().Name);
                return;
            }
        }
    }
}
