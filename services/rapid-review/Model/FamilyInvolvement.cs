using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

public sealed class FamilyInvolvement
{
    /// <summary>invited, took-part or declined.</summary>
    public required string Status { get; set; }

    /// <summary>How the child's voice was heard in the review.</summary>
    [ChildIdentifying]
    public required string ChildsVoice { get; set; }
}
