using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Safeguarding.Notification.Api.Apis.Requests;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Tests;

/// <summary>The national form's rules across fields, and the form it makes against the day of notification.</summary>
public sealed class NotifyRequestTests
{
    private static readonly DateOnly Today = new(2026, 12, 23);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_valid_form_is_kept_trimmed_with_the_age_at_the_incident_and_its_deadline()
    {
        var request = Request() with { CaseOutline = "  Outline.  ", LinkedCases = [" NSCP-1 ", "NSCP-1"], FurtherChildren = " " };

        Assert.Empty(Errors(request));
        var form = request.ToForm(Today, Calendar);
        Assert.Equal("Outline.", form.CaseOutline);
        Assert.Equal(["NSCP-1"], form.LinkedCases);
        Assert.Null(form.FurtherChildren);
        Assert.Equal(7, Assert.Single(form.Children).AgeYears);
        Assert.Equal(IncidentNature.SeriousHarm, form.Nature);
        Assert.Equal(new DateOnly(2026, 12, 31), form.NotificationDueOn);
        Assert.False(form.MadeLate);
    }

    [Fact]
    public void Rules_across_fields_name_the_field_they_refuse()
    {
        Assert.Equal(["IncidentOn"], Errors(Request() with { IncidentOn = new DateOnly(2026, 12, 23) }));
        Assert.Equal(["NumberOfChildren"], Errors(Request() with { NumberOfChildren = 0 }));
        Assert.Equal(["FurtherChildren"], Errors(Request() with { NumberOfChildren = 2 }));
        Assert.Equal(["Children[0].DateOfBirth"], Errors(Request() with { Children = [Child() with { DateOfBirth = new DateOnly(2026, 12, 1) }] }));
        Assert.Equal(["Children[0].DateOfBirth"], Errors(Request() with { Children = [Child() with { DateOfBirth = new DateOnly(2001, 1, 1) }] }));
        Assert.Equal(["Children[0].AgeYears"], Errors(Request() with { Children = [Child() with { AgeYears = 9 }] }));
        Assert.Equal(["Criteria"], Errors(Request() with { Criteria = Criteria() with { Location = null } }));
        Assert.Equal(["Criteria", "Criteria"], Errors(Request() with { Criteria = Criteria() with { LookedAfterChildDeath = true } }));
    }

    [Fact]
    public void The_death_of_a_looked_after_child_meets_the_criteria_without_suspected_abuse()
    {
        var request = Request() with
        {
            Nature = "child-death",
            Criteria = new CriteriaRequest(false, true, null, true),
            Children = [Child() with { LookedAfter = true, PlacementType = "foster-care" }],
        };

        Assert.Empty(Errors(request));
    }

    [Fact]
    public void A_child_needs_a_date_of_birth_or_an_age_and_a_placement_only_when_looked_after()
    {
        Assert.Equal(["DateOfBirth"], ChildErrors(Child() with { DateOfBirth = null }));
        Assert.Equal(["PlacementType"], ChildErrors(Child() with { LookedAfter = true }));
        Assert.Equal(["PlacementType"], ChildErrors(Child() with { PlacementType = "foster-care" }));
        Assert.Empty(ChildErrors(Child() with { DateOfBirth = null, AgeYears = 7 }));
    }

    [Theory]
    [InlineData("2026-12-24", "becameAwareOn")]
    [InlineData("2017-06-01", "becameAwareOn")]
    [InlineData("2026-12-15", "lateReason")]
    public void Awareness_is_judged_against_the_day_of_notification(string becameAwareOn, string field)
    {
        var request = Request() with { BecameAwareOn = DateOnly.Parse(becameAwareOn), IncidentOn = new DateOnly(2017, 5, 1) };

        Assert.Equal(field, Assert.Throws<InvalidValueException>(() => request.ToForm(Today, Calendar)).Field);
    }

    [Fact]
    public void A_late_notification_keeps_its_reason_and_an_amendment_is_judged_against_the_day_it_was_made()
    {
        var late = (Request() with { BecameAwareOn = new DateOnly(2026, 12, 15), LateReason = " Referred late. " }).ToForm(Today, Calendar);
        Assert.True(late.MadeLate);
        Assert.Equal("Referred late.", late.LateReason);

        var onTime = (Request() with { LateReason = "Not needed." }).ToForm(Today, Calendar);
        Assert.Null(onTime.LateReason);
        Assert.Equal("becameAwareOn", Assert.Throws<InvalidValueException>(() => Request().ToForm(new DateOnly(2026, 12, 21), Calendar)).Field);
    }

    [Theory]
    [InlineData("\"14:30\"", true)]
    [InlineData("\"09:05\"", true)]
    [InlineData("\"14:30:00\"", false)]
    [InlineData("\"9:05\"", false)]
    [InlineData("\"25:61\"", false)]
    [InlineData("1430", false)]
    public void The_incident_time_is_written_hh_mm(string json, bool accepted)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new HourMinuteConverter() } };
        if (accepted)
        {
            var time = JsonSerializer.Deserialize<TimeOnly>(json, options);
            Assert.Equal(json, JsonSerializer.Serialize(time, options));
        }
        else
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TimeOnly>(json, options));
        }
    }

    private static List<string> Errors(NotifyRequest request) =>
        request.Validate(new ValidationContext(request)).SelectMany(r => r.MemberNames).ToList();

    private static List<string> ChildErrors(ChildRequest child) =>
        child.Validate(new ValidationContext(child)).SelectMany(r => r.MemberNames).ToList();

    private static CriteriaRequest Criteria() => new(true, true, "in-area", null);

    private static ChildRequest Child() => new("Olivia Testchild", new DateOnly(2019, 3, 14), null, "female", "WBRI", "no", false, true, false,
        ["Children's social care"], null);

    private static NotifyRequest Request() => new(
        new NotifierRequest("Northshire County Council", "Sarah Notifier", "Head of Safeguarding", "01632 960 123", "s@n.example"),
        new DateOnly(2026, 12, 22), new DateOnly(2026, 11, 20), new TimeOnly(14, 30), "14 Example Road", "serious-harm", Criteria(),
        [Child()], 1, null, "Outline of the incident.", [], null, null, null);
}
