using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The period of a yearly report: by default the financial year (1 April to 31 March) that today
/// falls in; any range of up to ten years otherwise, given by its first and last days.
/// </summary>
public sealed record YearlyReportQuery : IValidatableObject
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public (DateOnly From, DateOnly To) Period(DateOnly today)
    {
        var from = From ?? FinancialYearStart(To ?? today);
        return (from, To ?? from.AddYears(1).AddDays(-1));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to < from)
        {
            yield return new ValidationResult("to cannot be before from.", [nameof(To)]);
        }
        else if (From is { } first && To is { } last && last > first.AddYears(10))
        {
            yield return new ValidationResult("A report covers ten years at most.", [nameof(To)]);
        }
    }

    private static DateOnly FinancialYearStart(DateOnly day) => new(day.Month >= 4 ? day.Year : day.Year - 1, 4, 1);
}
