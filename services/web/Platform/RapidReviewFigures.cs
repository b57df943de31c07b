namespace Safeguarding.Web.Platform;

public sealed record RapidReviewFigures(int Opened, int Submitted, int SubmittedWithin15WorkingDays, decimal? ShareWithin15WorkingDays);
