using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// Publishing: on the scheduled day or later the report is published with its anonymous register
/// entry; the chair can delay a scheduled publication for sensitivity, or decide not to publish and
/// publish instead what will improve. Timeliness counts 6 months from the decision on the review.
/// </summary>
public sealed partial class Publication
{
    /// <summary>How long a published report stays online before it moves to the register's archive.</summary>
    public const int OnlineYears = 1;

    /// <summary>The day the chair decided on the review, from which its 6 months to publication count (when the acceptance said).</summary>
    public DateOnly? DecidedOn { get; init; }

    public List<string> LearningThemes { get; init; } = [];

    /// <summary>The accepted report's recommendations, R1, R2… in order.</summary>
    public List<string> Recommendations { get; init; } = [];

    public List<PublicationDelay> Delays { get; private set; } = [];

    public RegisterEntry? Register { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string? PublishedBy { get; private set; }

    public NotPublishing? NotPublishing { get; private set; }

    /// <summary>6 months from the decision on the review.</summary>
    public DateOnly? DueBy => DecidedOn?.AddMonths(6);

    public bool? PublishedWithinSixMonths => PublishedOn is { } on && DueBy is { } due ? on <= due : null;

    /// <summary>Scheduled, published or decided against: the report checked is the report that stands.</summary>
    public bool Settled => Status is PublicationStatus.Scheduled or PublicationStatus.Published or PublicationStatus.NotPublished;

    public bool OnRegister => Status is PublicationStatus.Published or PublicationStatus.NotPublished;

    public bool Archived(DateOnly today) => PublishedOn is { } on && today > on.AddYears(OnlineYears);

    /// <summary>A scheduled publication moves to a later date, for the reason the chair gives; the notice already given still holds.</summary>
    public void DelayForSensitivity(DateOnly publishOn, string reason, string by, TimeProvider clock)
    {
        Allowed(Status == PublicationStatus.Scheduled, $"Only a scheduled publication is delayed: this one is {Status}.");
        var today = clock.Today();
        Valid(publishOn > PublishOn && publishOn > today, "publishOn", $"publishOn is the new date, after {PublishOn:yyyy-MM-dd} and after today.");
        Delays.Add(new PublicationDelay { From = PublishOn!.Value, To = publishOn, Reason = reason, DecidedOn = today, DecidedBy = by });
        Raise(new PublicationDelayedIntegrationEvent(Id, ReviewId, Partnership, PublishOn.Value, publishOn, reason, today), clock.GetUtcNow());
        PublishOn = publishOn;
        LastChangedAt = clock.GetUtcNow();
    }

    /// <summary>Publishes the checked report, on its day or later, with an entry for the register that names none of the identifiers.</summary>
    public void Publish(RegisterEntry entry, string by, TimeProvider clock)
    {
        Allowed(Status == PublicationStatus.Scheduled, $"A publication is published once it is scheduled: this one is {Status}.");
        var today = clock.Today();
        Allowed(today >= PublishOn, $"Publication is scheduled for {PublishOn:yyyy-MM-dd}: publish on that day or later.");
        entry = new RegisterEntry
        {
            Name = entry.Name, Incident = entry.Incident, AgeBand = entry.AgeBand, Sex = entry.Sex, IncidentMonth = entry.IncidentMonth,
            Recommendations = entry.Recommendations.Count > 0 ? entry.Recommendations : [.. Recommendations],
        };
        EnsureAnonymous("name", entry.Name);
        EnsureAnonymous("incident", entry.Incident);
        EnsureAnonymous(entry.Recommendations, "recommendations");
        EnsureAnonymous(LearningThemes, "learningThemes");
        Register = entry;
        PublishedOn = today;
        PublishedBy = by;
        Status = PublicationStatus.Published;
        LastChangedAt = clock.GetUtcNow();
        Raise(new ReviewPublishedIntegrationEvent(Id, ReviewId, Partnership, ReviewType, today, entry.Name, entry.Incident, entry.AgeBand, entry.Sex,
            entry.IncidentMonth, LearningThemes, entry.Recommendations, PublishedWithinSixMonths), clock.GetUtcNow());
    }

    /// <summary>
    /// The chair decides not to publish: the reasons go to the national panel, and the register shows
    /// the information about improvements (<see cref="RegisterEntry.Incident"/>) instead of a report.
    /// </summary>
    public void DecideNotToPublish(string reasons, RegisterEntry improvements, string by, TimeProvider clock)
    {
        Allowed(!OnRegister, $"The publication is already {Status}.");
        EnsureAnonymous("name", improvements.Name);
        EnsureAnonymous("improvements", improvements.Incident);
        EnsureAnonymous(LearningThemes, "learningThemes");
        var today = clock.Today();
        NotPublishing = new NotPublishing { Reasons = reasons, DecidedOn = today, DecidedBy = by };
        Register = improvements;
        Status = PublicationStatus.NotPublished;
        LastChangedAt = clock.GetUtcNow();
        Raise(new DecisionNotToPublishIntegrationEvent(Id, ReviewId, Partnership, reasons, improvements.Incident, today), clock.GetUtcNow());
    }

    // The accepted report's own texts go on the register too: each is checked like the entry.
    private void EnsureAnonymous(IReadOnlyList<string> texts, string field)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            EnsureAnonymous($"{field}[{i}]", texts[i]);
        }
    }

    // The message never repeats the identifier: it is the very detail that must not travel.
    private void EnsureAnonymous(string field, string text) =>
        Valid(!Identifiers.Any(i => IdentifierMatching.Find(text, i.Value, window: 0).Count > 0), field,
            $"{field} contains one of the publication's identifiers: what the register shows is anonymous.");
}
