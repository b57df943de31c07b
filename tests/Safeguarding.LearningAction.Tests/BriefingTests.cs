using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Learning briefings: their sections, draft to approval to publication, dissemination by the agencies, the gaps and the chase.</summary>
public sealed class BriefingTests
{
    private static readonly DateOnly Monday2November = new(2026, 11, 2);
    private static readonly string[] Agencies = ["Northshire Police", "Northshire Integrated Care Board", "Northshire County Council"];

    public static BriefingSection[] Sections(string format) =>
        [.. BriefingFormats.Headings[format].Select(h => new BriefingSection { Heading = h, Text = $"What we say under {h}." })];

    private static Briefing Drafted(string format = BriefingFormats.SevenMinute) =>
        Briefing.Draft("northshire", "Child H: hearing every adult", format, Guid.NewGuid(), null, Sections(format), Agencies, "business-unit", Plans.On(Monday2November));

    private static Briefing Published(DateOnly on)
    {
        var briefing = Drafted();
        briefing.Approve("chair", Plans.On(on));
        briefing.Publish(Plans.On(on));
        return briefing;
    }

    [Theory]
    [InlineData(BriefingFormats.SevenMinute)]
    [InlineData(BriefingFormats.SixStep)]
    public void A_briefing_has_its_formats_sections_in_order(string format)
    {
        var briefing = Drafted(format);
        Assert.Equal(BriefingFormats.Headings[format], briefing.Sections.Select(s => s.Heading));
        Assert.Equal(6, briefing.Sections.Count);
    }

    [Fact]
    public void Sections_of_another_format_missing_or_out_of_order_are_refused_naming_sections()
    {
        var seven = Sections(BriefingFormats.SevenMinute);
        foreach (var sections in new[] { Sections(BriefingFormats.SixStep), seven[..5], [.. seven.Reverse()], [.. seven[..5], new BriefingSection { Heading = "Further information", Text = " " }] })
        {
            var refused = Assert.Throws<InvalidValueException>(() => Briefing.Draft("northshire", "t", BriefingFormats.SevenMinute, Guid.NewGuid(), null, sections, Agencies,
                "business-unit", Plans.On(Monday2November)));
            Assert.Equal("sections", refused.Field);
        }
    }

    [Fact]
    public void A_briefing_is_of_a_review_or_a_theme_not_both_and_names_agencies()
    {
        var sections = Sections(BriefingFormats.SixStep);
        Assert.Throws<InvalidValueException>(() => Briefing.Draft("northshire", "t", BriefingFormats.SixStep, Guid.NewGuid(), "neglect", sections, Agencies, "b", Plans.On(Monday2November)));
        Assert.Throws<InvalidValueException>(() => Briefing.Draft("northshire", "t", BriefingFormats.SixStep, null, null, sections, Agencies, "b", Plans.On(Monday2November)));
        Assert.Equal("agencies", Assert.Throws<InvalidValueException>(() =>
            Briefing.Draft("northshire", "t", BriefingFormats.SixStep, null, "neglect", sections, [" "], "b", Plans.On(Monday2November))).Field);
        Assert.Equal("neglect", Briefing.Draft("northshire", "t", BriefingFormats.SixStep, null, "neglect", sections, Agencies, "b", Plans.On(Monday2November)).Theme);
    }

    [Fact]
    public void A_draft_is_approved_by_someone_else_then_published_and_only_a_draft_is_edited()
    {
        var clock = Plans.On(Monday2November);
        var briefing = Drafted();
        Assert.Throws<StepNotAllowedException>(() => briefing.Publish(clock));
        Assert.Throws<StepNotAllowedException>(() => briefing.Approve("business-unit", clock));
        briefing.Edit("Child H", Sections(BriefingFormats.SevenMinute), Agencies[..2], clock);
        Assert.Equal(["Northshire Police", "Northshire Integrated Care Board"], briefing.Agencies);

        briefing.Approve("chair", clock);
        Assert.Throws<StepNotAllowedException>(() => briefing.Edit("t", Sections(BriefingFormats.SevenMinute), Agencies, clock));
        Assert.Throws<StepNotAllowedException>(() => briefing.Approve("chair", clock));
        briefing.Publish(clock);
        Assert.Equal(BriefingStatus.Published, briefing.Status);
        Assert.Equal(Monday2November, briefing.PublishedOn);
        Assert.Throws<StepNotAllowedException>(() => briefing.Publish(clock));
        Assert.Throws<StepNotAllowedException>(() => briefing.Edit("t", Sections(BriefingFormats.SevenMinute), Agencies, clock));
        var published = Assert.Single(briefing.RaisedEvents().Select(e => e.Event).OfType<BriefingPublishedIntegrationEvent>());
        Assert.Equal(briefing.Agencies, published.Agencies);
        Assert.Equal(BriefingFormats.SevenMinute, published.Format);
    }

