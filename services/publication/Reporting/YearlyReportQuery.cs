using System.ComponentModel.DataAnnotations;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The period of a yearly report: by default the financial year (1 April to 31 March) that today
/// falls in; "since a date" up to today when only its first day is given; any range of up to ten
/// years otherwise, given by its first and last days.
/// </summary>
public sealed record YearlyReportQuery : IValidatableObject
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public (DateOnly From, DateOnly To) Period(DateOnly today) =>
        (From ?? FinancialYear.StartOf(To ?? today), To ?? (From is { } from ? (from <= today ? today : from.AddYears(1).AddDays(-1)) : FinancialYear.StartOf(today).AddYears(1).AddDays(-1)));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From?.Year is < 1990 or > 9000 || To?.Year is < 1990 or > 9000)
            return [new ValidationResult("A report covers days from 1990 to 9000.", [From?.Year is < 1990 or > 9000 ? nameof(From) : nameof(To)])];
        var today = ((TimeProvider?)validationContext.GetService(typeof(TimeProvider)) ?? TimeProvider.System).Today();
        var (from, to) = Period(today);
        string? error = to < from ? "to cannot be before from." : to > from.AddYears(10) ? "A report covers ten years at most." : null;
        return error is null ? [] : [new ValidationResult(error, [To is null ? nameof(From) : nameof(To)])];
    }
}
