using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// Validation errors name each field as callers write it, by its JSON path ("practitioner.email",
/// "children[0].name"), not by the C# member the framework validated ("Practitioner.Email"). Errors
/// raised by the service itself (with an exception) already name their field as callers write it.
/// </summary>
public static partial class JsonPathErrors
{
    public static void Rename(ProblemDetailsContext context)
    {
        if (context.Exception is not null || context.ProblemDetails is not HttpValidationProblemDetails validation)
        {
            return;
        }

        var renamed = Renamed(validation.Errors);
        validation.Errors.Clear();
        foreach (var (key, messages) in renamed)
        {
            validation.Errors[key] = messages;
        }
    }

    /// <summary>
    /// Errors the framework named by C# member ("Children[0].DateOfBirth": "The DateOfBirth field…")
    /// named by JSON path instead, in their keys and in their messages.
    /// </summary>
    public static Dictionary<string, string[]> Renamed(IDictionary<string, string[]> errors) => errors.ToDictionary(
        error => JsonPath(error.Key),
        error => error.Value.Select(message => Member(error.Key) is { Length: > 0 } member
            ? Regex.Replace(message, $@"\b{Regex.Escape(member)}\b", JsonPath(error.Key)) : message).ToArray(),
        StringComparer.Ordinal);

    /// <summary>"Children[0].DateOfBirth" → "children[0].dateOfBirth".</summary>
    public static string JsonPath(string memberPath) =>
        Segment().Replace(memberPath, match => JsonNamingPolicy.CamelCase.ConvertName(match.Value));

    private static string Member(string memberPath) => memberPath.Split('.')[^1].Split('[')[0];

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Segment();
}
