using System.ComponentModel.DataAnnotations;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>
/// The chair's decision not to publish: the reasons (sent to the national panel), and the name and
/// the information about improvements to be made that the register shows instead.
/// </summary>
public sealed record NotToPublishRequest(
    [Required, MaxLength(10_000)] string Reasons,
    [Required, MaxLength(100)] string Name,
    [Required, MaxLength(10_000)] string Improvements)
{
    public RegisterEntry ToEntry() => new() { Name = Name.Trim(), Incident = Improvements.Trim() };
}
