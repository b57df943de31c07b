namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// The columns a case register may have. Headers match these names ignoring case, surrounding
/// spaces and repeated inner spaces; only <see cref="Reference"/> is required.
/// </summary>
public static class RegisterColumns
{
    public const string Reference = "Reference";
    public const string Summary = "Summary";
    public const string Location = "Location";
    public const string Gender = "Gender";
    public const string Age = "Age";
    public const string ReferredOn = "Referred on";
    public const string ReferringAgency = "Referring agency";
    public const string Decision = "Decision";
    public const string DecidedOn = "Decided on";
    public const string NotifiedOn = "Notified on";
    public const string Nature = "Nature";
    public const string AbuseOrNeglectSuspected = "Abuse or neglect suspected";
    public const string LookedAfter = "Looked after";
    public const string RapidReviewOn = "Rapid review on";
    public const string Outcome = "Outcome";
    public const string ReviewDecidedOn = "Review decided on";
    public const string AuthorAppointed = "Author appointed";
    public const string ReportToPartnership = "Report to partnership";
    public const string ReportToPanel = "Report to panel";
    public const string Published = "Published";
    public const string PublicationDelayReason = "Publication delay reason";
    public const string LearningThemes = "Learning themes";
    public const string Status = "Status";

    /// <summary>Every documented column, in the order the documentation lists them.</summary>
    public static IReadOnlyList<RegisterColumn> All { get; } =
    [
        new(Reference, IsRequired: true), new(Summary), new(Location), new(Gender), new(Age),
        new(ReferredOn, IsDate: true), new(ReferringAgency), new(Decision), new(DecidedOn, IsDate: true),
        new(NotifiedOn, IsDate: true), new(Nature), new(AbuseOrNeglectSuspected), new(LookedAfter),
        new(RapidReviewOn, IsDate: true), new(Outcome), new(ReviewDecidedOn, IsDate: true),
        new(AuthorAppointed, IsDate: true), new(ReportToPartnership, IsDate: true),
        new(ReportToPanel, IsDate: true), new(Published, IsDate: true), new(PublicationDelayReason),
        new(LearningThemes), new(Status),
    ];

    private static readonly Dictionary<string, RegisterColumn> ByName =
        All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The documented column a header names, or null when it names none.</summary>
    public static RegisterColumn? Find(string? header) =>
        ByName.GetValueOrDefault(string.Join(' ', (header ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
