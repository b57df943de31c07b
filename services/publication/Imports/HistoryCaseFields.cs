using static Safeguarding.Publication.Api.Imports.RegisterColumns;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>Reads each column of one row into a <see cref="HistoryCase"/>, every cell on its own.</summary>
internal static class HistoryCaseFields
{
    public const int MaxReferenceLength = 40;

    public static HistoryCase Read(RowCells cells) => new()
    {
        Row = cells.Number,
        Reference = ReadReference(cells),
        Summary = cells.Text(Summary),
        Location = cells.Text(Location),
        Gender = cells.Code(Gender, Vocabularies.Gender),
        Age = cells.WholeNumber(Age, 0, 17),
        ReferredOn = cells.Date(ReferredOn),
        ReferringAgency = cells.Text(ReferringAgency),
        Decision = cells.Code(Decision, Vocabularies.Decision),
        DecidedOn = cells.Date(DecidedOn),
        NotifiedOn = cells.Date(NotifiedOn),
        Nature = cells.Code(Nature, Vocabularies.Nature),
        AbuseOrNeglectSuspected = cells.YesNo(AbuseOrNeglectSuspected),
        LookedAfter = cells.YesNo(LookedAfter),
        RapidReviewOn = cells.Date(RapidReviewOn),
        Outcome = cells.Code(Outcome, Vocabularies.Outcome),
        ReviewDecidedOn = cells.Date(ReviewDecidedOn),
        AuthorAppointed = cells.Date(AuthorAppointed),
        ReportToPartnership = cells.Date(ReportToPartnership),
        ReportToPanel = cells.Date(ReportToPanel),
        Published = cells.Date(Published),
        PublicationDelayReason = cells.Text(PublicationDelayReason),
        LearningThemes = (cells.Text(LearningThemes) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Status = cells.Text(Status),
    };

    private static string ReadReference(RowCells cells)
    {
        var reference = cells.Text(Reference)?.Trim() ?? "";
        if (reference.Length == 0)
            cells.Report(Reference, "Reference is empty; every case needs the partnership's own reference.");
        else if (reference.Length > MaxReferenceLength)
            cells.Report(Reference, $"Reference is longer than {MaxReferenceLength} characters.");
        return reference;
    }
}
