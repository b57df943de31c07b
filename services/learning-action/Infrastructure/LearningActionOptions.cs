using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure;

/// <summary>
/// <c>LearningAction:Escalation</c>: the default ladder, and each partnership's own
/// (<c>LearningAction:Partnerships:&lt;partnership&gt;</c>); <c>LearningAction:ChaseInterval</c>: how
/// often the scheduled job looks at the plan; <c>LearningAction:DisseminationDueWorkingDays</c>: how
/// many working days after a briefing's publication an agency showing no dissemination is chased.
/// </summary>
public sealed class LearningActionOptions
{
    public EscalationLadder Escalation { get; set; } = new();

    public Dictionary<string, EscalationLadder> Partnerships { get; set; } = new(StringComparer.Ordinal);

    public TimeSpan ChaseInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Partnerships whose sub-group signs off completed actions (<c>LearningAction:SignOffAtSubGroup:0=northshire</c>).</summary>
    public List<string> SignOffAtSubGroup { get; set; } = [];

    public int DisseminationDueWorkingDays { get; set; } = 20;

    /// <summary>Themes a partnership adds to the coded set (<c>LearningAction:Themes:&lt;partnership&gt;:0</c>…).</summary>
    public Dictionary<string, List<string>> Themes { get; set; } = new(StringComparer.Ordinal);

    public ThemeSet ThemesFor(string partnership) => new(Themes.GetValueOrDefault(partnership) ?? []);

    public EscalationLadder LadderFor(string partnership) => Partnerships.GetValueOrDefault(partnership) ?? Escalation;

    public void Validate()
    {
        if (ChaseInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("LearningAction:ChaseInterval must be positive.");
        }

        if (DisseminationDueWorkingDays is < 1 or > 250)
        {
            throw new InvalidOperationException("LearningAction:DisseminationDueWorkingDays must be from 1 to 250.");
        }

        Escalation.Validate("LearningAction:Escalation");
        foreach (var (partnership, ladder) in Partnerships)
        {
            ladder.Validate($"LearningAction:Partnerships:{partnership}");
        }
    }
}
