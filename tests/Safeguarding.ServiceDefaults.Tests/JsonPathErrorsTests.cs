using Microsoft.AspNetCore.Http;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed class JsonPathErrorsTests
{
    [Theory]
    [InlineData("Practitioner.Email", "practitioner.email")]
    [InlineData("Attendance[0].Practitioners", "attendance[0].practitioners")]
    [InlineData("children[0].dateOfBirth", "children[0].dateOfBirth")]
    [InlineData("body", "body")]
    public void Errors_are_named_by_the_json_path_callers_write(string member, string path) =>
        Assert.Equal(path, JsonPathErrors.JsonPath(member));

    [Fact]
    public void The_messages_name_the_field_the_same_way()
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["Practitioner.Email"] = ["The Email field is required."] });
        JsonPathErrors.Rename(new ProblemDetailsContext { HttpContext = new DefaultHttpContext(), ProblemDetails = problem });

        Assert.Equal(["The practitioner.email field is required."], problem.Errors["practitioner.email"]);
        Assert.Single(problem.Errors);
    }

    [Fact]
    public void Errors_the_service_raised_itself_keep_the_names_it_gave_them()
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["m"] });
        JsonPathErrors.Rename(new ProblemDetailsContext { HttpContext = new DefaultHttpContext(), ProblemDetails = problem, Exception = new InvalidOperationException() });

        Assert.True(problem.Errors.ContainsKey("Idempotency-Key"));
    }
}
