namespace Safeguarding.Gateway;

/// <summary>The services behind the gateway, the path each owns, and where its OpenAPI document is published.</summary>
public static class GatewayServices
{
    public static readonly IReadOnlyList<(string Service, string[] PathPrefixes, string Title)> All =
    [
        ("notification", ["/api/notifications", "/api/referrals"], "Serious incident notifications and referrals"),
        ("rapid-review", ["/api/rapid-reviews", "/api/reviews", "/api/contribution-requests"], "Rapid reviews, their contribution requests, and the reviews that follow"),
        ("learning-action", ["/api/learning-actions"], "Learning and actions"),
        ("publication", ["/api/publications", "/api/feeds", "/feeds", "/api/yearly-report", "/api/benchmarks", "/api/history-imports"], "Publication, the national bodies' feeds, the yearly report, the benchmarks and history imports"),
        ("identity", ["/api/clients", "/api/users"], "Agency clients and people"),
    ];

    public static string OpenApiPath(string service) => $"/openapi/{service}.json";
}