    [Fact]
    public void Dissemination_is_recorded_only_once_published_by_an_expected_agency_between_publication_and_today()
    {
        var clock = Plans.On(new DateOnly(2026, 11, 10));
        var draft = Drafted();
        Assert.Throws<StepNotAllowedException>(() => draft.RecordDissemination("Northshire Police", ["Response"], 10, Monday2November, Dissemination.Email, null, "police", clock));

        var briefing = Published(Monday2November.AddDays(1));
        Assert.Throws<StepNotAllowedException>(() => briefing.RecordDissemination("Northshire Academy", ["Staff"], 10, Monday2November.AddDays(2), Dissemination.Email, null, "school", clock));
        Assert.Equal("on", Assert.Throws<InvalidValueException>(() =>
            briefing.RecordDissemination("Northshire Police", ["Response"], 10, Monday2November, Dissemination.Email, null, "police", clock)).Field);
        Assert.Equal("on", Assert.Throws<InvalidValueException>(() =>
            briefing.RecordDissemination("Northshire Police", ["Response"], 10, new DateOnly(2026, 11, 11), Dissemination.Email, null, "police", clock)).Field);
        Assert.Equal("practitioners", Assert.Throws<InvalidValueException>(() =>
            briefing.RecordDissemination("Northshire Police", ["Response"], 0, new DateOnly(2026, 11, 10), Dissemination.Email, null, "police", clock)).Field);

        var record = briefing.RecordDissemination("northshire police", ["Response", "CID"], 40, new DateOnly(2026, 11, 10), Dissemination.TeamMeeting, " Good. ", "police", clock);
        Assert.Equal("Northshire Police", record.Agency);
        Assert.Equal("Good.", record.Feedback);
    }

    [Fact]
    public void The_gaps_are_the_expected_agencies_with_no_dissemination_and_totals_add_up()
    {
        var clock = Plans.On(new DateOnly(2026, 11, 20));
        var briefing = Published(Monday2November);
        briefing.RecordDissemination("Northshire Police", ["Response"], 40, new DateOnly(2026, 11, 9), Dissemination.TeamMeeting, null, "police", clock);
        briefing.RecordDissemination("Northshire Police", ["CID", "Response"], 12, new DateOnly(2026, 11, 16), Dissemination.Training, null, "police", clock);
        briefing.RecordDissemination("Northshire Integrated Care Board", [], 5, new DateOnly(2026, 11, 19), Dissemination.Supervision, null, "business-unit", clock);

        var byAgency = briefing.DisseminationByAgency();
        Assert.Equal(Agencies, byAgency.Select(a => a.Agency));
        Assert.Equal([52, 5, 0], byAgency.Select(a => a.Practitioners));
        Assert.Equal([2, 1, 0], byAgency.Select(a => a.Records));
        Assert.Equal(["Response", "CID"], byAgency[0].Teams);
        Assert.Equal(["Northshire County Council"], briefing.Gaps);
    }

    [Fact]
    public void An_agency_with_no_dissemination_is_chased_once_after_the_due_working_days()
    {
        // Published Monday 2 November 2026: 20 working days later is Monday 30 November; the chase comes the day after.
        var briefing = Published(Monday2November);
        briefing.RecordDissemination("Northshire Police", ["Response"], 40, new DateOnly(2026, 11, 9), Dissemination.TeamMeeting, null, "police", Plans.On(new DateOnly(2026, 11, 9)));
        Assert.Equal(new DateOnly(2026, 11, 30), briefing.DisseminationDueOn(20, Plans.Calendar));

        Assert.Equal(0, briefing.ChaseDissemination(20, Plans.Calendar, Plans.On(new DateOnly(2026, 11, 30))));
        Assert.Equal(2, briefing.ChaseDissemination(20, Plans.Calendar, Plans.On(new DateOnly(2026, 12, 1))));
        Assert.Equal(0, briefing.ChaseDissemination(20, Plans.Calendar, Plans.On(new DateOnly(2026, 12, 2))));

        var chased = briefing.RaisedEvents().Select(e => e.Event).OfType<DisseminationOverdueIntegrationEvent>().ToList();
        Assert.Equal(["Northshire Integrated Care Board", "Northshire County Council"], chased.Select(e => e.Agency));
        Assert.All(chased, e => Assert.Equal(Monday2November, e.PublishedOn));
        Assert.Equal(new DateOnly(2026, 12, 1), briefing.DisseminationByAgency()[2].ChasedOn);
        Assert.Null(briefing.DisseminationByAgency()[0].ChasedOn);
    }

    [Fact]
    public void A_draft_or_approved_briefing_is_never_chased()
    {
        var briefing = Drafted();
        Assert.Equal(0, briefing.ChaseDissemination(20, Plans.Calendar, Plans.On(new DateOnly(2027, 3, 1))));
        briefing.Approve("chair", Plans.On(Monday2November));
        Assert.Equal(0, briefing.ChaseDissemination(20, Plans.Calendar, Plans.On(new DateOnly(2027, 3, 1))));
    }
}
