namespace Safeguarding.LearningAction.Api.Model;

/// <summary>Where an action stands: the lead agency works on it, the business manager signs it off.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,

    /// <summary>The lead agency says it is done, with its evidence; the business manager has yet to sign it off.</summary>
    AwaitingSignOff,
    SignedOff,

    /// <summary>Ended without completion, with a reason (superseded, no longer relevant).</summary>
    Closed,
}
