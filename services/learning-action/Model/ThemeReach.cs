namespace Safeguarding.LearningAction.Api.Model;

/// <summary>One learning theme's reach: the courses and occasions that carried it, and the practitioners who attended them.</summary>
public sealed record ThemeReach(string Theme, bool Coded, int Courses, int Sessions, int Practitioners);
