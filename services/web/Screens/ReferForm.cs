namespace Safeguarding.Web.Screens;

/// <summary>A case an agency refers for the partnership to consider for notification, for one child.</summary>
public sealed class ReferForm : INewCaseForm
{
    public string? ReferringAgency { get; set; }
    public string? ContactName { get; set; }
    public string? ContactRole { get; set; }
    public string? ContactTelephone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ChildName { get; set; }
    public DateParts DateOfBirth { get; set; } = new();
    public DateParts HappenedOn { get; set; } = new();
    public string? WhatHappened { get; set; }
    public string? ReasonsForReferral { get; set; }

    /// <summary>Sent with the referral, so pressing the button twice refers once.</summary>
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["referringAgency"] = "Enter the referring agency",
        ["contact.name"] = "Enter your name",
        ["contact.role"] = "Enter your role",
        ["contact.telephone"] = "Enter a telephone number",
        ["contact.email"] = "Enter an email address",
        ["children[0].name"] = "Enter the child's full name",
        ["children[0].dateOfBirth"] = "Enter the child's date of birth",
        ["happenedOn"] = "Enter the date it happened",
        ["whatHappened"] = "Enter what happened",
        ["reasonsForReferral"] = "Enter why you are referring the case",
    };

    public void Start(string? agency, string? name) => (ReferringAgency, ContactName) = (agency, name);

    public void Check(FormErrors errors)
    {
        DateOfBirth.Check("children[0].dateOfBirth", "The child's date of birth", errors);
        HappenedOn.Check("happenedOn", "The date it happened", errors);
    }

    public object ToRequest() => new
    {
        referringAgency = ReferringAgency,
        contact = new { name = ContactName, role = ContactRole, telephone = ContactTelephone, email = ContactEmail },
        children = new[] { new { name = ChildName, dateOfBirth = DateOfBirth.Value } },
        whatHappened = WhatHappened,
        happenedOn = HappenedOn.Value,
        reasonsForReferral = ReasonsForReferral,
    };
}
