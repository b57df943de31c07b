using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Learning events and course sessions for the rules' and the reach figures' tests.</summary>
internal static class Occasions
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static LearningEvent Held(string kind, DateOnly heldOn, string title = "Hearing every adult", string[]? themes = null, Guid? reviewId = null) =>
        LearningEvent.Record("northshire", kind, title, heldOn, "Business unit", reviewId is { } id ? [id] : LearningEventKinds.IsOfAReview(kind) ? [Guid.NewGuid()] : [],
            themes ?? ["Domestic abuse"], "business-unit", Plans.On(Today));

    public static LearningEvent Attended(this LearningEvent learningEvent, string agency, params (string Role, int Practitioners)[] roles)
    {
        learningEvent.RecordAttendance(agency, roles, "business-unit", Plans.On(Today));
        return learningEvent;
    }
}
