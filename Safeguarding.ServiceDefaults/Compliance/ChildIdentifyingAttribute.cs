using Microsoft.Extensions.Compliance.Classification;

namespace Safeguarding.ServiceDefaults.Compliance;

/// <summary>Marks a property, field or parameter as identifying a child (<see cref="SafeguardingTaxonomy.ChildIdentifying"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class ChildIdentifyingAttribute() : DataClassificationAttribute(SafeguardingTaxonomy.ChildIdentifying);
