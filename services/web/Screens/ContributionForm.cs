namespace Safeguarding.Web.Screens;

/// <summary>
/// An agency's contribution to a rapid review: its involvement with the child and family, up to
/// three dated key practice episodes for the combined chronology, the safety actions it took, and
/// the practitioner to contact. The agency is the person's own, as their sign-in names it.
/// </summary>
public sealed class ContributionForm : IStepForm
{
    public const int Episodes = 3;

    public string? Agency { get; set; }
    public string? AgencyType { get; set; }
    public string? Involvement { get; set; }
    public List<DateParts> EpisodeOn { get; set; } = [.. Enumerable.Range(0, Episodes).Select(_ => new DateParts())];
    public List<string?> Episode { get; set; } = [.. Enumerable.Repeat<string?>(null, Episodes)];
    public string? ImmediateSafetyActions { get; set; }
    public string? PractitionerName { get; set; }
    public string? PractitionerRole { get; set; }
    public string? PractitionerTelephone { get; set; }
    public string? PractitionerEmail { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["involvement"] = "Enter your agency's involvement with the child and family",
        ["keyPracticeEpisodes[0].on"] = "Enter the date of the first episode",
        ["keyPracticeEpisodes[0].episode"] = "Enter what was done",
        ["keyPracticeEpisodes[1].on"] = "Enter the date of the second episode",
        ["keyPracticeEpisodes[1].episode"] = "Enter what was done",
        ["keyPracticeEpisodes[2].on"] = "Enter the date of the third episode",
        ["keyPracticeEpisodes[2].episode"] = "Enter what was done",
        ["immediateSafetyActions"] = "List the safety actions taken, one on each line, or leave it empty",
        ["practitioner.name"] = "Enter the practitioner's name",
        ["practitioner.role"] = "Enter the practitioner's role",
        ["practitioner.telephone"] = "Enter the practitioner's telephone number",
        ["practitioner.email"] = "Enter the practitioner's email address",
    };

    public void Check(FormErrors errors)
    {
        for (var i = 0; i < Episodes; i++)
        {
            EpisodeOn.ElementAtOrDefault(i)?.Check($"keyPracticeEpisodes[{i}].on", "The date of the episode", errors);
        }
    }

    /// <summary>The episodes given: a row left wholly blank is not sent.</summary>
    public object ToRequest() => new
    {
        agency = Agency,
        agencyType = AgencyType,
        involvement = Involvement,
        keyPracticeEpisodes = Enumerable.Range(0, Episodes)
            .Where(i => !(EpisodeOn.ElementAtOrDefault(i)?.IsEmpty ?? true) || !string.IsNullOrWhiteSpace(Episode.ElementAtOrDefault(i)))
            .Select(i => new { on = EpisodeOn[i].Value, episode = Episode.ElementAtOrDefault(i) })
            .ToList(),
        immediateSafetyActions = Choices.Lines(ImmediateSafetyActions),
        practitioner = new { name = PractitionerName, role = PractitionerRole, telephone = PractitionerTelephone, email = PractitionerEmail },
    };
}
