using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>What the learning events, reach and impact evidence endpoints add: loading, saving, and whose agency a record is for.</summary>
public sealed partial class LearningActionServices
{
    public const string LearningEventAuditResource = "learning-event";
    public const string ImpactEvidenceAuditResource = "impact-evidence";

    public async Task<LearningEvent> LoadLearningEventAsync(Guid id, CancellationToken ct, bool tracking = true) =>
        await (tracking ? Db.LearningEvents : Db.LearningEvents.AsNoTracking()).VisibleTo(User).FirstOrDefaultAsync(e => e.Id == id, ct)
        ?? throw new NotFoundException("Learning event", id);

    public async Task SaveAsync(LearningEvent learningEvent, string step, string field, CancellationToken ct)
    {
        Audit.Record(step, LearningEventAuditResource, learningEvent.Id.ToString(), field);
        await Db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The agency a record is for: an agency's people record for their own agency only; the business
    /// manager and the chair may name another, and otherwise record for their own (the partnership).
    /// </summary>
    public string AgencyFor(string? named)
    {
        var own = CallerAgency;
        if (User.SeesWholePlan())
        {
            var agency = string.IsNullOrWhiteSpace(named) ? own : named.Trim();
            Valid(!string.IsNullOrWhiteSpace(agency), "agency", "Name the agency this is for (agency).");
            return agency!;
        }

        Valid(!string.IsNullOrWhiteSpace(own), "agency", "The caller's token names no agency.");
        Allowed(string.IsNullOrWhiteSpace(named) || string.Equals(named.Trim(), own, StringComparison.OrdinalIgnoreCase),
            "An agency records its own figures and evidence only.");
        return own!;
    }
}
