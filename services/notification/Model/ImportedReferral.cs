using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Model;

/// <summary>
/// A case from the partnership's own register, brought in with its history: the referral, the
/// decision on it and any notification, as the register recorded them (a date may be a month only).
/// Counted in every report; never sent anywhere, and never the subject of a step.
/// </summary>
public sealed class ImportedReferral
{
    public required string Partnership { get; init; }

    /// <summary>The partnership's own reference, such as Ref053.</summary>
    public required string Reference { get; init; }

    public RecordedDay? ReferredOn { get; private set; }

    /// <summary>notified, not-notified or kept-for-learning; null when the register recorded none.</summary>
    public string? Decision { get; private set; }

    public RecordedDay? DecidedOn { get; private set; }

    public RecordedDay? NotifiedOn { get; private set; }

    /// <summary>child-death, serious-harm or other, for a notification.</summary>
    public string? Nature { get; private set; }

    public bool? AbuseOrNeglectSuspected { get; private set; }

    public bool? LookedAfter { get; private set; }

    /// <summary>Whether the register recorded what came of the case (its outcome).</summary>
    public bool HasOutcome { get; private set; }

    public Guid ImportId { get; private set; }

    /// <summary>The register's case, when it has a referral, a decision or a notification to keep.</summary>
    public static ImportedReferral? From(string partnership, Guid importId, ImportedCase c)
    {
        if (c.ReferredOn is null && c.Decision is null && c.NotifiedOn is null)
            return null;
        var referral = new ImportedReferral { Partnership = partnership, Reference = c.Reference };
        referral.Take(importId, c);
        return referral;
    }

    /// <summary>Takes the case as a newer import of the register has it.</summary>
    public void Take(Guid importId, ImportedCase c)
    {
        // Imports are numbered in time order: one delivered after a later one changes nothing.
        if (importId.CompareTo(ImportId) < 0)
            return;
        (ReferredOn, Decision, DecidedOn, NotifiedOn, Nature, AbuseOrNeglectSuspected, LookedAfter, HasOutcome, ImportId) =
        (RecordedDay.Parse(c.ReferredOn), c.Decision, RecordedDay.Parse(c.DecidedOn), RecordedDay.Parse(c.NotifiedOn), c.Nature,
            c.AbuseOrNeglectSuspected, c.LookedAfter, c.Outcome is not null, importId);
    }

    public bool IsNotification => Decision == "notified" && NotifiedOn is not null;
}
