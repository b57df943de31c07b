namespace Safeguarding.Publication.Api.Model;

/// <summary>A publication that was delayed or published late, with the reason of each delay.</summary>
public sealed record DelayedPublication(Guid PublicationId, Guid ReviewId, string ReviewType, DateOnly? DueBy, DateOnly? PublishOn,
    DateOnly? PublishedOn, bool? PublishedWithinSixMonths, IReadOnlyList<string> Reasons);
