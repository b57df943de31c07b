namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The practitioner the review can reach: missing contacts were a named barrier to sharing information.</summary>
public sealed class Practitioner
{
    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Telephone { get; set; }

    public required string Email { get; set; }
}
