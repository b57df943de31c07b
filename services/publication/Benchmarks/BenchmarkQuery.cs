using System.ComponentModel.DataAnnotations;
using Safeguarding.Publication.Api.Reporting;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// The financial years of a partnership's benchmarks, each named by its first calendar year (2023
/// is 1 April 2023 to 31 March 2024): by default the year today is in and the four before it; at
/// most ten. Rates are per 10,000 children unless <see cref="Per"/> asks for 1,000.
/// </summary>
public sealed record BenchmarkQuery : IValidatableObject
{
    public const int MaxYears = 10;

    /// <summary>The first financial year the services count (1990-91).</summary>
    public const int FirstYear = 1990;

    public int? From { get; init; }

    public int? To { get; init; }

    public int? Per { get; init; }

    public (int First, int Last) Years(DateOnly today)
    {
        var last = To ?? (From is { } from ? Math.Max(from, FinancialYear.StartOf(today).Year) : FinancialYear.StartOf(today).Year);
        return (From ?? last - 4, last);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var (first, last) = Years(((TimeProvider?)validationContext.GetService(typeof(TimeProvider)) ?? TimeProvider.System).Today());
        if (BenchmarkPer.Problem(Per) is { } per)
            yield return per;
        if (first is < 1990 or > 2100)
            yield return new ValidationResult("from must be a year from 1990 to 2100.", [nameof(From)]);
        else if (last < first || last - first >= MaxYears)
            yield return new ValidationResult($"to must be from's year or up to {MaxYears - 1} years after it.", [To is null ? nameof(From) : nameof(To)]);
    }
}
