using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>Which occasions (by kind, period held, review or theme), and the page.</summary>
public sealed record LearningEventQuery : PageRequest, IValidatableObject
{
    [OneOf(LearningEventKinds.PractitionerLearningEvent, LearningEventKinds.Debrief, LearningEventKinds.WiderEvent, LearningEventKinds.TrainingCourse)]
    public string? Kind { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public Guid? ReviewId { get; init; }

    [MaxLength(100)]
    public string? Theme { get; init; }

    public IQueryable<LearningEvent> Apply(IQueryable<LearningEvent> events)
    {
        events = events.Where(e => (Kind == null || e.Kind == Kind) && (From == null || e.HeldOn >= From) && (To == null || e.HeldOn <= To));
        if (ReviewId is { } review)
        {
            events = events.Where(e => e.ReviewIds.Contains(review));
        }

        if (Theme is not null)
        {
            var theme = ThemeSet.Code(Theme);
            events = events.Where(e => e.Themes.Contains(theme));
        }

        return events;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Period.Validate(From, To);
}
