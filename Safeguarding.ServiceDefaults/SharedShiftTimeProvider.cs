using System.Globalization;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The system clock shifted: by a fixed amount, or by the amount a file holds, which is read again
/// at most every 200 ms when the file has changed. A file that is missing or cannot be read leaves
/// the last shift in place.
/// </summary>
internal sealed class SharedShiftTimeProvider(string? file, TimeSpan shift) : TimeProvider
{
    private const long RecheckMilliseconds = 200;
    private readonly Lock _reading = new();
    private long _shiftTicks = shift.Ticks;
    private long _nextCheck;
    private DateTime _fileWritten;

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
                var written = File.GetLastWriteTimeUtc(file!);
                if (written == _fileWritten)
                {
                    return;
                }

                if (TimeSpan.TryParseExact(File.ReadAllText(file!).Trim(), "c", CultureInfo.InvariantCulture, out var read))
                {
                    Interlocked.Exchange(ref _shiftTicks, read.Ticks);
                    _fileWritten = written;
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
