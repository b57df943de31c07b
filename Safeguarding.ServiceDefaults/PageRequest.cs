using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.Hosting;

/// <summary>Which page of a list to answer with: <c>page</c> from 1, <c>pageSize</c> up to 200 (50 by default).</summary>
public record PageRequest
{
    [Range(1, 100_000)]
    public int? Page { get; init; }

    [Range(1, 200)]
    public int? PageSize { get; init; }

    public async Task<PageOf<TOut>> ReadAsync<TIn, TOut>(IQueryable<TIn> ordered, Func<TIn, TOut> map, CancellationToken ct)
    {
        var (page, size) = (Page ?? 1, PageSize ?? 50);
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PageOf<TOut>(page, size, total, items.Select(map).ToList());
    }

    /// <summary>The page of a list already in memory (one a query could not order or filter in the database).</summary>
    public PageOf<TOut> Read<TIn, TOut>(IEnumerable<TIn> ordered, Func<TIn, TOut> map)
    {
        var (page, size) = (Page ?? 1, PageSize ?? 50);
        var all = ordered.ToList();
        return new PageOf<TOut>(page, size, all.Count, all.Skip((page - 1) * size).Take(size).Select(map).ToList());
    }
}
