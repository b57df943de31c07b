namespace Safeguarding.Statutory;

public sealed record BankHoliday(DateOnly Date, string Name);
