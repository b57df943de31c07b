namespace Safeguarding.Statutory;

/// <summary>A date the bank-holiday data does not cover, so no working day can be counted across it.</summary>
public sealed class DateOutsideCalendarException(DateOnly coveredFrom, DateOnly coveredTo)
    : ArgumentOutOfRangeException(null, $"The working-day calendar covers {coveredFrom:yyyy-MM-dd} to {coveredTo:yyyy-MM-dd} only.")
{
    public DateOnly CoveredFrom { get; } = coveredFrom;

    public DateOnly CoveredTo { get; } = coveredTo;
}
