// Learning actions: composite action plans, briefings and dissemination (its API arrives with its own work).
// Until then it serves health and an OpenAPI document with no operations.
using Safeguarding.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSafeguardingAuthentication();
builder.Services.AddSafeguardingOpenApi(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();

app.Run();
