namespace Safeguarding.Web.Screens;

/// <summary>
/// The national serious incident notification form, for one child described in detail, as typed.
/// The platform checks it (<see cref="ToRequest"/> sends it as the API's request); the form itself
/// checks only that each date is a real one.
/// </summary>
public sealed class NotifyForm : INewCaseForm
{
    public static readonly IReadOnlyList<(string, string)> Natures = [("child-death", "A child died"), ("serious-harm", "A child was seriously harmed"), ("other", "Other")];
    public static readonly IReadOnlyList<(string, string)> Locations =
        [("in-area", "In the local authority's area"), ("resident-harmed-outside-england", "Normally resident here, harmed outside England")];
    public static readonly IReadOnlyList<(string, string)> Sexes = [("female", "Female"), ("male", "Male"), ("not-known", "Not known")];
    public static readonly IReadOnlyList<(string, string)> Placements =
    [
        ("foster-care", "Foster care"), ("kinship-care", "Kinship care"), ("childrens-home", "Children's home"),
        ("secure-childrens-home", "Secure children's home"), ("placed-with-parents", "Placed with parents"),
        ("supported-accommodation", "Supported accommodation"), ("residential-school", "Residential school"),
        ("adoption-placement", "Adoption placement"), ("other", "Other"),
    ];
    public static readonly IReadOnlyList<(string, string)> YesNoNotKnown = [("yes", "Yes"), ("no", "No"), ("not-known", "Not known")];

    public string? LocalAuthority { get; set; }
    public string? NotifierName { get; set; }
    public string? NotifierRole { get; set; }
    public string? Telephone { get; set; }
    public string? Email { get; set; }
    public DateParts BecameAwareOn { get; set; } = new();
    public DateParts IncidentOn { get; set; } = new();
    public string? IncidentTime { get; set; }
    public string? IncidentPlace { get; set; }
    public string? Nature { get; set; }
    public string? AbuseOrNeglect { get; set; }
    public string? DiedOrSeriouslyHarmed { get; set; }
    public string? Location { get; set; }
    public string? ChildName { get; set; }
    public DateParts DateOfBirth { get; set; } = new();
    public string? Sex { get; set; }
    public string? Ethnicity { get; set; }
    public string? Disability { get; set; }
    public string? LookedAfter { get; set; }
    public string? PlacementType { get; set; }
    public string? AgeYears { get; set; }
    public string? LookedAfterChildDeath { get; set; }
    public string? ChildProtectionPlan { get; set; }
    public string? ChildInNeedPlan { get; set; }
    public string? KnownToAgencies { get; set; }
    public string? NumberOfChildren { get; set; } = "1";
    public string? FurtherChildren { get; set; }
    public string? CaseOutline { get; set; }
    public string? LateReason { get; set; }

    /// <summary>Each question the form asks, by the platform's field, and what to say when it is not answered.</summary>
    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["notifier.localAuthority"] = "Enter the local authority",
        ["notifier.name"] = "Enter your name",
        ["notifier.role"] = "Enter your role",
        ["notifier.telephone"] = "Enter a telephone number",
        ["notifier.email"] = "Enter an email address",
        ["becameAwareOn"] = "Enter the date the local authority became aware",
        ["incidentOn"] = "Enter the date of the incident",
        ["incidentTime"] = "Enter the time of the incident, like 14:30",
        ["incidentPlace"] = "Enter where it happened",
        ["nature"] = "Select what happened",
        ["criteria.abuseOrNeglectKnownOrSuspected"] = "Select yes if abuse or neglect is known or suspected",
        ["criteria.diedOrSeriouslyHarmed"] = "Select yes if the child died or was seriously harmed",
        ["criteria"] = "Select where the child was",
        ["criteria.lookedAfterChildDeath"] = "Select yes if this is the death of a looked-after child",
        ["children[0].name"] = "Enter the child's full name",
        ["children[0].dateOfBirth"] = "Enter the child's date of birth",
        ["children[0].ageYears"] = "Enter the child's age in years",
        ["children[0].sex"] = "Select the child's sex",
        ["children[0].ethnicity"] = "Select the child's ethnicity",
        ["children[0].disability"] = "Select whether the child has a disability",
        ["children[0].lookedAfter"] = "Select yes if the child is looked after",
        ["children[0].placementType"] = "Select where the looked-after child was placed",
        ["children[0].childProtectionPlan"] = "Select yes if the child is on a child protection plan",
        ["children[0].childInNeedPlan"] = "Select yes if the child is on a child in need plan",
        ["children[0].knownToAgencies"] = "List the agencies that knew the child, or leave it empty",
        ["numberOfChildren"] = "Enter how many children were involved",
        ["furtherChildren"] = "Describe the other children involved",
        ["caseOutline"] = "Enter an outline of the case",
        ["lateReason"] = "Enter why the notification is late",
    };

    /// <summary>Sent with the notification, so pressing the button twice notifies once.</summary>
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public void Start(string? agency, string? name) => (LocalAuthority, NotifierName) = (agency, name);

    public void Check(FormErrors errors)
    {
        BecameAwareOn.Check("becameAwareOn", "The day the authority became aware", errors);
        IncidentOn.Check("incidentOn", "The day of the incident", errors);
        DateOfBirth.Check("children[0].dateOfBirth", "The child's date of birth", errors);
    }

    public object ToRequest() => new
    {
        notifier = new { localAuthority = LocalAuthority, name = NotifierName, role = NotifierRole, telephone = Telephone, email = Email },
        becameAwareOn = BecameAwareOn.Value,
        incidentOn = IncidentOn.Value,
        incidentTime = Choices.Blank(IncidentTime),
        incidentPlace = IncidentPlace,
        nature = Nature,
        criteria = new
        {
            abuseOrNeglectKnownOrSuspected = Choices.YesNo(AbuseOrNeglect), diedOrSeriouslyHarmed = Choices.YesNo(DiedOrSeriouslyHarmed), location = Choices.Blank(Location),
            lookedAfterChildDeath = Choices.YesNo(LookedAfterChildDeath),
        },
        children = new[]
        {
            new
            {
                name = ChildName, dateOfBirth = DateOfBirth.Value, ageYears = int.TryParse(AgeYears, out var age) ? age : (int?)null, sex = Sex, ethnicity = Choices.Blank(Ethnicity), disability = Disability,
                lookedAfter = Choices.YesNo(LookedAfter), placementType = Choices.Blank(PlacementType), childProtectionPlan = Choices.YesNo(ChildProtectionPlan), childInNeedPlan = Choices.YesNo(ChildInNeedPlan),
                knownToAgencies = Choices.Lines(KnownToAgencies),
            },
        },
        numberOfChildren = int.TryParse(NumberOfChildren, out var count) ? count : (int?)null,
        furtherChildren = Choices.Blank(FurtherChildren),
        caseOutline = CaseOutline,
        lateReason = Choices.Blank(LateReason),
    };

}
