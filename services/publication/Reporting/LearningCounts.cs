namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The learning disseminated in the period: briefings published and passed on by agencies (with the
/// practitioners they reached), and training courses, sessions and events with the practitioners
/// who attended them.
/// </summary>
public sealed record LearningCounts(int BriefingsPublished, int Disseminations, int PractitionersBriefed, int Courses, int Sessions,
    int PractitionersTrained, IReadOnlyList<OutcomeLine> PractitionersByAgency);
