using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>The notification written back as the form it was made with: the shape amendments change and the history records.</summary>
public static class NotificationFormJson
{
    /// <summary>A form as it would stand on <paramref name="notification"/> (for comparing before an amendment is applied).</summary>
    public static JsonObject ToJson(NotificationForm form, SeriousIncidentNotification notification)
    {
        var copy = new SeriousIncidentNotification
        {
            Id = notification.Id, Partnership = notification.Partnership, Notifier = form.Notifier, IncidentPlace = form.IncidentPlace,
            Criteria = form.Criteria, CaseOutline = form.CaseOutline,
        };
        form.ApplyTo(copy);
        return ToJson(copy);
    }

    /// <summary>The notification as the form it was made with (the shape amendments change).</summary>
    public static JsonObject ToJson(SeriousIncidentNotification n) => new()
    {
        ["notifier"] = new JsonObject
        {
            ["localAuthority"] = n.Notifier.LocalAuthority,
            ["name"] = n.Notifier.Name,
            ["role"] = n.Notifier.Role,
            ["telephone"] = n.Notifier.Telephone,
            ["email"] = n.Notifier.Email,
        },
        ["becameAwareOn"] = n.BecameAwareOn.ToString("yyyy-MM-dd"),
        ["incidentOn"] = n.IncidentOn.ToString("yyyy-MM-dd"),
        ["incidentTime"] = n.IncidentTime?.ToString("HH:mm"),
        ["incidentPlace"] = n.IncidentPlace,
        ["nature"] = n.Nature.ToName(),
        ["criteria"] = new JsonObject
        {
            ["abuseOrNeglectKnownOrSuspected"] = n.Criteria.AbuseOrNeglectKnownOrSuspected,
            ["diedOrSeriouslyHarmed"] = n.Criteria.DiedOrSeriouslyHarmed,
            ["location"] = n.Criteria.Location,
            ["lookedAfterChildDeath"] = n.Criteria.LookedAfterChildDeath,
        },
        ["children"] = new JsonArray([.. n.Children.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["dateOfBirth"] = c.DateOfBirth?.ToString("yyyy-MM-dd"),
            ["ageYears"] = c.AgeYears,
            ["sex"] = c.Sex,
            ["ethnicity"] = c.Ethnicity,
            ["disability"] = c.Disability,
            ["lookedAfter"] = c.LookedAfter,
            ["childProtectionPlan"] = c.ChildProtectionPlan,
            ["childInNeedPlan"] = c.ChildInNeedPlan,
            ["knownToAgencies"] = new JsonArray([.. c.KnownToAgencies.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["placementType"] = c.PlacementType,
        })]),
        ["numberOfChildren"] = n.NumberOfChildren,
        ["furtherChildren"] = n.FurtherChildren,
        ["caseOutline"] = n.CaseOutline,
        ["linkedCases"] = new JsonArray([.. n.LinkedCases.Select(l => (JsonNode)JsonValue.Create(l))]),
        ["lateReason"] = n.LateReason,
    };

    /// <summary>The fields whose values differ between two renderings of the form.</summary>
    public static List<string> Changed(JsonObject before, JsonObject after) =>
        NotificationForm.Fields.Where(f => !JsonNode.DeepEquals(before[f], after[f])).ToList();

    public static JsonDocument Select(JsonObject form, IEnumerable<string> fields)
    {
        var selected = new JsonObject();
        foreach (var field in fields)
        {
            selected[field] = form[field]?.DeepClone();
        }

        return JsonDocument.Parse(selected.ToJsonString());
    }
}
