using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Testing;

/// <summary>
/// The test process logs what goes wrong, not every line a resource prints or every request a test
/// sends: on a two-core machine, a hundred thousand log lines relayed to the test runner take the
/// processor time the system under test needs. What the resources print stays readable through
/// <see cref="ResourceConsole"/>.
/// </summary>
public static class QuietLogging
{
    /// <summary>Set <c>SAFEGUARDING_TEST_VERBOSE=1</c> to see everything, as when diagnosing a failure.</summary>
    public static T WithQuietLogging<T>(this T builder) where T : IDistributedApplicationBuilder
    {
        if (Environment.GetEnvironmentVariable("SAFEGUARDING_TEST_VERBOSE") == "1")
        {
            return builder;
        }

        builder.Services.AddLogging(logging => logging
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            // Each resource's console, forwarded line by line (its standard error stays).
            .AddFilter("Safeguarding.AppHost.Resources", LogLevel.Warning));
        return builder;
    }
}
