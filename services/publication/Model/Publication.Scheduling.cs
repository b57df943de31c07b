using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Publication.Api.Feeds;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// Notice and scheduling: the checked final report goes to the national panel, the Secretary of
/// State (DfE) and Ofsted through the feeds, and is published no sooner than 7 working days after
/// the last of them has it. Nothing is sent or scheduled with an identifier unresolved.
/// </summary>
public sealed partial class Publication
{
    public const int NoticeWorkingDays = 7;

    /// <summary>The day the last national body had the report sent (the start of the notice), once all have it.</summary>
    public DateOnly? SentToNationalBodiesOn { get; private set; }

    public List<NationalSubmission> Submissions { get; private set; } = [];

    public NationalSubmission? CurrentSubmission => Submissions.Count == 0 ? null : Submissions[^1];

    public DateOnly? PublishOn { get; private set; }

    public string? ScheduledBy { get; private set; }

    /// <summary>The bodies that do not yet have the report sent.</summary>
    public IReadOnlyList<string> AwaitingAcknowledgement =>
        CurrentSubmission is { } s ? [.. FeedRecipients.NoticeOfPublication.Where(r => s.Acknowledgements.All(a => a.Recipient != r))] : FeedRecipients.NoticeOfPublication;

    /// <summary>
    /// Sends the current, checked version to the national bodies through their feeds; or, with
    /// <paramref name="sentOutsideOn"/>, records that it was sent outside the platform on that day.
    /// </summary>
    public NationalSubmission SendToNationalBodies(string by, TimeProvider clock, DateOnly? sentOutsideOn = null)
    {
        var report = CurrentReport;
        Allowed(report is not null, "There is no final report to send yet.");
        Allowed(!Settled, $"Publication is already {Status}.");
        EnsureClean("sent");
        Allowed(CurrentSubmission?.Version != report!.Version, $"Version {report.Version} was sent on {CurrentSubmission?.SentOn:yyyy-MM-dd}.");
        var today = clock.Today();
        Valid(sentOutsideOn is null || sentOutsideOn <= today, "sentOn", "sentOn is a day that has passed, not one to come.");
        var submission = new NationalSubmission { Version = report.Version, SentOn = sentOutsideOn ?? today, SentBy = by, ThroughFeeds = sentOutsideOn is null };
        Submissions.Add(submission);
        LastChangedAt = clock.GetUtcNow();
        if (submission.ThroughFeeds)
        {
            Raise(new FinalReportSentIntegrationEvent(Id, ReviewId, Partnership, ReviewType, submission.SentOn, report.Version, report.ContentType, report.Size,
                report.Sha256), clock.GetUtcNow());
        }

        return submission;
    }

    /// <summary>A national body has version <paramref name="version"/>; false when it had it already or that version is no longer the one sent.</summary>
    public bool Acknowledge(string recipient, int version, DateOnly receivedOn, string how, TimeProvider clock)
    {
        Valid(FeedRecipients.NoticeOfPublication.Contains(recipient), "recipient", $"recipient is one of: {string.Join(", ", FeedRecipients.NoticeOfPublication)}.");
        if (CurrentSubmission is not { } submission || submission.Version != version || submission.Acknowledgements.Any(a => a.Recipient == recipient))
        {
            return false;
        }

        Valid(receivedOn >= submission.SentOn && receivedOn <= clock.Today(), "receivedOn",
            $"receivedOn is between the day the report was sent ({submission.SentOn:yyyy-MM-dd}) and today.");
        submission.Acknowledgements.Add(new Acknowledgement(recipient, receivedOn, clock.GetUtcNow(), how));
        LastChangedAt = clock.GetUtcNow();
        return true;
    }

    /// <summary>The business manager records a receipt that came outside the feeds (for example, by email).</summary>
    public void RecordAcknowledgement(string recipient, DateOnly receivedOn, TimeProvider clock)
    {
        Allowed(CurrentSubmission is not null, "The report has not been sent to the national bodies.");
        Allowed(Acknowledge(recipient, CurrentSubmission!.Version, receivedOn, "recorded", clock), $"{recipient} already has version {CurrentSubmission.Version}.");
    }

    /// <summary>
    /// The earliest lawful date counts 7 working days from the next working day after the last
    /// national body had the report (as every "within N working days" in the statutory guidance is counted).
    /// </summary>
    public void Schedule(DateOnly publishOn, string by, WorkingDayCalendar calendar, TimeProvider clock)
    {
        Valid(calendar.Covers(publishOn), "publishOn", $"publishOn is outside the calendar ({calendar.CoveredFrom} to {calendar.CoveredTo}).");
        Valid(publishOn >= clock.Today(), "publishOn", "publishOn is today or later.");
        Allowed(CurrentReport is not null, "There is no final report to publish yet.");
        Allowed(!Settled, $"Publication is already {Status}.");
        EnsureClean("scheduled");
        Allowed(CurrentSubmission?.Version == CurrentReport!.Version,
            $"Version {CurrentReport.Version} has not been sent to the national bodies: send it, and publish no sooner than {NoticeWorkingDays} working days after they have it.");
        Allowed(AwaitingAcknowledgement.Count == 0, $"The national bodies do not all have the report yet: awaiting {string.Join(", ", AwaitingAcknowledgement)}.");
        var reachedOn = CurrentSubmission!.Acknowledgements.Max(a => a.ReceivedOn);
        var earliest = calendar.AddWorkingDays(reachedOn, NoticeWorkingDays);
        Allowed(publishOn >= earliest,
            $"The national bodies have the report for {NoticeWorkingDays} working days before publication: the earliest lawful date is {earliest:yyyy-MM-dd}.");
        SentToNationalBodiesOn = reachedOn;
        PublishOn = publishOn;
        ScheduledBy = by;
        Status = PublicationStatus.Scheduled;
        LastChangedAt = clock.GetUtcNow();
    }

    private void EnsureClean(string step)
    {
        Allowed(UnresolvedHits == 0, $"{UnresolvedHits} identifier hits in the report are unresolved: resolve each before the report is {step}.");
        // A pseudonym is a decision about the text, not a change to the file: the version that leaves must carry it.
        var pseudonyms = CurrentHits.Count(h => h.Resolution == HitResolutions.Pseudonym);
        Allowed(pseudonyms == 0,
            $"{pseudonyms} identifier hits are to be replaced by pseudonyms: upload the version with the pseudonyms in place (it is checked again) before the report is {step}.");
    }
}
