using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Infrastructure;

/// <summary>The business manager and the independent chair see their own partnership's publications; nobody sees another's.</summary>
public static class Visibility
{
    public static IQueryable<Model.Publication> VisibleTo(this IQueryable<Model.Publication> publications, ClaimsPrincipal user)
    {
        var partnership = user.Partnership() ?? "";
        return publications.Where(p => p.Partnership == partnership);
    }
}
