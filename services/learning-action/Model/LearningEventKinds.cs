namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// What kind of occasion took a review's learning to practitioners: the practitioner learning event
/// held midway through a review, the debrief for the practitioners involved in the case, a wider
/// learning event for the partnership, or a session of a training course that carries the learning.
/// </summary>
public static class LearningEventKinds
{
    public const string PractitionerLearningEvent = "practitioner-learning-event";
    public const string Debrief = "debrief";
    public const string WiderEvent = "wider-event";
    public const string TrainingCourse = "training-course";

    public static readonly string[] All = [PractitionerLearningEvent, Debrief, WiderEvent, TrainingCourse];

    /// <summary>The learning event and the debrief belong to one review's process: they name it.</summary>
    public static bool IsOfAReview(string kind) => kind is PractitionerLearningEvent or Debrief;
}
