using Microsoft.AspNetCore.Authorization;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// The access policies every endpoint declares one of. A policy names the roles whose work needs
/// the operation; the partnership a caller acts for is checked by the service on the data itself.
/// </summary>
public static class Policies
{
    public const string NotifySeriousIncident = "notify-serious-incident";
    public const string ReadNotifications = "read-notifications";
    public const string ReadRapidReviews = "read-rapid-reviews";
    public const string Operate = "operate";
    public const string ReadAuditTrail = "read-audit-trail";
    public const string ServiceToService = "service-to-service";
    public const string ReferCase = "refer-case";
    public const string ConsiderReferrals = "consider-referrals";
    public const string DecideOnReferrals = "decide-on-referrals";
    public const string ResolveEscalations = "resolve-escalations";
    public const string ContributeToRapidReview = "contribute-to-rapid-review";
    public const string RunRapidReview = "run-rapid-review";
    public const string AttendRapidReviewMeeting = "attend-rapid-review-meeting";
    public const string DecideOnReview = "decide-on-review";
    public const string RespondAsNationalPanel = "respond-as-national-panel";
    public const string ManageReview = "manage-review";
    public const string ReadActionPlan = "read-action-plan";
    public const string ManageActionPlan = "manage-action-plan";
    public const string WorkOnActions = "work-on-actions";
    public const string ApproveBriefing = "approve-briefing";
    public const string RecordImpactEvidence = "record-impact-evidence";
    public const string RunPublication = "run-publication";
    public const string ReadPublications = "read-publications";
    public const string DecideOnPublication = "decide-on-publication";
    public const string ReadCaseIdentifiers = "read-case-identifiers";
    public const string ReadFeed = "read-feed";
    public const string ReadPartnershipFigures = "read-partnership-figures";
    public const string ReadNationalBenchmarks = "read-national-benchmarks";
    public const string ImportHistory = "import-history";

    /// <summary>The one platform service that reads a case's identifying details from another: for the anonymisation check.</summary>
    public const string PublicationClientId = "publication";

    /// <summary>Roles that work across every partnership (national bodies).</summary>
    public static readonly IReadOnlySet<string> NationalRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.NationalPanel, Roles.Ofsted,
    };

    /// <summary>
    /// Roles that see every rapid review meeting of their partnership, with its papers; partners and
    /// relevant agencies see one only when their agency is invited to it.
    /// </summary>
    public static readonly IReadOnlySet<string> MeetingOrganiserRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.BusinessManager, Roles.IndependentChair,
    };

    /// <summary>
    /// Roles whose work needs to know which child a case is about (need-to-know). Everyone else
    /// who may read a case sees a pseudonym ("Child A") instead of names, dates of birth, places
    /// and free text about what happened. Ofsted inspects partnerships' arrangements, not children.
    /// </summary>
    public static readonly IReadOnlySet<string> ChildIdentityRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager, Roles.IndependentChair,
        Roles.Reviewer, Roles.NationalPanel,
    };

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(NotifySeriousIncident, p => p.RequireAuthenticatedUser().RequireRole(Roles.LocalAuthorityNotifier));
        options.AddPolicy(ReadNotifications, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager, Roles.IndependentChair,
            Roles.NationalPanel, Roles.Ofsted));
        options.AddPolicy(ReadRapidReviews, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager, Roles.IndependentChair,
            Roles.Reviewer, Roles.NationalPanel));
        options.AddPolicy(Operate, p => p.RequireAuthenticatedUser().RequireRole(Roles.Operator));
        options.AddPolicy(ReadAuditTrail, p => p.RequireAuthenticatedUser().RequireRole(Roles.IndependentChair, Roles.Operator));
        // Any agency in the partnership may refer a case; the partnership's core roles consider it;
        // partners record decisions; only the independent chair resolves disagreements.
        options.AddPolicy(ReferCase, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager));
        options.AddPolicy(ConsiderReferrals, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager, Roles.IndependentChair));
        options.AddPolicy(DecideOnReferrals, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager));
        options.AddPolicy(ResolveEscalations, p => p.RequireAuthenticatedUser().RequireRole(Roles.IndependentChair));
        // Agencies contribute to a rapid review; the business manager runs it; the independent
        // chair decides; the national panel responds.
        options.AddPolicy(ContributeToRapidReview, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager));
        options.AddPolicy(RunRapidReview, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager));
        options.AddPolicy(AttendRapidReviewMeeting, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager, Roles.IndependentChair));
        options.AddPolicy(DecideOnReview, p => p.RequireAuthenticatedUser().RequireRole(Roles.IndependentChair));
        options.AddPolicy(RespondAsNationalPanel, p => p.RequireAuthenticatedUser().RequireRole(Roles.NationalPanel));
        // The review that follows: the business manager and the independent reviewer keep it up to date.
        options.AddPolicy(ManageReview, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager, Roles.Reviewer));
        // The composite action plan: the business manager raises and signs off actions, lead agencies
        // work on their own, the chair oversees. National bodies see nothing of it.
        options.AddPolicy(ReadActionPlan, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager, Roles.IndependentChair));
        options.AddPolicy(ManageActionPlan, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager));
        options.AddPolicy(WorkOnActions, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager));
        options.AddPolicy(ApproveBriefing, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager, Roles.IndependentChair));
        // Evidence that learning changed practice comes from the agencies and from the
        // quality-assurance sub-group, whose work the business manager and the chair do here.
        options.AddPolicy(RecordImpactEvidence, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager, Roles.IndependentChair));
        // Publication: the business manager uploads, checks and schedules the final report; the
        // chair reads it. National bodies receive it through the outbound feeds, not here.
        options.AddPolicy(RunPublication, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager));
        options.AddPolicy(ReadPublications, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager, Roles.IndependentChair));
        // The yearly report and the scrutiny figures: counts of the partnership's work, for those who answer for it.
        options.AddPolicy(ReadPartnershipFigures, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager, Roles.IndependentChair));
        // Bringing a partnership's history in from its own register: those who answer for its figures.
        options.AddPolicy(ImportHistory, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessManager, Roles.IndependentChair));
        // Every partnership's figures side by side: the national bodies that compare partnerships.
        options.AddPolicy(ReadNationalBenchmarks, p => p.RequireAuthenticatedUser().RequireRole(Roles.NationalPanel, Roles.Dfe, Roles.Ofsted));
        // Delaying publication for sensitivity, and not publishing at all, are the chair's decisions.
        options.AddPolicy(DecideOnPublication, p => p.RequireAuthenticatedUser().RequireRole(Roles.IndependentChair));
        // The national bodies read their own outbound feed (each only its own: checked by the publication service).
        options.AddPolicy(ReadFeed, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.NationalPanel, Roles.Dfe, Roles.Ofsted, Roles.CaseReviewRepository));
        options.AddPolicy(ServiceToService, p => p.RequireAuthenticatedUser().RequireRole(Roles.PlatformService));
        options.AddPolicy(ReadCaseIdentifiers, p => p.RequireAuthenticatedUser().RequireRole(Roles.PlatformService).RequireClaim("sub", PublicationClientId));
        // Anything that forgets to declare a policy is closed, not open.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
