namespace Safeguarding.ServiceDefaults.Security;

/// <summary>The roles people and agency systems hold in a safeguarding partnership's case reviews.</summary>
public static class Roles
{
    public const string LocalAuthorityNotifier = "local-authority-notifier";
    public const string PartnerRepresentative = "partner-representative";
    public const string RelevantAgency = "relevant-agency";
    public const string BusinessManager = "business-manager";
    public const string IndependentChair = "independent-chair";
    public const string Reviewer = "reviewer";
    public const string NationalPanel = "national-panel";
    public const string Ofsted = "ofsted";

    /// <summary>The Department for Education, for the Secretary of State: receives notifications and final reports.</summary>
    public const string Dfe = "dfe";

    /// <summary>The national case review repository, which catalogues published reviews.</summary>
    public const string CaseReviewRepository = "case-review-repository";
    public const string Operator = "operator";

    /// <summary>
    /// The platform's own services calling one another. Never held by a person or an agency
    /// system, so it is not among <see cref="All"/>.
    /// </summary>
    public const string PlatformService = "platform-service";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        LocalAuthorityNotifier, PartnerRepresentative, RelevantAgency, BusinessManager, IndependentChair,
        Reviewer, NationalPanel, Ofsted, Dfe, CaseReviewRepository, Operator,
    };
}
