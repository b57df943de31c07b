namespace Safeguarding.Web.Extensions;

public static class ScreenExtensions
{
    /// <summary>Server-rendered pages that work without JavaScript; every page needs a signed-in person but the signed-out and problem pages.</summary>
    public static WebApplicationBuilder AddScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/SignedOut");
            pages.Conventions.AllowAnonymousToPage("/Problem");
            pages.Conventions.AllowAnonymousToPage("/SignOut");
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            // Not the identity service's name: both are on the platform's one address.
            antiforgery.Cookie.Name = "safeguarding.web.antiforgery";
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });
        return builder;
    }
}
