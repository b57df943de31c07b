using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Safeguarding.Statutory;

namespace Safeguarding.Messaging.History;

/// <summary>A recorded date kept in a column as the register wrote it: yyyy-MM-dd, or yyyy-MM for a month.</summary>
public static class RecordedDayConversion
{
    private static readonly ValueConverter<RecordedDay, string> AsWritten = new(d => d.ToString(), s => RecordedDay.Parse(s)!.Value);

    public static PropertyBuilder<RecordedDay?> AsRecorded(this PropertyBuilder<RecordedDay?> property) => property.HasConversion(AsWritten).HasMaxLength(10);
}
