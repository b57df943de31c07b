using Microsoft.Extensions.Configuration;
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

// Callers reach the platform at the gateway, on 5080 (or, for a second copy on one machine, a free
// port): that address is the public issuer of every token.
var gatewayPort = builder.Configuration.GetValue<bool>("AppHost:RandomPorts") ? FreePort.Next() : 5080;
var issuer = $"http://localhost:{gatewayPort}/";

var identity = builder.AddProject<Projects.Safeguarding_Identity_Api>("identity")
    .FromBuiltOutput()
    .WithServiceEndpoints()
    .WithPublicIssuer(issuer)
    .WithDatabase(identityDb)
    .WithRestartOnExit();

// The services that consume events get the dashboard's "Replay dead letters" command.
var deadLetters = new DeadLetterReplay(identity);
var notification = deadLetters.AddTo(AddDomainService(builder.AddProject<Projects.Safeguarding_Notification_Api>("notification"), notificationDb, grpc: true));
var rapidReview = deadLetters.AddTo(AddDomainService(builder.AddProject<Projects.Safeguarding_RapidReview_Api>("rapid-review"), rapidReviewDb, grpc: true))
    .WithReference(notification)
    .WithServiceCredentials(identity);
var learningAction = deadLetters.AddTo(AddDomainService(builder.AddProject<Projects.Safeguarding_LearningAction_Api>("learning-action"), learningActionDb, grpc: true));
var publication = deadLetters.AddTo(AddDomainService(builder.AddProject<Projects.Safeguarding_Publication_Api>("publication"), publicationDb))
    .WithReference(notification)
    .WithReference(rapidReview)
    .WithReference(learningAction)
    .WithServiceCredentials(identity);
// A development stand-in for the national bodies' receivers, which the publication service's feeds
// push to: only when the app host runs the system here, never in what it publishes for a deployment.
if (builder.ExecutionContext.IsRunMode)
{
    publication.WithNationalBodiesReceiver(builder.AddProject<Projects.Safeguarding_NationalPanelReceiver>("national-panel-receiver")
        .FromBuiltOutput()
        .WithServiceEndpoints());
}

// The web front end people work in, reached through the gateway at its public address: it signs
// people in at the identity service and calls the platform through the gateway with their tokens.
var web = builder.AddProject<Projects.Safeguarding_Web>("web")
    .FromBuiltOutput()
    .WithServiceEndpoints()
    .WithPublicIssuer(issuer)
    .WaitFor(identity)
    .WithRestartOnExit();

builder.AddProject<Projects.Safeguarding_Gateway>("gateway")
    .FromBuiltOutput()
    .WithServiceEndpoints(port: gatewayPort)
    .WithPublicIssuer(issuer)
    .WithExternalHttpEndpoints()
    // The gateway introspects callers' tokens as the resource server the tokens are issued for.
    .WithServiceCredentials(identity, clientId: "safeguarding-api")
    .WithReference(identity).WaitFor(identity)
    .WithReference(notification).WaitFor(notification)
    .WithReference(rapidReview).WaitFor(rapidReview)
    .WithReference(learningAction).WaitFor(learningAction)
    .WithReference(publication).WaitFor(publication)
    .WithReference(web).WaitFor(web)
    .WithRestartOnExit();

builder.ShareDevelopmentClock();
builder.Build().Run();

// A domain service: its own database, tokens checked against the identity service, events on the broker.
IResourceBuilder<ProjectResource> AddDomainService(IResourceBuilder<ProjectResource> project,
    IResourceBuilder<LocalPostgresDatabaseResource> database, bool grpc = false) =>
    project
        .FromBuiltOutput()
        .WithServiceEndpoints(grpc)
        .WithReference(identity).WaitFor(identity)
        .WithPublicIssuer(issuer)
        .WithDatabase(database)
        .WithReference(messaging).WaitFor(messaging)
        .WithRestartOnExit();
