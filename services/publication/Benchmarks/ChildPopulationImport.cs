using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>Importing the official estimates of children: every row or none; an area's year given again replaces the one held.</summary>
public static class ChildPopulationImport
{
    public static async Task<Results<Ok<ChildPopulationImported>, ValidationProblem>> ImportAsync(HttpRequest request,
        [FromServices] PublicationServices services, CancellationToken ct)
    {
        var (rows, problems) = await ChildPopulationFile.ReadAsync(request.Body, ct);
        if (problems.Count > 0)
            return TypedResults.ValidationProblem(problems, title: "The file was not imported: nothing in it was taken.");
        var codes = rows.Select(r => r.AreaCode).Distinct().ToList();
        var held = await services.Db.ChildPopulations.Where(p => codes.Contains(p.AreaCode)).ToDictionaryAsync(p => (p.AreaCode, p.Year), ct);
        var replaced = 0;
        foreach (var row in rows)
        {
            if (held.TryGetValue((row.AreaCode, row.Year), out var estimate))
                (estimate.AreaName, estimate.Population, replaced) = (row.AreaName, row.Population, replaced + 1);
            else
                services.Db.ChildPopulations.Add(row);
        }
        services.Audit.Record("import", BenchmarksApi.AuditResource, "child-population", "childPopulation");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ChildPopulationImported(rows.Count, replaced, codes.Count, rows.Min(r => r.Year), rows.Max(r => r.Year)));
    }
}
