namespace Safeguarding.Publication.Api.Reporting;

/// <summary>The year partnerships report on: 1 April to 31 March.</summary>
public static class FinancialYear
{
    public static DateOnly StartOf(DateOnly day) => new(day.Month >= 4 ? day.Year : day.Year - 1, 4, 1);
}
