namespace Safeguarding.Publication.Api.Imports;

/// <summary>What a cell's number format shows of a date serial number: nothing (it is a plain number), a day, or a month only.</summary>
internal enum XlsxDateKind
{
    None,
    Day,
    Month,
}
