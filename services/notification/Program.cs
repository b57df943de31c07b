using Safeguarding.Messaging.DeadLetters;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Notification.Api.Apis;
using Safeguarding.Notification.Api.Extensions;
using Safeguarding.Notification.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
// Reached only by other services on loopback, never through the gateway; service-to-service
// credentials are the next step.
app.MapGrpcService<NotificationQueriesService>().RequireAuthorization(Policies.ServiceToService);
app.MapNotificationsApi();
app.MapDeadLetterEndpoints().RequireAuthorization(Policies.Operate);

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
