namespace Safeguarding.Web.Platform;

public sealed record ReviewTypeFigures(string Type, int Started, int Completed, int Published);
