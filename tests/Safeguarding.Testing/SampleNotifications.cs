using System.Text.Json.Nodes;

namespace Safeguarding.Testing;

/// <summary>A minimal valid national notification form (one child, criteria met), for runs that only need a notification.</summary>
public static class SampleNotifications
{
    public static JsonObject Minimal(DateOnly becameAwareOn, string caseOutline = "Outline.") => new()
    {
        ["notifier"] = new JsonObject
        {
            ["localAuthority"] = "Northshire County Council", ["name"] = "Sample Notifier", ["role"] = "Notifier",
            ["telephone"] = "01632 960 000", ["email"] = "sample.notifier@northshire.example",
        },
        ["becameAwareOn"] = becameAwareOn.ToString("yyyy-MM-dd"),
        ["incidentOn"] = becameAwareOn.AddDays(-1).ToString("yyyy-MM-dd"),
        ["incidentPlace"] = "Sample place",
        ["nature"] = "serious-harm",
        ["criteria"] = new JsonObject { ["abuseOrNeglectKnownOrSuspected"] = true, ["diedOrSeriouslyHarmed"] = true, ["location"] = "in-area" },
        ["children"] = new JsonArray(new JsonObject
        {
            ["name"] = "Sample Child", ["ageYears"] = 7, ["sex"] = "not-known", ["ethnicity"] = "NOBT", ["disability"] = "not-known",
            ["lookedAfter"] = false, ["childProtectionPlan"] = false, ["childInNeedPlan"] = false, ["knownToAgencies"] = new JsonArray(),
        }),
        ["numberOfChildren"] = 1,
        ["caseOutline"] = caseOutline,
    };
}
