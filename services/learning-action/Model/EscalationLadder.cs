namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// How a partnership chases its actions: a reminder to the lead agency some working days before an
/// action falls due, then, once it is overdue, each step of the ladder after its number of working
/// days past the due date.
/// </summary>
public sealed class EscalationLadder
{
    public int ReminderWorkingDays { get; set; } = 10;

    /// <summary>The partnership's own steps; none configured means the default ladder (configuration adds to a list, never replaces it).</summary>
    public List<EscalationStep> Steps { get; set; } = [];

    /// <summary>The agency lead on the first working day overdue, the business manager after 5, the independent chair after 10.</summary>
    public static readonly IReadOnlyList<EscalationStep> DefaultSteps =
    [
        new() { Recipient = "agency-lead", AfterWorkingDays = 1 },
        new() { Recipient = "business-manager", AfterWorkingDays = 5 },
        new() { Recipient = "independent-chair", AfterWorkingDays = 10 },
    ];

    public IReadOnlyList<EscalationStep> Ladder => Steps.Count > 0 ? Steps : DefaultSteps;

    public static readonly string[] Recipients = ["agency-lead", "business-manager", "independent-chair"];

    /// <summary>Refuses, at start, a ladder whose steps are out of order or name someone unknown.</summary>
    public void Validate(string name)
    {
        if (ReminderWorkingDays is < 0 or > 60
            || Ladder.Any(s => !Recipients.Contains(s.Recipient) || s.AfterWorkingDays is < 1 or > 250)
            || Ladder.Zip(Ladder.Skip(1)).Any(p => p.Second.AfterWorkingDays <= p.First.AfterWorkingDays))
        {
            throw new InvalidOperationException(
                $"{name}: ReminderWorkingDays from 0 to 60, and Steps in rising order of AfterWorkingDays (1 to 250), each to one of {string.Join(", ", Recipients)}.");
        }
    }
}
