using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>A list of text items, each non-blank and at most <paramref name="maxLength"/> characters.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class TextItemsAttribute(int maxLength) : ValidationAttribute($"{{0}} must be a list of non-blank texts of at most {maxLength} characters each.")
{
    public override bool IsValid(object? value) =>
        value is null || (value is IEnumerable items && items.Cast<object?>().All(i => i is string { Length: > 0 } text && text.Length <= maxLength && !string.IsNullOrWhiteSpace(text)));
}
