using Safeguarding.Messaging.DeadLetters;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.RapidReview.Api.Apis;
using Safeguarding.RapidReview.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapRapidReviewsApi();
app.MapRapidReviewStepsApi();
app.MapBriefingPaper();
app.MapCaseReviewsApi();
app.MapDeadLetterEndpoints().RequireAuthorization(Policies.Operate);

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
