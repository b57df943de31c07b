using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Infrastructure;

/// <summary>National bodies see every partnership's reviews; everyone else only their own partnership's.</summary>
public static class Visibility
{
    /// <summary>A review's milestones and contribution requests come in queries of their own, not multiplied into one.</summary>
    public static IQueryable<Model.RapidReview> VisibleTo(this IQueryable<Model.RapidReview> reviews, ClaimsPrincipal user) =>
        (user.CanSeeAllPartnerships() ? reviews : reviews.Where(r => r.Partnership == user.Partnership())).AsSplitQuery();

    public static IQueryable<CaseReview> VisibleTo(this IQueryable<CaseReview> reviews, ClaimsPrincipal user) =>
        user.CanSeeAllPartnerships() ? reviews : reviews.Where(r => r.Partnership == user.Partnership());
}
