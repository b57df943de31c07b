using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>A name or other detail to search the report for (e.g. a child's, a parent's or a street's name).</summary>
public sealed record AddIdentifierRequest([Required, MinLength(2), MaxLength(200), ChildIdentifying] string Value);
