namespace Safeguarding.Web.Screens;

/// <summary>A menu entry, and the roles that see it (everyone when none).</summary>
public sealed record NavigationItem(string Text, string Href, string[] Roles)
{
    public bool IsCurrent(PathString path) => Href switch
    {
        "/" => path == "/",
        // Refer a case is under /referrals, but it is its own entry.
        "/referrals" => path.StartsWithSegments(Href) && !path.StartsWithSegments("/referrals/new"),
        _ => path.StartsWithSegments(Href),
    };
}
