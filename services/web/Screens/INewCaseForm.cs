namespace Safeguarding.Web.Screens;

/// <summary>A form that opens a case: a step form that starts with the person's agency and name, and is sent once however often it is pressed.</summary>
public interface INewCaseForm : IStepForm
{
    string IdempotencyKey { get; }

    void Start(string? agency, string? name);
}
