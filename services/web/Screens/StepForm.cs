namespace Safeguarding.Web.Screens;

/// <summary>A step of a case as a form: the platform's request it sends, the checks it makes itself, and its questions' words.</summary>
public interface IStepForm
{
    /// <summary>The questions, by the platform's field, and what to say when one is not answered, in the order the form asks them.</summary>
    IReadOnlyDictionary<string, string> Questions { get; }

    /// <summary>What the form can tell on its own (a date that is not a real one); the platform checks everything else.</summary>
    void Check(FormErrors errors)
    {
    }

    object ToRequest();
}
