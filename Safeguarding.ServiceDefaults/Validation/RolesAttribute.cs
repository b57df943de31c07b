using System.Collections;
using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>At least one role, each one of the platform's roles.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class RolesAttribute() : ValidationAttribute("{0} must name at least one of: " + string.Join(", ", Roles.All) + ".")
{
    public override bool IsValid(object? value) =>
        value is null || (value is IEnumerable roles && roles.Cast<object?>().ToList() is { Count: > 0 } list && list.All(r => r is string role && Roles.All.Contains(role)));
}
