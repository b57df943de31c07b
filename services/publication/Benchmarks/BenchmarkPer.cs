using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>How many children a rate is per: 10,000 (the default) or 1,000.</summary>
public static class BenchmarkPer
{
    public static int Of(int? per) => per ?? 10_000;

    public static ValidationResult? Problem(int? per) =>
        per is null or 1_000 or 10_000 ? null : new ValidationResult("per must be 10000 or 1000.", ["Per"]);
}
