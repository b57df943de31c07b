namespace Safeguarding.Statutory;

/// <summary>
/// England and Wales working days: Monday to Friday, excluding bank holidays (substitute days
/// included). "Within N working days of X" counts from the next working day after X.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingDayCalendar(IEnumerable<BankHoliday> bankHolidays, DateOnly coveredFrom, DateOnly coveredTo)
    {
        if (coveredTo < coveredFrom)
        {
            throw new ArgumentException("The covered range ends before it starts.", nameof(coveredTo));
        }

        BankHolidays = bankHolidays.OrderBy(h => h.Date).ToList();
        _holidays = BankHolidays.Select(h => h.Date).ToHashSet();
        CoveredFrom = coveredFrom;
        CoveredTo = coveredTo;
    }

    public static WorkingDayCalendar EnglandAndWales { get; } = BankHolidayData.LoadEmbedded();

    public IReadOnlyList<BankHoliday> BankHolidays { get; }

    public DateOnly CoveredFrom { get; }

    public DateOnly CoveredTo { get; }

    public bool Covers(DateOnly date) => date >= CoveredFrom && date <= CoveredTo;

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);
    }

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="from"/> (0 gives <paramref name="from"/>).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        EnsureCovered(from);
        var date = from;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        EnsureCovered(from);
        EnsureCovered(to);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private void EnsureCovered(DateOnly date)
    {
        if (!Covers(date))
        {
            throw new DateOutsideCalendarException(CoveredFrom, CoveredTo);
        }
    }
}
