namespace Safeguarding.Notification.Api.Apis;

public sealed record ReferralPage(int Page, int PageSize, int Total, IReadOnlyList<ReferralResponse> Items);
