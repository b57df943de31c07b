namespace Safeguarding.RapidReview.Api.Model;

public sealed class Reviewer
{
    public required string Name { get; set; }

    public DateOnly AppointedOn { get; set; }
}
