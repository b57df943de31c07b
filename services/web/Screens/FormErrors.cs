using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>
/// A form's errors in the design system's way: each names the field it is about, by the id of the
/// field's input, so the error summary links to it and the field shows its message.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => errors;

    public void Add(string field, string message) => errors.Add((field, message));

    /// <summary>
    /// The platform's problems, by the JSON path it names ("children[0].dateOfBirth"). A field the
    /// form asks gets its own words for a missing answer (<paramref name="missing"/>); a problem
    /// about nothing the form shows goes to the top of the form, without a link.
    /// </summary>
    public void Add(ProblemAnswer problem, IReadOnlyDictionary<string, string> missing)
    {
        foreach (var (path, message) in problem.Errors)
        {
            var field = missing.Keys.FirstOrDefault(k => k.Equals(path, StringComparison.OrdinalIgnoreCase));
            Add(field ?? "", field is not null && message.EndsWith("is required.", StringComparison.Ordinal) ? missing[field] : message);
        }

        if (problem.Errors.Count == 0)
        {
            Add("", problem.Detail ?? problem.Title);
        }

        // In the order the form asks its questions, as the error summary should list them.
        var order = missing.Keys.ToList();
        var sorted = errors.OrderBy(e => order.IndexOf(e.Field)).ToList();
        errors.Clear();
        errors.AddRange(sorted);
    }

    public string? For(string field) =>
        errors.Where(e => e.Field.Equals(field, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message).FirstOrDefault();

    /// <summary>The id of the input a field's error links to: "children[0].dateOfBirth" is "children-0-dateOfBirth".</summary>
    public static string IdOf(string field) => field.Replace("[", "-").Replace("].", "-").Replace("]", "").Replace('.', '-');
}
