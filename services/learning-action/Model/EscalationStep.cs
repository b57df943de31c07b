namespace Safeguarding.LearningAction.Api.Model;

/// <summary>A step of the escalation ladder: who is told, after how many working days past the due date.</summary>
public sealed class EscalationStep
{
    public string Recipient { get; set; } = "";

    public int AfterWorkingDays { get; set; }
}
