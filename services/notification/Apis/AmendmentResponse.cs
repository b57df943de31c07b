using System.Text.Json.Nodes;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

public sealed record AmendmentResponse(int Number, DateTimeOffset AmendedAt, string AmendedBy, string? AmendedByName, string? Agency,
    string Reason, IReadOnlyList<string> ChangedFields, System.Text.Json.JsonElement Before, System.Text.Json.JsonElement After)
{
    public static AmendmentResponse From(NotificationAmendment a, bool identifying) => new(
        a.Number, a.AmendedAt, a.AmendedBy, a.AmendedByName, a.Agency, a.Reason, a.ChangedFields,
        Withhold(a.Before, identifying), Withhold(a.After, identifying));

    /// <summary>Without need-to-know, identifying fields show as "withheld" rather than their values.</summary>
    private static System.Text.Json.JsonElement Withhold(System.Text.Json.JsonDocument values, bool identifying)
    {
        if (identifying)
        {
            return values.RootElement.Clone();
        }

        var copy = JsonNode.Parse(values.RootElement.GetRawText())!.AsObject();
        foreach (var field in NotificationForm.IdentifyingFields.Where(copy.ContainsKey))
        {
            copy[field] = NotificationResponse.Withheld;
        }

        return System.Text.Json.JsonDocument.Parse(copy.ToJsonString()).RootElement.Clone();
    }
}
