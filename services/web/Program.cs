using Microsoft.Extensions.DependencyInjection.Extensions;
using Safeguarding.Web;
using Safeguarding.Web.Extensions;
using Safeguarding.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// The services' handlers answer problem details; people get the error page (/problem) instead.
builder.Services.RemoveAll<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>();
builder.AddPersonSignIn();
builder.AddPlatformApi();
builder.AddScreens();

var app = builder.Build();

app.UseExceptionHandler("/problem");
app.UseStatusCodePagesWithReExecute("/problem/{0}");
app.Use(SecurityHeaders.Apply);
app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapSignInEndpoints();
app.MapSessionEndpoints();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
