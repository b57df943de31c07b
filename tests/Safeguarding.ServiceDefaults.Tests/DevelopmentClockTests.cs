using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed class DevelopmentClockTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"clock-{Guid.NewGuid():N}");

    [Fact]
    public void Outside_development_the_clock_is_the_system_clock_whatever_is_configured()
    {
        File.WriteAllText(_file, "10.00:00:00");
        Assert.Same(TimeProvider.System, Clock(Environments.Production, ("Clock:Now", "2030-01-01T00:00:00Z"), ("Clock:File", _file)));
    }

    [Fact]
    public void Clock_now_starts_the_clock_at_that_moment()
    {
        var clock = Clock(Environments.Development, ("Clock:Now", "2026-12-23T10:00:00Z"));
        Assert.InRange(clock.GetUtcNow(), new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 23, 10, 1, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Every_clock_given_the_same_file_moves_when_the_file_is_rewritten()
    {
        File.WriteAllText(_file, "14.00:00:00");
        var first = Clock(Environments.Development, ("Clock:File", _file));
        var second = Clock(Environments.Development, ("Clock:File", _file));
        Assert.InRange(first.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        File.WriteAllText(_file, "-1.00:00:00");
        await Eventually(() => first.GetUtcNow() < DateTimeOffset.UtcNow && second.GetUtcNow() < DateTimeOffset.UtcNow);
        Assert.InRange(second.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromDays(-1) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(-1) + TimeSpan.FromMinutes(1));

        // A file that cannot be read leaves the last shift in place.
        File.WriteAllText(_file, "next week");
        await Task.Delay(300);
        Assert.True(first.GetUtcNow() < DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_rewrite_that_keeps_the_file_time_stamp_is_still_seen()
    {
        File.WriteAllText(_file, "2.00:00:00");
        var stamp = File.GetLastWriteTimeUtc(_file);
        var clock = Clock(Environments.Development, ("Clock:File", _file));
        Assert.True(clock.GetUtcNow() > DateTimeOffset.UtcNow.AddDays(1));

        // Rewritten within the file system's time resolution: the time stamp alone says nothing changed.
        File.WriteAllText(_file, "-2.00:00:00");
        File.SetLastWriteTimeUtc(_file, stamp);
        await Eventually(() => clock.GetUtcNow() < DateTimeOffset.UtcNow.AddDays(-1));
    }

    public void Dispose() => File.Delete(_file);

    private static TimeProvider Clock(string environment, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddDevelopmentClock();
        return builder.Build().Services.GetRequiredService<TimeProvider>();
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
