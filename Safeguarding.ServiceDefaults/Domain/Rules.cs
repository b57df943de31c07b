namespace Safeguarding.ServiceDefaults.Domain;

/// <summary>How an aggregate refuses: a step not allowed now (409), or a value the case does not allow (400).</summary>
public static class Rules
{
    public static void Allowed(bool allowed, string reason)
    {
        if (!allowed)
        {
            throw new StepNotAllowedException(reason);
        }
    }

    public static void Valid(bool valid, string field, string message)
    {
        if (!valid)
        {
            throw new InvalidValueException(field, message);
        }
    }
}
