namespace Safeguarding.Web.Screens;

/// <summary>A menu entry, and the roles that see it (everyone when none).</summary>
public sealed record NavigationItem(string Text, string Href, string[] Roles)
{
    public bool IsCurrent(PathString path) => Href == "/" ? path == "/" : path.StartsWithSegments(Href);
}
