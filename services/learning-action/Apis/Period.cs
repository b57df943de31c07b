using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>A period given as <c>from</c> and <c>to</c> (yyyy-MM-dd, either open): it does not end before it starts.</summary>
public static class Period
{
    public static IEnumerable<ValidationResult> Validate(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && to < from)
        {
            yield return new ValidationResult("to cannot be before from.", ["To"]);
        }
    }
}
