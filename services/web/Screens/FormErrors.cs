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

    /// <summary>The platform's problems, by the JSON path it names ("children[0].dateOfBirth"); one without a field goes to the form's top.</summary>
    public void Add(ProblemAnswer problem)
    {
        foreach (var (path, message) in problem.Errors)
        {
            Add(path, message);
        }

        if (problem.Errors.Count == 0)
        {
            Add("", problem.Detail ?? problem.Title);
        }
    }

    public string? For(string field) =>
        errors.Where(e => e.Field.Equals(field, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message).FirstOrDefault();

    /// <summary>The id of the input a field's error links to: "children[0].dateOfBirth" is "children-0-dateOfBirth".</summary>
    public static string IdOf(string field) => field.Replace("[", "-").Replace("].", "-").Replace("]", "").Replace('.', '-');
}
