using System.Globalization;
using Grpc.Core;

namespace Safeguarding.ServiceDefaults.Reporting;

/// <summary>The period a gRPC request for figures names: two calendar dates (yyyy-MM-dd), the first not after the last.</summary>
public static class FiguresPeriod
{
    public static (DateOnly From, DateOnly To) Parse(string from, string to)
    {
        var first = Date(from, "from");
        var last = Date(to, "to");
        return first <= last ? (first, last) : throw new RpcException(new Status(StatusCode.InvalidArgument, "to cannot be before from."));
    }

    private static DateOnly Date(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field} must be a date (yyyy-MM-dd)."));
}
