using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>A rapid review to work on: a fresh notification's, once the rapid-review service has opened it.</summary>
internal static class RapidReviews
{
    public static async Task<string> OpenAsync(SystemFixture system)
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        var review = await Eventually.GetAsync(async () =>
            (await Notifications.RapidReviewsForAsync(system.Gateway, id)) is { Length: > 0 } found ? (JsonElement?)found[0] : null,
            TimeSpan.FromSeconds(30), "the rapid review");
        return review!.Value.GetProperty("id").GetString()!;
    }
}
