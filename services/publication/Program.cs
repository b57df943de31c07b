// Publication of final reports and outbound feeds (its API arrives with its own work).
// Until then it serves health and an OpenAPI document with no operations.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi();

app.Run();
