using Safeguarding.Messaging.DeadLetters;
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
app.MapOpenApi();
app.MapGrpcService<NotificationQueriesService>();
app.MapNotificationsApi();
app.MapDeadLetterEndpoints();

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
