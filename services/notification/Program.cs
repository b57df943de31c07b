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
// Reached only by the platform's own services on loopback, with their own tokens; never through the gateway.
app.MapGrpcService<NotificationQueriesService>().RequireAuthorization(Policies.ServiceToService);
app.MapNotificationsApi();
app.MapReferralsApi();
app.MapDeadLetterEndpoints().RequireAuthorization(Policies.Operate);

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
