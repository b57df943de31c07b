using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Evidence of impact: what it is against, when it can be dated, and its event for the yearly report.</summary>
public sealed class ImpactEvidenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static ImpactEvidence Record(string kind = ImpactKinds.Audit, DateOnly? on = null, PlanAction? action = null, string[]? themes = null, string partnership = "northshire") =>
        ImpactEvidence.Record(partnership, " Northshire Police ", kind, " Re-audit of 20 call-outs: every one shared. ", on ?? Today, action, themes ?? [], "police", Plans.On(Today));

    [Fact]
    public void Evidence_against_an_action_carries_its_review_and_themes_and_is_announced_without_its_summary()
    {
        var action = Plans.Action(new DateOnly(2027, 3, 31), new DateOnly(2026, 11, 2));
        var evidence = Record(ImpactKinds.PracticeChange, action: action, themes: ["Neglect"]);

        Assert.Equal((action.Id, action.ReviewId), (evidence.ActionId, evidence.ReviewId));
        Assert.Equal(["neglect", "thresholds", "information-sharing", "domestic-abuse"], evidence.Themes);
        Assert.Equal(("Northshire Police", "Re-audit of 20 call-outs: every one shared."), (evidence.Agency, evidence.Summary));
        var recorded = Assert.Single(evidence.RaisedEvents().Select(e => e.Event).OfType<ImpactEvidenceRecordedIntegrationEvent>());
        Assert.Equal((evidence.Id, "northshire", ImpactKinds.PracticeChange, action.Id, Today), (recorded.EvidenceId, recorded.Partnership, recorded.Kind, recorded.ActionId, recorded.On));
        Assert.Equal(evidence.Themes, recorded.Themes);
    }

    [Fact]
    public void Evidence_is_against_an_action_or_a_theme_dated_by_today_and_of_a_known_kind()
    {
        Assert.Equal("themes", Assert.Throws<InvalidValueException>(() => Record(themes: [" "])).Field);
        Assert.Equal("on", Assert.Throws<InvalidValueException>(() => Record(on: Today.AddDays(1), themes: ["neglect"])).Field);
        Assert.Equal("kind", Assert.Throws<InvalidValueException>(() => Record(kind: "anecdote", themes: ["neglect"])).Field);
        Assert.Equal(["voice-of-the-child"], Record(ImpactKinds.ChildAndFamilyFeedback, themes: ["Voice of the child"]).Themes);
    }

    [Fact]
    public void Evidence_cannot_be_against_another_partnerships_action()
    {
        var action = Plans.Action(new DateOnly(2027, 3, 31), new DateOnly(2026, 11, 2));
        Assert.Throws<StepNotAllowedException>(() => Record(action: action, partnership: "southshire"));
    }
}
