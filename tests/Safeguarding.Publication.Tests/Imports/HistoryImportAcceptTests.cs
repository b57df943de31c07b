using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Publication.Api.Imports;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Tests.Imports;

public sealed class HistoryImportAcceptTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    private static (RegisterCase, ImportedCase) Case(string reference, string? summary) =>
        RegisterCases.Of("northshire", reference, new HistoryCase { Row = 2, Reference = reference, Summary = summary, ReferredOn = HistoryDate.OfMonth(2018, 2) });

    [Fact]
    public void New_and_changed_cases_are_sent_to_the_services_and_cases_as_they_were_are_not()
    {
        var held = new[] { Case("Ref050", "As it was").Item1, Case("Ref051", "Before").Item1 }.ToDictionary(c => c.Reference);

        var import = HistoryImport.Accept("northshire", [Case("Ref050", "As it was"), Case("Ref051", "After"), Case("Ref052", null)], held, "bm", Clock);

        Assert.Equal((3, 1, 1, 1), (import.Cases, import.Added, import.Changed, import.Unchanged));
        var sent = Assert.IsType<HistoryImportedIntegrationEvent>(Assert.Single(import.RaisedEvents()).Event);
        Assert.Equal(["Ref052", "Ref051"], sent.Cases.Select(c => c.Reference));
        // A month-only date goes to the services as the month; the summary does not go at all.
        Assert.Equal("2018-02", sent.Cases[0].ReferredOn);
    }

    [Fact]
    public void An_import_is_complete_once_every_service_has_taken_its_part_whatever_it_says_twice()
    {
        var import = HistoryImport.Accept("northshire", [Case("Ref050", "New")], new Dictionary<string, RegisterCase>(), "bm", Clock);

        import.TakenByService("notification");
        import.TakenByService("notification");
        Assert.False(import.Complete);
        import.TakenByService("rapid-review");

        Assert.Equal(["notification", "rapid-review"], import.TakenBy);
        Assert.True(import.Complete);
    }

    [Fact]
    public void A_register_brought_in_again_as_it_was_changes_nothing_and_sends_nothing()
    {
        var cases = new[] { Case("Ref050", "As it was"), Case("Ref051", "Before") };
        var held = cases.Select(c => c.Item1).ToDictionary(c => c.Reference);

        var import = HistoryImport.Accept("northshire", [Case("Ref050", "As it was"), Case("Ref051", "Before")], held, "bm", Clock);

        Assert.Equal((0, 0, 2, true), (import.Added, import.Changed, import.Unchanged, import.Complete));
        Assert.Empty(import.RaisedEvents());
    }
}
