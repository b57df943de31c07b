namespace Safeguarding.Web.Platform;

public sealed record ReferralFigures(int Considered, int Notified, int NotNotified, int KeptForLearning, int Escalations);
