using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Safeguarding.Statutory.Tests;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    [Theory]
    [InlineData("2026-12-25")] // Christmas Day, Friday
    [InlineData("2026-12-28")] // Boxing Day substitute, Monday
    [InlineData("2027-12-27")] // Christmas Day substitute
    [InlineData("2027-12-28")] // Boxing Day substitute
    [InlineData("2022-01-03")] // New Year's Day substitute
    [InlineData("2026-04-03")] // Good Friday
    [InlineData("2026-04-06")] // Easter Monday
    [InlineData("2020-05-08")] // early May moved to VE day
    [InlineData("2022-06-03")] // Platinum Jubilee
    [InlineData("2022-09-19")] // State Funeral
    [InlineData("2023-05-08")] // Coronation
    public void Bank_holidays_are_not_working_days(string date) =>
        Assert.False(Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2020-05-04")] // the usual early May Monday was a working day in 2020
    [InlineData("2022-05-30")] // the usual spring Monday was a working day in 2022
    [InlineData("2026-12-24")]
    [InlineData("2026-12-29")]
    public void Ordinary_weekdays_are_working_days(string date) =>
        Assert.True(Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void Weekends_are_not_working_days()
    {
        Assert.False(Calendar.IsWorkingDay(D("2026-11-28")));
        Assert.False(Calendar.IsWorkingDay(D("2026-11-29")));
    }

    [Theory]
    // Christmas 2026: 25 Dec and the 28 Dec substitute, then 1 Jan 2027.
    [InlineData("2026-12-23", "2027-01-04")]
    // Easter 2026: Good Friday 3 Apr and Easter Monday 6 Apr.
    [InlineData("2026-04-02", "2026-04-13")]
    // Christmas 2021 with both substitutes and the 3 Jan 2022 New Year substitute.
    [InlineData("2021-12-24", "2022-01-05")]
    // A plain week: Friday to the next Friday.
    [InlineData("2026-11-06", "2026-11-13")]
    // Aware on a Saturday: counting starts on Monday.
    [InlineData("2026-11-07", "2026-11-13")]
    public void Notification_is_due_five_working_days_after_awareness(string awareOn, string expectedDue) =>
        Assert.Equal(D(expectedDue), Calendar.NotificationDue(D(awareOn)));

    [Fact]
    public void Rapid_review_notified_on_christmas_eve_2026_is_due_on_19_january_2027() =>
        Assert.Equal(D("2027-01-19"), Calendar.RapidReviewDue(D("2026-12-24")));

    [Fact]
    public void Rapid_review_milestones_follow_the_day_1_10_12_14_15_schedule_across_the_holidays()
    {
        var milestones = Calendar.RapidReviewMilestones(D("2026-12-24"));

        Assert.Equal([1, 10, 12, 14, 15], milestones.Select(m => m.Day));
        Assert.Equal(
            [D("2026-12-29"), D("2027-01-12"), D("2027-01-14"), D("2027-01-18"), D("2027-01-19")],
            milestones.Select(m => m.DueOn));
        Assert.All(milestones, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));
    }

    [Fact]
    public void Zero_working_days_is_the_same_day() =>
        Assert.Equal(D("2026-12-25"), Calendar.AddWorkingDays(D("2026-12-25"), 0));

    [Fact]
    public void Working_days_between_counts_from_the_next_day()
    {
        Assert.Equal(5, Calendar.WorkingDaysBetween(D("2026-12-23"), D("2027-01-04")));
        Assert.Equal(-5, Calendar.WorkingDaysBetween(D("2027-01-04"), D("2026-12-23")));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2026-12-24"), D("2026-12-28")));
    }

    [Fact]
    public void Dates_outside_the_data_are_refused_rather_than_guessed()
    {
        Assert.Throws<DateOutsideCalendarException>(() => Calendar.IsWorkingDay(D("2031-01-02")));
        Assert.Throws<DateOutsideCalendarException>(() => Calendar.NotificationDue(D("2017-12-29")));
        Assert.Throws<DateOutsideCalendarException>(() => Calendar.RapidReviewDue(D("2030-12-20")));
        Assert.True(Calendar.Covers(D("2018-01-01")));
        Assert.False(Calendar.Covers(D("2031-01-01")));
    }

    [Fact]
    public void The_data_covers_2018_to_2030_with_every_holiday_on_a_weekday()
    {
        Assert.Equal(D("2018-01-01"), Calendar.CoveredFrom);
        Assert.Equal(D("2030-12-31"), Calendar.CoveredTo);
        Assert.All(Calendar.BankHolidays, h => Assert.DoesNotContain(h.Date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        var perYear = Calendar.BankHolidays.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(2018, 13), perYear.Keys.Order());
        Assert.Equal(10, perYear[2022]); // Jubilee and State Funeral
        Assert.Equal(9, perYear[2023]);  // Coronation
        Assert.All(perYear.Where(p => p.Key is not (2022 or 2023)), p => Assert.Equal(8, p.Value));
    }

    [Fact]
    public void A_replacement_data_file_can_be_configured()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            {"division":"england-and-wales","coveredFrom":"2031-01-01","coveredTo":"2031-12-31",
             "events":[{"date":"2031-01-01","title":"New Year’s Day"}]}
            """);
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Statutory:BankHolidaysFile"] = file })
                .Build();
            using var services = new ServiceCollection().AddStatutoryCalendar(configuration).BuildServiceProvider();
            var calendar = services.GetRequiredService<WorkingDayCalendar>();

            Assert.False(calendar.IsWorkingDay(D("2031-01-01")));
            Assert.Equal(D("2031-01-08"), calendar.NotificationDue(D("2031-01-01")));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Today_is_the_date_in_London_not_utc()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(D("2026-07-01"), time.Today());
        time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(D("2026-12-31"), time.Today());
    }
}
