namespace Safeguarding.LearningAction.Api.Model;

/// <summary>The words the API uses for each status.</summary>
public static class ActionStatusNames
{
    public static readonly IReadOnlyDictionary<string, ActionStatus> ByName = new Dictionary<string, ActionStatus>(StringComparer.Ordinal)
    {
        ["not-started"] = ActionStatus.NotStarted,
        ["in-progress"] = ActionStatus.InProgress,
        ["awaiting-sign-off"] = ActionStatus.AwaitingSignOff,
        ["signed-off"] = ActionStatus.SignedOff,
        ["closed"] = ActionStatus.Closed,
    };

    public static string Of(ActionStatus status) => ByName.First(p => p.Value == status).Key;
}
