namespace Safeguarding.Web.Screens;

/// <summary>
/// One question on a form: the platform's field it answers (<paramref name="Path"/>, which also
/// gives the input's id), the form name it posts as, its label, hint, current value and error,
/// and for a choice its options (value, text).
/// </summary>
public sealed record Field(string Path, string Name, string Label, string? Value, FormErrors Errors, string? Hint = null,
    IReadOnlyList<(string Value, string Text)>? Options = null, string InputType = "text", string? Autocomplete = null)
{
    public string Id => FormErrors.IdOf(Path);

    public string? Error => Errors.For(Path);

    public static readonly IReadOnlyList<(string, string)> YesNo = [("true", "Yes"), ("false", "No")];
}
