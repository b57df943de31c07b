namespace Safeguarding.Publication.Api.Model;

/// <summary>A local authority area a partnership covers, by its official code: its children are the partnership's child population.</summary>
public sealed class PartnershipArea
{
    public required string Partnership { get; init; }

    public required string AreaCode { get; init; }
}
