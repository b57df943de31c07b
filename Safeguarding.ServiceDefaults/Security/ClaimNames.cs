namespace Safeguarding.ServiceDefaults.Security;

/// <summary>Claims every Safeguarding token carries besides the standard ones.</summary>
public static class ClaimNames
{
    public const string Partnership = "partnership";
    public const string Agency = "agency";

    public const string Role = "role";
}
