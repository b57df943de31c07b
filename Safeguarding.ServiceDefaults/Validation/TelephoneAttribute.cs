using System.ComponentModel.DataAnnotations;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>A telephone number as people write them: digits with spaces, brackets, dashes or a leading +, at least seven digits.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class TelephoneAttribute() : ValidationAttribute("{0} must be a telephone number.")
{
    public override bool IsValid(object? value) =>
        value is null || (value is string text && text.Count(char.IsAsciiDigit) >= 7 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '-' or '+'));
}
