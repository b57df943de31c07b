namespace Safeguarding.LearningAction.Api.Model;

/// <summary>What shows that learning changed practice: an audit, a change in practice, what children and families said, or something else.</summary>
public static class ImpactKinds
{
    public const string Audit = "audit";
    public const string PracticeChange = "practice-change";
    public const string ChildAndFamilyFeedback = "child-and-family-feedback";
    public const string Other = "other";

    public static readonly string[] All = [Audit, PracticeChange, ChildAndFamilyFeedback, Other];
}
