using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.Publication.Tests;

/// <summary>A publication's steps: report versions, identifiers checked against the current report, and hits resolved.</summary>
public sealed class PublicationStepsTests
{
    private static readonly DateOnly Monday7December = new(2026, 12, 7);

    [Fact]
    public void An_accepted_report_opens_a_publication_awaiting_its_final_report()
    {
        var publication = Publications.Opened(Monday7December);
        Assert.Equal(PublicationStatus.AwaitingReport, publication.Status);
        Assert.Null(publication.CurrentReport);
    }

    [Fact]
    public void The_notifications_identifying_details_are_on_the_check_before_any_report_and_find_the_child_in_it()
    {
        var publication = Publications.Opened(Monday7December);
        var clock = Publications.On(Monday7December);
        publication.AddIdentifier("ann", null, "business-unit", clock);

        publication.AddKnownIdentifiers([("child-name", "Ann Jones"), ("child-name", "Ann"), ("family-name", "Jones"), ("incident-place", " ")], clock);

        Assert.Equal([("ann", Identifier.BusinessManager), ("Ann Jones", Identifier.Notification), ("Jones", Identifier.Notification)],
            publication.Identifiers.Select(i => (i.Value, i.Source)));
        Publications.Upload(publication, Monday7December);
        // "ann" three times (Ann Jones, Ann's, ANN JONES), the whole name twice, the family name twice.
        Assert.Equal(7, publication.UnresolvedHits);
        var familyName = publication.Identifiers.Single(i => i.Kind == "family-name").Id;
        Assert.Equal(["Jones", "JONES"], publication.CurrentHits.Where(h => h.IdentifierId == familyName).Select(h => h.Text));
    }

    [Fact]
    public void Each_upload_is_the_next_version_and_is_checked_against_every_identifier_known()
    {
        var publication = Publications.Opened(Monday7December);
        publication.AddIdentifier("Ann Jones", null, "business-unit", Publications.On(Monday7December));
        Assert.Equal(1, Publications.Upload(publication, Monday7December).Version);
        Assert.Equal(2, publication.UnresolvedHits);
        Assert.Equal(2, Publications.Upload(publication, Monday7December, "Child A lived with her mother.").Version);
        Assert.Equal(PublicationStatus.Checking, publication.Status);
        // The earlier version's hits no longer describe what would be published.
        Assert.Equal(0, publication.UnresolvedHits);
        Assert.Equal(2, publication.Hits.Count);
    }

    [Fact]
    public void An_identifier_added_after_the_upload_searches_the_current_report()
    {
        var publication = Publications.Opened(Monday7December);
        Publications.Upload(publication, Monday7December);
        publication.AddIdentifier("Northtown", Publications.ReportText, "business-unit", Publications.On(Monday7December));
        var hit = Assert.Single(publication.CurrentHits);
        Assert.Equal("Northtown", hit.Text);
        Assert.Contains("her mother in Northtown", hit.Context);
    }

    [Fact]
    public void The_same_identifier_twice_is_refused_naming_value()
    {
        var publication = Publications.Opened(Monday7December);
        publication.AddIdentifier("Ann", null, "business-unit", Publications.On(Monday7December));
        Assert.Equal("value", Assert.Throws<InvalidValueException>(() => publication.AddIdentifier(" ANN ", null, "b", Publications.On(Monday7December))).Field);
    }

    [Fact]
    public void A_hit_is_resolved_by_a_pseudonym_or_accepted_with_a_reason_and_only_once()
    {
        var publication = Publications.Opened(Monday7December);
        Publications.Upload(publication, Monday7December);
        publication.AddIdentifier("Ann Jones", Publications.ReportText, "business-unit", Publications.On(Monday7December));
        var (first, second) = (publication.CurrentHits.First(), publication.CurrentHits.Last());
        var clock = Publications.On(Monday7December);
        Assert.Equal("pseudonym", Assert.Throws<InvalidValueException>(() => publication.ResolveHit(first.Id, HitResolutions.Pseudonym, " ", null, "b", clock)).Field);
        Assert.Equal("reason", Assert.Throws<InvalidValueException>(() => publication.ResolveHit(first.Id, HitResolutions.Accepted, null, null, "b", clock)).Field);
        Assert.Equal("Child A", publication.ResolveHit(first.Id, HitResolutions.Pseudonym, "Child A", null, "b", clock).Pseudonym);
        Assert.Throws<StepNotAllowedException>(() => publication.ResolveHit(first.Id, HitResolutions.Pseudonym, "Child B", null, "b", clock));
        publication.ResolveHit(second.Id, HitResolutions.Accepted, null, "The family asked for her name to be used.", "b", clock);
        Assert.Equal(0, publication.UnresolvedHits);
        Assert.Throws<NotFoundException>(() => publication.ResolveHit(Guid.NewGuid(), HitResolutions.Accepted, null, "r", "b", clock));
    }
}
