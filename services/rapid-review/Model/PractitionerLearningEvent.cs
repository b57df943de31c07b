namespace Safeguarding.RapidReview.Api.Model;

public sealed class PractitionerLearningEvent
{
    public DateOnly HeldOn { get; set; }

    public List<AgencyAttendance> Attendance { get; set; } = [];
}
