namespace Safeguarding.Messaging.DeadLetters;

public sealed record ReplayResult(int Replayed);
