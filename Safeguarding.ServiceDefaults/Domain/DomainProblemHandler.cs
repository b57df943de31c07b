using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Safeguarding.ServiceDefaults.Domain;

/// <summary>
/// Turns what the model and the framework refuse into problem details: a case that is not there (or
/// is another partnership's) is a 404; a step not allowed now, or
/// a change that lost a race with another (optimistic concurrency), is a 409; a value the case does
/// not allow, or a body that cannot be read as the request (malformed JSON, a wrong type, invalid
/// text), is a 400 naming the field by its JSON path. Values are never echoed back.
/// </summary>
internal sealed partial class DomainProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted)
        {
            return false;
        }

        var (status, problem) = exception switch
        {
            NotFoundException notFound => (StatusCodes.Status404NotFound,
                new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = $"{notFound.What} not found", Detail = notFound.Message }),
            StepNotAllowedException notAllowed => (StatusCodes.Status409Conflict,
                new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "This step is not allowed now", Detail = notAllowed.Message }),
            // A lost race: the row changed since it was read, or a parallel request created the same
            // one-of-a-kind row (a second review for one decision) first.
            DbUpdateConcurrencyException or DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } } => (StatusCodes.Status409Conflict,
                new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "Changed meanwhile", Detail = "Someone else changed this case at the same moment. Read it again and repeat the step." }),
            Idempotency.IdempotencyKeyReusedException reused => (StatusCodes.Status422UnprocessableEntity,
                new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "Idempotency-Key reused", Detail = reused.Message }),
            InvalidValueException invalid => (StatusCodes.Status400BadRequest, Invalid(invalid.Field, invalid.Message)),
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, Unreadable(json)),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad when Parameter(bad.Message) is { } parameter =>
                (StatusCodes.Status400BadRequest, Invalid(parameter, $"{parameter} is not valid here: check its type and format.")),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => (StatusCodes.Status400BadRequest,
                Invalid("body", "The request could not be read: it must be a JSON object, with the content type application/json.")),
            BadHttpRequestException bad => (bad.StatusCode,
                new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "The request could not be read", Detail = "Check its content type, size and parameters." }),
            _ => (0, null!),
        };
        if (problem is null)
        {
            return false;
        }

        problem.Status = status;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// The query or route parameter the framework could not bind ("Failed to bind parameter
    /// \"Guid? NotificationId\" from \"42\"."), in the camel case callers write it.
    /// </summary>
    private static string? Parameter(string message) =>
        UnboundParameter().Match(message) is { Success: true } match ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : null;

    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "(?:[^"]* )?(?<name>\w+)" from""")]
    private static partial System.Text.RegularExpressions.Regex UnboundParameter();

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Title = "One or more validation errors occurred." };

    /// <summary>
    /// A body that is not JSON at all (its reader failed) is the body's fault; a value of the wrong type
    /// or invalid text is its field's, named by the JSON path the reader stopped at ("$.children[0].dateOfBirth").
    /// </summary>
    private static HttpValidationProblemDetails Unreadable(JsonException json)
    {
        var malformed = json.InnerException is JsonException;
        var path = malformed ? "body"
            : json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..]
            : json.Path is { Length: > 1 } q && q.StartsWith("$[", StringComparison.Ordinal) ? q[1..]
            : "body";
        return Invalid(path, path == "body"
            ? "The request body is not valid JSON, or not a JSON object."
            : $"{path} is not valid here: check its type and format (dates are yyyy-MM-dd, text must be valid Unicode).");
    }
}
