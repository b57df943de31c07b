using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Tests;

/// <summary>Publications for the rules' tests, on a fake clock.</summary>
internal static class Publications
{
    public const string ReportText = "Child Ann Jones lived with her mother in Northtown. Annual reviews of Ann's plan were missed. ANN JONES was seen by the health visitor.";

    /// <summary>A clock at midday on <paramref name="day"/>.</summary>
    public static FakeTimeProvider On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static Api.Model.Publication Opened(DateOnly on, DateOnly? decidedOn = null) => Api.Model.Publication.Open(new CaseReviewReportAcceptedIntegrationEvent(
        Guid.NewGuid(), Guid.NewGuid(), "northshire", "local-child-safeguarding-practice-review", on, ["neglect"],
        [new AcceptedRecommendation("R1", "Health visitors ask about every adult in the household.")], decidedOn), On(on));

    /// <summary>Sends the current version on <paramref name="on"/>, and each national body acknowledges it the same day.</summary>
    public static void SendAndAcknowledge(Api.Model.Publication publication, DateOnly on)
    {
        publication.SendToNationalBodies("business-unit", On(on));
        foreach (var recipient in Api.Feeds.FeedRecipients.NoticeOfPublication)
        {
            publication.RecordAcknowledgement(recipient, on, On(on));
        }
    }

    /// <summary>Sends, acknowledges and schedules publication for <paramref name="publishOn"/>.</summary>
    public static void Schedule(Api.Model.Publication publication, DateOnly sent, DateOnly publishOn)
    {
        SendAndAcknowledge(publication, sent);
        publication.Schedule(publishOn, "b", Statutory.WorkingDayCalendar.EnglandAndWales, On(sent));
    }

    public static ReportVersion Upload(Api.Model.Publication publication, DateOnly on, string text = ReportText) =>
        publication.AddReport("Final report", "report.pdf", "application/pdf", 1_000, "ab12", text, "business-unit", On(on));
}
