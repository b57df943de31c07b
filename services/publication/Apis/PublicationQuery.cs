using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>Which publications (by review, by status), and the page.</summary>
public sealed record PublicationQuery : PageRequest
{
    public Guid? ReviewId { get; init; }

    [OneOf(PublicationStatus.AwaitingReport, PublicationStatus.Checking, PublicationStatus.Scheduled)]
    public string? Status { get; init; }
}
