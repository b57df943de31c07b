using Microsoft.Extensions.Time.Testing;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Tests;

/// <summary>The details of a case that the publication service's anonymisation check searches a final report for.</summary>
public sealed class IdentifyingDetailsTests
{
    [Fact]
    public void Each_childs_name_whole_and_by_part_each_date_of_birth_as_reports_write_it_and_the_incident_place()
    {
        var form = Forms.Valid() with
        {
            Children =
            [
                new NotifiedChild { Name = "Olivia  Testchild", DateOfBirth = new DateOnly(2019, 3, 7), AgeYears = 7, Sex = "female", Ethnicity = "WBRI", Disability = "no" },
                new NotifiedChild { Name = "J. Testchild", AgeYears = 3, Sex = "male", Ethnicity = "WBRI", Disability = "no" },
                new NotifiedChild { Name = "Baby Newborn", AgeYears = 0, Sex = "female", Ethnicity = "WBRI", Disability = "no" },
                new NotifiedChild { Name = "Mary J Smith", AgeYears = 9, Sex = "female", Ethnicity = "WBRI", Disability = "no" },
            ],
            NumberOfChildren = 4,
        };
        var notification = SeriousIncidentNotification.Notify("northshire", form, "la", Guid.NewGuid(), false, null,
            new FakeTimeProvider(new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero)));

        var found = IdentifyingDetails.Of(notification);

        Assert.Equal(
            [
                (IdentifyingDetails.ChildName, "Olivia Testchild"), (IdentifyingDetails.ChildName, "Olivia"), (IdentifyingDetails.FamilyName, "Testchild"),
                (IdentifyingDetails.DateOfBirth, "7 March 2019"), (IdentifyingDetails.DateOfBirth, "07/03/2019"), (IdentifyingDetails.DateOfBirth, "7/3/2019"),
                (IdentifyingDetails.DateOfBirth, "2019-03-07"), (IdentifyingDetails.ChildName, "J. Testchild"),
                (IdentifyingDetails.ChildName, "Baby Newborn"), (IdentifyingDetails.FamilyName, "Newborn"),
                (IdentifyingDetails.ChildName, "Mary J Smith"), (IdentifyingDetails.ChildName, "Mary"), (IdentifyingDetails.FamilyName, "Smith"),
                (IdentifyingDetails.IncidentPlace, "14 Example Road"),
            ],
            found);
    }
}
