namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>
/// Empty to send the report through the feeds now. <c>sentOn</c> only for a report already sent
/// outside the platform (before the partnership moved onto it); its receipts are then recorded.
/// </summary>
public sealed record NationalSubmissionRequest(DateOnly? SentOn);
