using System.ComponentModel.DataAnnotations;
using Safeguarding.Publication.Api.Reporting;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>The financial year of the national benchmarks (by its first calendar year; by default the last one ended) and what rates are per.</summary>
public sealed record NationalBenchmarkQuery : IValidatableObject
{
    public int? Year { get; init; }

    public int? Per { get; init; }

    public int TheYear(DateOnly today) => Year ?? FinancialYear.StartOf(today).Year - 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BenchmarkPer.Problem(Per) is { } per)
            yield return per;
        if (Year is < 1990 or > 2100)
            yield return new ValidationResult("year must be a year from 1990 to 2100.", [nameof(Year)]);
    }
}
