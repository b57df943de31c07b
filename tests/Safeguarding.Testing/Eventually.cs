namespace Safeguarding.Testing;

/// <summary>Waits for a condition that another process makes true, failing with a message after a bound.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
    {
        for (var deadline = DateTime.UtcNow + timeout; ; await Task.Delay(100))
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}.");
            }
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        await GetAsync<object>(async () => await probe() ? true : null, timeout, what);
}
