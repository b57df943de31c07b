using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// In Development only, <c>Clock:Now</c> (an ISO 8601 instant) starts the service's clock at that
/// moment, so that training runs and end-to-end tests can exercise deadlines across a chosen bank
/// holiday. Any other environment always uses the system clock.
/// </summary>
public static class DevelopmentClock
{
    public static TBuilder AddDevelopmentClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (builder.Environment.IsDevelopment()
            && DateTimeOffset.TryParse(builder.Configuration["Clock:Now"], out var start))
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(start - TimeProvider.System.GetUtcNow()));
        }
        else
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
        }

        return builder;
    }

    private sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
