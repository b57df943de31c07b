namespace Safeguarding.Web.SignIn;

/// <summary>How long a session lasts without use, and how long before its end each page warns.</summary>
public static class SessionTimeout
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);

    public static readonly TimeSpan Warning = TimeSpan.FromMinutes(2);
}
