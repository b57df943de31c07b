using Safeguarding.AppHost;
using Safeguarding.AppHost.LocalServers;

var builder = DistributedApplication.CreateBuilder(args);
builder.AddResourceWatcher<ConsoleStatus>();

var postgres = builder.AddPostgresServer("postgres");
var notificationDb = postgres.AddServiceDatabase("notificationdb");
var rapidReviewDb = postgres.AddServiceDatabase("rapidreviewdb");
var learningActionDb = postgres.AddServiceDatabase("learningactiondb");
var publicationDb = postgres.AddServiceDatabase("publicationdb");
var identityDb = postgres.AddServiceDatabase("identitydb");

var messaging = builder.AddMessagingServer("messaging");

var identity = builder.AddProject<Projects.Safeguarding_Identity_Api>("identity")
    .WithServiceEndpoints()
    .WithDatabase(identityDb)
    .WithRestartOnExit();

var notification = builder.AddProject<Projects.Safeguarding_Notification_Api>("notification")
    .WithServiceEndpoints(grpc: true)
    .WithReference(identity).WaitFor(identity)
    .WithDatabase(notificationDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithRestartOnExit();

var rapidReview = builder.AddProject<Projects.Safeguarding_RapidReview_Api>("rapid-review")
    .WithServiceEndpoints(grpc: true)
    .WithReference(identity).WaitFor(identity)
    .WithDatabase(rapidReviewDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(notification)
    .WithServiceCredentials(identity)
    .WithRestartOnExit();

var learningAction = builder.AddProject<Projects.Safeguarding_LearningAction_Api>("learning-action")
    .WithServiceEndpoints()
    .WithReference(identity).WaitFor(identity)
    .WithDatabase(learningActionDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithRestartOnExit();

var publication = builder.AddProject<Projects.Safeguarding_Publication_Api>("publication")
    .WithServiceEndpoints()
    .WithReference(identity).WaitFor(identity)
    .WithDatabase(publicationDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithRestartOnExit();

builder.AddProject<Projects.Safeguarding_Gateway>("gateway")
    .WithServiceEndpoints(port: 5080)
    .WithExternalHttpEndpoints()
    // The gateway introspects callers' tokens as the resource server the tokens are issued for.
    .WithServiceCredentials(identity, clientId: "safeguarding-api")
    .WithReference(identity).WaitFor(identity)
    .WithReference(notification).WaitFor(notification)
    .WithReference(rapidReview).WaitFor(rapidReview)
    .WithReference(learningAction).WaitFor(learningAction)
    .WithReference(publication).WaitFor(publication)
    .WithRestartOnExit();

builder.Build().Run();
