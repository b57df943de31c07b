using Safeguarding.LearningAction.Api.Apis;
using Safeguarding.LearningAction.Api.Extensions;
using Safeguarding.LearningAction.Api.Grpc;
using Safeguarding.Messaging.DeadLetters;
using Safeguarding.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapPlanApi();
app.MapActionsApi();
app.MapActionStepsApi();
app.MapThemesApi();
app.MapBriefingsApi();
app.MapLearningEventsApi();
app.MapReachApi();
app.MapImpactEvidenceApi();
// Reached only by the platform's own services, with their own tokens; never through the gateway.
app.MapGrpcService<ActionPlanQueriesService>().RequireAuthorization(Policies.ServiceToService);
app.MapDeadLetterEndpoints().RequireAuthorization(Policies.Operate);

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
