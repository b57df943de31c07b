namespace Safeguarding.Publication.Api.Imports;

/// <summary>The allowed values of the register's coded columns.</summary>
internal static class Vocabularies
{
    public static Vocabulary Gender { get; } =
        Vocabulary.Of(["female", "male", "other", "not known"], ("f", "female"), ("m", "male"));

    public static Vocabulary Decision { get; } = Vocabulary.Of(["notified", "not notified", "kept for learning"]);

    public static Vocabulary Nature { get; } = Vocabulary.Of(["child death", "serious harm", "other"]);

    public static Vocabulary YesNo { get; } = Vocabulary.Of(["yes", "no"], ("y", "yes"), ("n", "no"), ("true", "yes"), ("false", "no"));

    public static Vocabulary Outcome { get; } = Vocabulary.Of(
    [
        "no further action", "single agency review", "case mapping exercise", "thematic learning review",
        "local child safeguarding practice review", "serious case review", "recommend national review",
    ]);

    /// <summary>The outcome that leads to no review; every other outcome is a review of some kind.</summary>
    public const string NoFurtherAction = "no-further-action";
}
