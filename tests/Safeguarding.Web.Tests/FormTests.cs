using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Tests;

public sealed class FormTests
{
    [Theory]
    [InlineData("notifier.email", "notifier-email")]
    [InlineData("children[0].dateOfBirth", "children-0-dateOfBirth")]
    [InlineData("partnerPositions[1].comment", "partnerPositions-1-comment")]
    [InlineData("agencies[0]", "agencies-0")]
    public void An_error_links_to_the_id_its_field_is_rendered_with(string path, string id) => Assert.Equal(id, FormErrors.IdOf(path));

    [Fact]
    public void The_platforms_problems_follow_the_forms_order_in_the_forms_words_and_others_go_to_the_top_unlinked()
    {
        var errors = new FormErrors();
        var questions = new Dictionary<string, string> { ["first"] = "Enter the first answer", ["second"] = "Enter the second answer" };

        errors.Add(new ProblemAnswer("Bad", null,
        [
            KeyValuePair.Create("second", "The second field is required."),
            KeyValuePair.Create("First", "first cannot be after second."),
            KeyValuePair.Create("elsewhere", "Something the form does not ask."),
        ]), questions);

        Assert.Equal([("", "Something the form does not ask."), ("first", "first cannot be after second."), ("second", "Enter the second answer")], errors.All);
        Assert.Equal("first cannot be after second.", errors.For("FIRST"));
    }

    [Fact]
    public void A_refusal_without_field_errors_shows_its_detail()
    {
        var errors = new FormErrors();

        errors.Add(new ProblemAnswer("Conflict", "The meeting is already recorded.", []), new Dictionary<string, string>());

        Assert.Equal([("", "The meeting is already recorded.")], errors.All);
    }

    [Theory]
    [InlineData("29", "2", "2028", true)]
    [InlineData("29", "2", "2027", false)]
    [InlineData("31", "4", "2027", false)]
    [InlineData("1", "13", "2027", false)]
    [InlineData("x", "1", "2027", false)]
    [InlineData("1", "1", "27", false)]
    public void A_date_is_only_what_its_three_boxes_make_for_real(string day, string month, string year, bool real)
    {
        var date = new DateParts { Day = day, Month = month, Year = year };
        var errors = new FormErrors();

        date.Check("heldOn", "The date of the meeting", errors);

        Assert.Equal(real, date.Value is not null);
        Assert.Equal(real ? null : "The date of the meeting must be a real date", errors.For("heldOn"));
    }

    [Fact]
    public void A_blank_date_is_the_platforms_to_judge()
    {
        var errors = new FormErrors();

        new DateParts().Check("heldOn", "The date", errors);

        Assert.False(errors.Any);
    }
}
