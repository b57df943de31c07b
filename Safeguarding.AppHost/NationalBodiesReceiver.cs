using System.Security.Cryptography;

namespace Safeguarding.AppHost;

public static class NationalBodiesReceiver
{
    private static readonly string[] Recipients = ["national-panel", "dfe", "ofsted", "case-review-repository"];

    /// <summary>
    /// The development stand-in receiver, subscribed on every start to each national body's push feed
    /// at <c>/webhooks/&lt;recipient&gt;</c>, with a signing secret made afresh and handed to both sides.
    /// Plain HTTP to it is allowed here only.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithNationalBodiesReceiver(this IResourceBuilder<ProjectResource> publication,
        IResourceBuilder<ProjectResource> receiver)
    {
        var http = receiver.GetEndpoint("http");
        publication.WithEnvironment("Feeds__AllowInsecureEndpoints", "true");
        for (var i = 0; i < Recipients.Length; i++)
        {
            var recipient = Recipients[i];
            var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            receiver.WithEnvironment($"Receiver__Secrets__{recipient}", secret);
            publication
                .WithEnvironment($"Feeds__Subscriptions__{i}__Recipient", recipient)
                .WithEnvironment($"Feeds__Subscriptions__{i}__Endpoint", ReferenceExpression.Create($"{http}/webhooks/{recipient}"))
                .WithEnvironment($"Feeds__Subscriptions__{i}__Secret", secret);
        }

        return publication;
    }
}
