using Grpc.Core;

namespace Safeguarding.ServiceDefaults.Reporting;

/// <summary>
/// The financial years a gRPC request for counts by year names (each from 1 April to 31 March,
/// named by its first calendar year): at most <see cref="MaxYears"/> of them, in order.
/// </summary>
public static class FiguresYears
{
    public const int MaxYears = 20;

    /// <summary>The financial year a day falls in, by its first calendar year.</summary>
    public static int Of(DateOnly day) => day.Month < 4 ? day.Year - 1 : day.Year;

    /// <summary>The first day of the first year and the last day of the last.</summary>
    public static (DateOnly From, DateOnly To) Parse(int firstYear, int lastYear) =>
        firstYear is >= 1990 and <= 9000 && lastYear >= firstYear && lastYear - firstYear < MaxYears
            ? (new DateOnly(firstYear, 4, 1), new DateOnly(lastYear + 1, 3, 31))
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"first_year and last_year must be a span of at most {MaxYears} years from 1990."));
}
