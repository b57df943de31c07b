namespace Safeguarding.Contracts.IntegrationEvents;

public sealed record AcceptedRecommendation(string Id, string Text);
