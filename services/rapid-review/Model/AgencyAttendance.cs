namespace Safeguarding.RapidReview.Api.Model;

public sealed class AgencyAttendance
{
    public required string Agency { get; set; }

    public int Practitioners { get; set; }
}
