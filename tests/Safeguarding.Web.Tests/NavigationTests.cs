using System.Security.Claims;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Tests;

public sealed class NavigationTests
{
    [Fact]
    public void Each_role_sees_only_the_screens_it_may_open()
    {
        Assert.Equal(["/", "/notifications/new", "/referrals", "/referrals/new", "/rapid-reviews"], Menu("local-authority-notifier"));
        Assert.Equal(["/", "/referrals", "/referrals/new", "/rapid-reviews", "/actions", "/yearly-report", "/history-import"], Menu("business-manager"));
        Assert.Equal(["/", "/referrals", "/rapid-reviews", "/actions", "/yearly-report", "/history-import"], Menu("independent-chair"));
        Assert.Equal(["/", "/rapid-reviews"], Menu("national-panel"));
        Assert.Equal(["/", "/operations/access"], Menu("operator"));
    }

    [Theory]
    [InlineData("/referrals", "/referrals/new", false)]
    [InlineData("/referrals", "/referrals/0193d0b4-0000-7000-8000-000000000000", true)]
    [InlineData("/", "/rapid-reviews", false)]
    [InlineData("/rapid-reviews", "/rapid-reviews/0193d0b4-0000-7000-8000-000000000000/meeting", true)]
    public void The_current_menu_entry_is_the_one_the_page_is_under(string href, string path, bool current) =>
        Assert.Equal(current, new NavigationItem("x", href, []).IsCurrent(path));

    [Fact]
    public void The_steps_offered_on_a_rapid_review_follow_its_order_and_the_persons_role()
    {
        var review = new RapidReviewCase(Guid.NewGuid(), Guid.NewGuid(), "Northshire County Council", "serious-harm", new DateOnly(2026, 12, 23),
            new DateOnly(2027, 1, 18), "open", null, null, [],
            [new ContributionRequestRow(Guid.NewGuid(), Guid.NewGuid(), "Northshire County Council", new DateOnly(2026, 12, 23), "Northshire Police", "police", 7,
                new DateOnly(2027, 1, 6), "requested", null)], [], null, null, null, null, null);

        Assert.Equal(["Ask an agency for its contribution", "Record the rapid review meeting"], Steps(review, "business-manager"));
        Assert.Equal(["Send your agency's contribution"], Steps(review, "partner-representative", "Northshire Police"));
        Assert.Empty(Steps(review, "partner-representative", "Northshire Integrated Care Board"));
        Assert.Empty(Steps(review, "independent-chair"));

        var recommended = review with { Meeting = new HeldMeeting(new DateOnly(2026, 12, 23), true, true, true),
            Recommendation = new ChairRecommendation("no-further-action", "r", null) };
        Assert.Equal(["Ask an agency for its contribution"], Steps(recommended, "business-manager"));
        Assert.Equal(["Decide on the recommendation"], Steps(recommended, "independent-chair"));

        var decided = recommended with { Decision = new ChairDecision("no-further-action", "r", new DateOnly(2026, 12, 24)), Status = "decided" };
        Assert.Equal(["Send to the national panel"], Steps(decided, "business-manager"));
        Assert.Empty(Steps(decided with { Status = "closed" }, "business-manager"));
    }

    private static string[] Menu(string role) => [.. Navigation.For(Person(role)).Select(i => i.Href)];

    private static string[] Steps(RapidReviewCase review, string role, string? agency = null) => [.. NextSteps.For(Person(role, agency), review).Select(s => s.Text)];

    private static ClaimsPrincipal Person(string role, string? agency = null) => new(new ClaimsIdentity(
        [new Claim("role", role), .. agency is null ? Array.Empty<Claim>() : [new Claim("agency", agency)]], "test", "name", "role"));
}
