using System.Globalization;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The system clock shifted: by a fixed amount, or by the amount a file holds, which is read again
/// at most every 200 ms (its text is compared, not its time stamp, so two writes within the file
/// system's time resolution are both seen). A file that is missing, cannot be read or does not hold
/// a shift leaves the last shift in place. Timers and elapsed time are the system's, unshifted.
/// </summary>
internal sealed class SharedShiftTimeProvider(string? file, TimeSpan shift) : TimeProvider
{
    private const long RecheckMilliseconds = 200;
    private readonly Lock _reading = new();
    private long _shiftTicks = shift.Ticks;
    private long _nextCheck;
    private string? _read;

    public override DateTimeOffset GetUtcNow()
    {
        if (file is not null && Environment.TickCount64 >= Volatile.Read(ref _nextCheck))
        {
            Refresh();
        }

        return System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));
    }

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    private void Refresh()
    {
        lock (_reading)
        {
            if (Environment.TickCount64 < _nextCheck)
            {
                return;
            }

            _nextCheck = Environment.TickCount64 + RecheckMilliseconds;
            try
            {
                var text = File.ReadAllText(file!).Trim();
                if (text != _read && TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var read))
                {
                    Interlocked.Exchange(ref _shiftTicks, read.Ticks);
                    _read = text;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
