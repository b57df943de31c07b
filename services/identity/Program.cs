using Safeguarding.Identity.Api.Apis;
using Safeguarding.Identity.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapTokenEndpoint();
app.MapAuthorizationEndpoints();
app.MapSignInPage();
app.MapClientsApi();
app.MapUsersApi();

app.Run();
