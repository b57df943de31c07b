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

    public (DateOnly From, DateOnly To) Period(DateOnly today) =>
        (From ?? FinancialYear.StartOf(To ?? today), To ?? (From ?? FinancialYear.StartOf(today)).AddYears(1).AddDays(-1));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? error = To < From ? "to cannot be before from." : To > From?.AddYears(10) ? "A report covers ten years at most." : null;
        return error is null ? [] : [new ValidationResult(error, [nameof(To)])];
    }
}
