using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Tests;

/// <summary>The coded theme set and the heat map of themes by year and by type of review.</summary>
public sealed class ThemeHeatMapTests
{
    [Fact]
    public void A_theme_is_one_theme_however_it_is_written_and_a_partnership_extends_the_set()
    {
        var themes = new ThemeSet(["Online harm", "neglect"]);

        Assert.Equal("information-sharing", ThemeSet.Code("  Information  sharing "));
        Assert.Equal(ThemeSet.Common.Count + 1, themes.Codes.Count);
        Assert.True(themes.IsCoded("online_harm"));
        Assert.False(themes.IsCoded("fire"));
    }

    [Fact]
    public void The_heat_map_counts_each_review_once_per_theme_by_year_and_type_and_the_actions_carrying_it()
    {
        var opened = Plans.On(new DateOnly(2027, 1, 4)).GetUtcNow();
        var local2026 = PlanRecommendation.From(Plans.Accepted(), opened).ToList();
        var local2027 = PlanRecommendation.From(Plans.Accepted() with { AcceptedOn = new DateOnly(2027, 2, 1) }, opened).ToList();
        var national = PlanRecommendation.From(Plans.Accepted() with
        {
            ReviewType = "national-review", LearningThemes = ["Safe sleep"], AcceptedOn = new DateOnly(2027, 3, 1),
        }, opened).ToList();
        var action = Plans.Action(new DateOnly(2027, 3, 31), new DateOnly(2026, 11, 2));

        var map = ThemeHeatMap.Of(local2026.Concat(local2027).Concat(national).Select(r => r.Raised()), [action], new ThemeSet(["fire"]));

        Assert.Equal([2026, 2027], map.Years);
        Assert.Equal(["local-child-safeguarding-practice-review", "national-review"], map.ReviewTypes);
        var sharing = map.Rows.Single(r => r.Theme == "information-sharing");
        Assert.Equal((2, 1, 1, 2, 0, 1), (sharing.Reviews, sharing.ByYear["2026"], sharing.ByYear["2027"],
            sharing.ByReviewType["local-child-safeguarding-practice-review"], sharing.ByReviewType["national-review"], sharing.Actions));
        Assert.Equal(1, map.Rows.Single(r => r.Theme == "safe-sleep").ByReviewType["national-review"]);
        Assert.Equal((true, 0), map.Rows.Single(r => r.Theme == "fire") is var fire ? (fire.Coded, fire.Reviews) : default);
        Assert.Equal(0, map.Rows.Single(r => r.Theme == "neglect").Reviews);
    }

    [Fact]
    public void A_rapid_review_counts_as_its_own_type_of_review_in_the_year_of_the_decision()
    {
        var decided = new Contracts.IntegrationEvents.RapidReviewDecidedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), "northshire",
            "Northshire County Council", "local-child-safeguarding-practice-review", new DateOnly(2027, 1, 6), ["Neglect", "Safe sleep"], Guid.NewGuid());
        var learning = RapidReviewLearning.From(decided, Plans.On(new DateOnly(2027, 1, 6)).GetUtcNow());
        var review = PlanRecommendation.From(Plans.Accepted(), Plans.On(new DateOnly(2027, 1, 4)).GetUtcNow()).Select(r => r.Raised());

        var map = ThemeHeatMap.Of([.. review, learning.Raised()], [], new ThemeSet([]));

        Assert.Equal([2026, 2027], map.Years);
        Assert.Contains(RapidReviewLearning.ReviewType, map.ReviewTypes);
        var neglect = map.Rows.Single(r => r.Theme == "neglect");
        Assert.Equal((1, 0, 1, 1, 0), (neglect.Reviews, neglect.ByYear["2026"], neglect.ByYear["2027"],
            neglect.ByReviewType[RapidReviewLearning.ReviewType], neglect.ByReviewType["local-child-safeguarding-practice-review"]));
        Assert.Equal(1, map.Rows.Single(r => r.Theme == "safe-sleep").ByReviewType[RapidReviewLearning.ReviewType]);
    }
}
