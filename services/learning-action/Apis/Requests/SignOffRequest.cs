namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>A sign-off; <c>subGroupMeetingOn</c> where the partnership signs actions off at its sub-group.</summary>
public sealed record SignOffRequest(DateOnly? SubGroupMeetingOn);
