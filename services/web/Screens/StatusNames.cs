namespace Safeguarding.Web.Screens;

/// <summary>The platform's codes as people say them.</summary>
public static class StatusNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["open"] = "Open",
        ["submitted-to-panel"] = "Submitted to the panel",
        ["closed"] = "Closed",
        ["completed"] = "Completed",
        ["decided"] = "Decided",
        ["child-death"] = "Child death",
        ["serious-harm"] = "Serious harm",
        ["other"] = "Other",
        ["requested"] = "Requested",
        ["reminded"] = "Reminded",
        ["overdue"] = "Overdue",
        ["escalated"] = "Escalated",
        ["received"] = "Received",
        ["under-consideration"] = "Under consideration",
        ["notification-agreed"] = "Notification agreed",
        ["notified"] = "Notified",
        ["not-notified"] = "Not notified",
        ["kept-for-learning"] = "Kept for learning",
        ["local-authority"] = "The local authority",
        ["police"] = "The police",
        ["health"] = "Health",
        ["agree"] = "Agrees",
        ["disagree"] = "Disagrees",
        ["notify"] = "Notify",
        ["do-not-notify"] = "Do not notify",
        ["agrees"] = "Agrees",
        ["disagrees"] = "Disagrees",
        ["national-review"] = "National review",
        ["not-started"] = "Not started",
        ["in-progress"] = "In progress",
        ["awaiting-sign-off"] = "Awaiting sign-off",
        ["signed-off"] = "Signed off",
    };

    public static string Of(string? code) => code is null ? "" : Names.GetValueOrDefault(code, code.Replace('-', ' '));

    /// <summary>The design system's tag colour for a status.</summary>
    public static string Tag(string? code) => code switch
    {
        "overdue" or "escalated" => "govuk-tag--red",
        "received" or "completed" or "decided" or "notified" or "signed-off" => "govuk-tag--green",
        "awaiting-sign-off" => "govuk-tag--yellow",
        "closed" or "not-notified" or "kept-for-learning" => "govuk-tag--grey",
        "submitted-to-panel" => "govuk-tag--purple",
        _ => "govuk-tag--blue",
    };
}
