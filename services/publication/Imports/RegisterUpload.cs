using Microsoft.AspNetCore.Http.HttpResults;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>A register as the form's file brought it: read into cases and every problem, or refused as a whole (a 400 naming <c>file</c>).</summary>
internal sealed record RegisterUpload(int Rows, IReadOnlyList<HistoryCase> Cases, IReadOnlyList<ImportProblem> Problems)
{
    public static async Task<(RegisterUpload? Upload, ValidationProblem? Refused)> ReadAsync(IFormFile? file, DateOnly today, CancellationToken ct)
    {
        if (file is null)
            return (null, Refuse(["Attach the register as the form's file."]));
        await using var content = file.OpenReadStream();
        var register = await RegisterFile.ReadAsync(content, $"{file.FileName} {file.ContentType}", ct);
        if (register.IsRefused)
            return (null, Refuse([.. register.Problems.Select(p => p.Message)]));
        var (cases, problems) = HistoryCaseReader.Read(register, today);
        return (new RegisterUpload(register.Rows.Count, cases, problems), null);
    }

    /// <summary>Every problem as a 400, keyed by row and column ("row 3, Notified on").</summary>
    public ValidationProblem Refusal() => TypedResults.ValidationProblem(
        Problems.GroupBy(p => p.Row is null ? "file" : p.Column is null ? $"row {p.Row}" : $"row {p.Row}, {p.Column}")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        title: "The register was not imported: nothing in it was taken.");

    private static ValidationProblem Refuse(string[] why) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = why }, title: "The file cannot be imported.");
}
