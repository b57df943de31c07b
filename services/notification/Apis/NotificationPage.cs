namespace Safeguarding.Notification.Api.Apis;

public sealed record NotificationPage(int Page, int PageSize, int Total, IReadOnlyList<NotificationResponse> Items);
