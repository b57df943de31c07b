using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>The local authority areas a partnership covers, by their official codes (such as E06000047): one to twenty, each once.</summary>
public sealed partial record PartnershipAreasRequest : IValidatableObject
{
    public IReadOnlyList<string> AreaCodes { get; init; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var codes = AreaCodes ?? [];
        if (codes.Count is < 1 or > 20)
            yield return new ValidationResult("Give from one to twenty area codes.", [nameof(AreaCodes)]);
        foreach (var (i, _) in codes.Index().Where(c => !AreaCode().IsMatch(c.Item ?? "")))
            yield return new ValidationResult("Each area code is an official nine-character code of an English local authority, such as E06000047.", [$"{nameof(AreaCodes)}[{i}]"]);
        if (codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != codes.Count)
            yield return new ValidationResult("Each area is given once.", [nameof(AreaCodes)]);
    }

    [GeneratedRegex("^E(06|07|08|09|10)[0-9]{6}$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaCode();
}
