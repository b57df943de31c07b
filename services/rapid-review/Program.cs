using Safeguarding.Messaging.DeadLetters;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.RapidReview.Api.Apis;
using Safeguarding.RapidReview.Api.Extensions;
using Safeguarding.RapidReview.Api.Grpc;

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
app.MapContributionRequestsApi();
app.MapChronologyApi();
app.MapRapidReviewMeetingApi();
app.MapBriefingPaper();
app.MapCaseReviewsApi();
// Reached only by the platform's own services, with their own tokens; never through the gateway.
app.MapGrpcService<ReviewQueriesService>().RequireAuthorization(Policies.ServiceToService);
app.MapDeadLetterEndpoints().RequireAuthorization(Policies.Operate);

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
