using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>A briefing's section: one of its format's headings, and the text under it.</summary>
public sealed record SectionRequest([Required, MaxLength(100)] string Heading, [Required, MaxLength(10_000)] string Text);
