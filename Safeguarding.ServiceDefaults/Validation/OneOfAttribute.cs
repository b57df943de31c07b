using System.ComponentModel.DataAnnotations;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>One of a fixed vocabulary, with a message that lists it; an absent value is left to <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class OneOfAttribute : AllowedValuesAttribute
{
    public OneOfAttribute(params string[] values) : base(values) =>
        ErrorMessage = "{0} must be one of: " + string.Join(", ", values) + ".";

    public override bool IsValid(object? value) => value is null || base.IsValid(value);
}
