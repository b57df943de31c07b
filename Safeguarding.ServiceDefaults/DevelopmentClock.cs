using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// In Development only, the services' clock can be set, so that training runs and end-to-end tests
/// can exercise deadlines across a chosen bank holiday and see a date arrive:
/// <list type="bullet">
/// <item><c>Clock:Now</c> (an ISO 8601 instant) starts this service's clock at that moment;</item>
/// <item><c>Clock:File</c> names a file that holds the shift from the system clock (<c>d.hh:mm:ss</c>),
/// read again when it changes, so that every service given the same file moves forward (or back)
/// together when it is rewritten. When both are given, <c>Clock:Now</c> holds only until the file is
/// first read; from then on the file's shift is the clock.</item>
/// </list>
/// Stored instants (a retry's next attempt, a lease) are taken from this clock, so the jobs that
/// look for due work also take as due anything scheduled further ahead than its longest delay: a
/// clock moved back (or stepped back by time synchronisation) never strands it.
/// Any other environment always uses the system clock.
/// </summary>
public static class DevelopmentClock
{
    public static TBuilder AddDevelopmentClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        TimeProvider? clock = null;
        if (builder.Environment.IsDevelopment())
        {
            var shift = DateTimeOffset.TryParse(builder.Configuration["Clock:Now"], out var start) ? start - TimeProvider.System.GetUtcNow() : TimeSpan.Zero;
            if (builder.Configuration["Clock:File"] is { Length: > 0 } file)
            {
                clock = new SharedShiftTimeProvider(file, shift);
            }
            else if (shift != TimeSpan.Zero)
            {
                clock = new SharedShiftTimeProvider(null, shift);
            }
        }

        if (clock is not null)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(clock);
        }
        else
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
        }

        return builder;
    }
}
