namespace Microsoft.Extensions.Hosting;

/// <summary>One page of a list, with the total, so nothing is ever cut off silently.</summary>
public sealed record PageOf<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);
