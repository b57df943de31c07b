using Safeguarding.AppHost.Hosting;

namespace Safeguarding.AppHost;

/// <summary>The whole system, declared once; the engine in Hosting/ runs it.</summary>
public static class AppModel
{
    public const int GatewayPort = 5080;

    public static void Declare(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var notificationDb = postgres.AddDatabase("notificationdb");
        var rapidReviewDb = postgres.AddDatabase("rapidreviewdb");
        var learningActionDb = postgres.AddDatabase("learningactiondb");
        var publicationDb = postgres.AddDatabase("publicationdb");
        var identityDb = postgres.AddDatabase("identitydb");

        var messaging = builder.AddRabbitMQ("messaging").WithDataVolume();

        var identity = builder.AddProject("identity", "services/identity/Safeguarding.Identity.Api.csproj")
            .WithReference(identityDb).WaitFor(identityDb);

        var notification = builder.AddProject("notification", "services/notification/Safeguarding.Notification.Api.csproj")
            .WithGrpcEndpoint()
            .WithReference(identity).WaitFor(identity)
            .WithReference(notificationDb).WaitFor(notificationDb)
            .WithReference(messaging).WaitFor(messaging);

        var rapidReview = builder.AddProject("rapid-review", "services/rapid-review/Safeguarding.RapidReview.Api.csproj")
            .WithGrpcEndpoint()
            .WithReference(identity).WaitFor(identity)
            .WithReference(rapidReviewDb).WaitFor(rapidReviewDb)
            .WithReference(messaging).WaitFor(messaging)
            .WithReference(notification)
            .WithServiceCredentials(identity);

        var learningAction = builder.AddProject("learning-action", "services/learning-action/Safeguarding.LearningAction.Api.csproj")
            .WithReference(identity).WaitFor(identity)
            .WithReference(learningActionDb).WaitFor(learningActionDb)
            .WithReference(messaging).WaitFor(messaging);

        var publication = builder.AddProject("publication", "services/publication/Safeguarding.Publication.Api.csproj")
            .WithReference(identity).WaitFor(identity)
            .WithReference(publicationDb).WaitFor(publicationDb)
            .WithReference(messaging).WaitFor(messaging);

        builder.AddProject("gateway", "gateway/Safeguarding.Gateway.csproj")
            .WithHttpEndpoint(port: GatewayPort)
            .WithExternalHttpEndpoints()
            // The gateway introspects callers' tokens as the resource server the tokens are issued for.
            .WithServiceCredentials(identity, clientId: "safeguarding-api")
            .WithReference(identity).WaitFor(identity)
            .WithReference(notification).WaitFor(notification)
            .WithReference(rapidReview).WaitFor(rapidReview)
            .WithReference(learningAction).WaitFor(learningAction)
            .WithReference(publication).WaitFor(publication);
    }
}
