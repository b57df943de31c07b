using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;
using Safeguarding.Notification.Api.Apis.Requests;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Validation;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>
/// An amended form, read and checked exactly as a new notification's form is: the same typed
/// request, its validation and the deadline rules, judged against the day the notification was
/// made. The caller wrote the changes, so each fault is named <c>changes.</c> and the field's JSON path.
/// </summary>
public static class AmendedForm
{
    private const string Prefix = "changes.";

    /// <summary>The amended form, or the faults found in it.</summary>
    public static async Task<(NotificationForm? Form, Dictionary<string, string[]>? Errors)> CheckAsync(
        JsonObject amended, DateOnly notifiedOn, WorkingDayCalendar calendar, IServiceProvider services, CancellationToken ct)
    {
        NotifyRequest request;
        try
        {
            var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            request = amended.Deserialize<NotifyRequest>(json)!;
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? Prefix + path[2..] : "changes";
            return (null, Single(field, $"{field} is not valid here: check its type and format (dates are yyyy-MM-dd, times HH:mm, text must be valid Unicode)."));
        }

        if (await ValidateAsync(request, services, ct) is { Count: > 0 } errors)
        {
            return (null, JsonPathErrors.Renamed(errors).ToDictionary(e => Prefix + e.Key, e => e.Value, StringComparer.Ordinal));
        }

        try
        {
            return (request.ToForm(notifiedOn, calendar), null);
        }
        catch (InvalidValueException ex)
        {
            return (null, Single(Prefix + ex.Field, ex.Message));
        }
    }

    /// <summary>The validation the framework runs on a bound <see cref="NotifyRequest"/>: attributes, then the rules across fields.</summary>
    /// <remarks>
    /// The framework's validation resolver is marked for evaluation (ASP0029) in .NET 10; it is what
    /// validates every bound request already, and calling it here keeps the two checks the same.
    /// </remarks>
#pragma warning disable ASP0029
    private static async Task<Dictionary<string, string[]>?> ValidateAsync(NotifyRequest request, IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<ValidationOptions>>().Value;
        if (!options.TryGetValidatableTypeInfo(typeof(NotifyRequest), out var info))
        {
            throw new InvalidOperationException($"No validation is generated for {nameof(NotifyRequest)}: it must stay an endpoint's parameter.");
        }

        var context = new ValidateContext { ValidationOptions = options, ValidationContext = new ValidationContext(request, services, items: null) };
        await info.ValidateAsync(request, context, ct);
        return context.ValidationErrors;
    }
#pragma warning restore ASP0029

    private static Dictionary<string, string[]> Single(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };
}
