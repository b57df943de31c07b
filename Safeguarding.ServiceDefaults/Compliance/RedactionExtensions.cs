using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Safeguarding.ServiceDefaults.Compliance;

public static class RedactionExtensions
{
    /// <summary>
    /// Erases child-identifying data from logs (log properties and <c>[LoggerMessage]</c> parameters
    /// classified <see cref="SafeguardingTaxonomy.ChildIdentifying"/>) with the
    /// Microsoft.Extensions.Compliance redaction engine; <see cref="RedactingActivityProcessor"/>
    /// applies the same redactor to traces.
    /// </summary>
    public static TBuilder AddSafeguardingRedaction<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.EnableRedaction();
        builder.Services.AddRedaction(redaction =>
        {
            redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(SafeguardingTaxonomy.ChildIdentifying));
            // Anything classified under a taxonomy nobody configured is erased too, never shown.
            redaction.SetFallbackRedactor<ErasingRedactor>();
        });
        return builder;
    }
}
