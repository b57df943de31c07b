namespace Safeguarding.Web.Screens;

/// <summary>
/// The partnership's decision not to notify a referred case: its rationale and the position of
/// each statutory partner. A partner that disagrees escalates the case to the independent chair.
/// </summary>
public sealed class NotToNotifyForm : IStepForm
{
    public static readonly IReadOnlyList<(string Code, string Name)> Partners = [("local-authority", "The local authority"), ("police", "The police"), ("health", "Health")];

    public static readonly IReadOnlyList<(string, string)> Positions = [("agree", "Agrees"), ("disagree", "Disagrees")];

    public string? Rationale { get; set; }
    public List<string?> Position { get; set; } = [null, null, null];
    public List<string?> Comment { get; set; } = [null, null, null];

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["rationale"] = "Enter why the case is not notified",
        ["partnerPositions[0].position"] = "Select the local authority's position",
        ["partnerPositions[0].comment"] = "Enter why the local authority disagrees",
        ["partnerPositions[1].position"] = "Select the police's position",
        ["partnerPositions[1].comment"] = "Enter why the police disagree",
        ["partnerPositions[2].position"] = "Select health's position",
        ["partnerPositions[2].comment"] = "Enter why health disagrees",
        ["partnerPositions"] = "Give each statutory partner's position",
    };

    public object ToRequest() => new
    {
        rationale = Rationale,
        partnerPositions = Partners.Select((partner, i) => new
        {
            partner = partner.Code, position = Position.ElementAtOrDefault(i), comment = Choices.Blank(Comment.ElementAtOrDefault(i)),
        }).ToList(),
    };
}
