using System.Diagnostics;
using Microsoft.Extensions.Compliance.Redaction;
using OpenTelemetry;

namespace Safeguarding.ServiceDefaults.Compliance;

/// <summary>
/// Redacts trace attributes that can carry free text typed by a caller (query strings) with the
/// child-identifying redactor, before any exporter sees the span.
/// </summary>
public sealed class RedactingActivityProcessor(IRedactorProvider redactors) : BaseProcessor<Activity>
{
    /// <summary>Attributes whose query part may hold search text or other caller input.</summary>
    public static readonly IReadOnlySet<string> QueryAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "url.query", "url.full", "http.url", "http.target",
    };

    private readonly Redactor _redactor = redactors.GetRedactor(SafeguardingTaxonomy.ChildIdentifying);

    public override void OnEnd(Activity activity)
    {
        foreach (var name in QueryAttributes)
        {
            if (activity.GetTagItem(name) is not string value || value.Length == 0)
            {
                continue;
            }

            activity.SetTag(name, Redact(name, value));
        }
    }

    private string Redact(string name, string value)
    {
        if (name == "url.query")
        {
            return _redactor.Redact(value);
        }

        var query = value.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? value : value[..(query + 1)] + _redactor.Redact(value[(query + 1)..]);
    }
}
