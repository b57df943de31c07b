using Microsoft.AspNetCore.Http.HttpResults;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>A register as the form's file brought it: read into cases and every problem, or refused as a whole (a 400 naming <c>file</c>).</summary>
internal sealed record RegisterUpload(int Rows, IReadOnlyList<HistoryCase> Cases, IReadOnlyList<ImportProblem> Problems)
{
    public static async Task<(RegisterUpload? Upload, ValidationProblem? Refused)> ReadAsync(IFormFile? file, DateOnly today, CancellationToken ct)
    {
        if (file is null)
            return (null, Refuse([ImportProblem.OfFile("Attach the register as the form's file.")], "The file cannot be imported."));
        await using var content = file.OpenReadStream();
        var register = await RegisterFile.ReadAsync(content, $"{file.FileName} {file.ContentType}", ct);
        if (register.IsRefused)
            return (null, Refuse(register.Problems, "The file cannot be imported."));
        var (cases, problems) = HistoryCaseReader.Read(register, today);
        return (new RegisterUpload(register.Rows.Count, cases, problems), null);
    }

    /// <summary>Every problem as a 400, keyed by row and column ("row 3, Notified on").</summary>
    public ValidationProblem Refusal() => Refuse(Problems, "The register was not imported: nothing in it was taken.");

    private static ValidationProblem Refuse(IEnumerable<ImportProblem> problems, string title) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: title);
}
