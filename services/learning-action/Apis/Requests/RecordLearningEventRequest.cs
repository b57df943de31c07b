using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>
/// An occasion that was held: <c>kind</c> practitioner-learning-event, debrief (both name the review
/// in <c>reviewIds</c>), wider-event or training-course (a course's sessions share its <c>title</c>);
/// who delivered it; the reviews and learning themes it carried; the attendance by agency and role and
/// the feedback, if known yet (both may be recorded later).
/// </summary>
public sealed record RecordLearningEventRequest(
    [Required, OneOf(LearningEventKinds.PractitionerLearningEvent, LearningEventKinds.Debrief, LearningEventKinds.WiderEvent, LearningEventKinds.TrainingCourse)] string Kind,
    [Required, MaxLength(300)] string Title,
    [Required] DateOnly? HeldOn,
    [Required, MaxLength(200)] string DeliveredBy,
    [MaxLength(20)] IReadOnlyList<Guid>? ReviewIds,
    [MaxLength(20), TextItems(100)] IReadOnlyList<string>? Themes,
    [MaxLength(50)] IReadOnlyList<AttendanceRequest>? Attendance,
    FeedbackRequest? Feedback) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Attendance is not null && Attendance.Any(a => string.IsNullOrWhiteSpace(a?.Agency)))
        {
            yield return new ValidationResult("Each attendance line names its agency.", [nameof(Attendance)]);
        }
    }
}
