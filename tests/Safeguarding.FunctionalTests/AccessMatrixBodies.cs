namespace Safeguarding.FunctionalTests;

/// <summary>
/// A valid body for each step that binds a typed request, which is validated before the case is
/// looked up (for a form, a function making it): with it, the access matrix sees the access rule's
/// answer rather than a 400.
/// </summary>
internal static class AccessMatrixBodies
{
    public static readonly Dictionary<string, object> For = new()
    {
        ["/api/rapid-reviews/{id}/contributions"] = new
        {
            agency = "Northshire Police", agencyType = "police", involvement = "i", keyPracticeEpisodes = Array.Empty<string>(),
            immediateSafetyActions = Array.Empty<string>(),
            practitioner = new { name = "n", role = "r", telephone = "01632 960 789", email = "a@b.example" },
        },
        ["/api/rapid-reviews/{id}/contribution-requests"] = new { agencies = new[] { new { agency = "Northshire Police", agencyType = "police" } }, dueDay = 15 },
        ["/api/rapid-reviews/{id}/meeting"] = new { heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = true } },
        ["/api/rapid-reviews/{id}/meeting/invitations"] = new
        {
            meetsOn = "2027-01-05", venue = "v", invitees = new[] { new { agency = "Northshire Police", agencyType = "police", name = "n", email = "a@b.example" } },
        },
        // A form, not JSON: a paper and its title.
        ["/api/rapid-reviews/{id}/meeting/papers"] = (Func<HttpContent>)(() => new MultipartFormDataContent
        {
            { new ByteArrayContent(RapidReviewMeetingTests.Pdf), "file", "paper.pdf" }, { new StringContent("Agenda"), "title" },
        }),
        ["/api/learning-actions"] = new
        {
            source = "inspection", sourceReference = "r", leadAgency = "Northshire County Council", description = "d", successMeasure = "m", dueOn = "2027-03-31",
        },
        ["/api/learning-actions/{id}/progress"] = new { text = "t" },
        ["/api/learning-actions/{id}/evidence"] = new { kind = "text", title = "t", statement = "s" },
        ["/api/learning-actions/{id}/evidence/documents"] = (Func<HttpContent>)(() => new MultipartFormDataContent
        {
            { new ByteArrayContent(RapidReviewMeetingTests.Pdf), "file", "evidence.pdf" }, { new StringContent("Audit"), "title" },
        }),
        ["/api/learning-actions/{id}/send-back"] = new { reason = "r" },
        ["/api/learning-actions/{id}/closure"] = new { reason = "r" },
        ["/api/learning-actions/briefings"] = new
        {
            title = "t", format = "six-step", theme = "neglect", agencies = new[] { "Northshire County Council" },
            sections = BriefingTests.Headings["six-step"].Select(h => new { heading = h, text = "t" }).ToArray(),
        },
        ["/api/learning-actions/briefings/{id}/sections"] = new
        {
            title = "t", agencies = new[] { "Northshire County Council" },
            sections = BriefingTests.Headings["six-step"].Select(h => new { heading = h, text = "t" }).ToArray(),
        },
        ["/api/learning-actions/briefings/{id}/dissemination"] = new
        {
            agency = "Northshire County Council", teams = new[] { "Front door" }, practitioners = 5, on = "2026-12-23", method = "team-meeting",
        },
        ["/api/learning-actions/learning-events"] = new
        {
            kind = "wider-event", title = "t", heldOn = "2026-12-23", deliveredBy = "d", themes = new[] { "neglect" },
        },
        ["/api/learning-actions/learning-events/{id}/attendance"] = new
        {
            agency = "Northshire County Council", roles = new[] { new { role = "Social worker", practitioners = 5 } },
        },
        ["/api/learning-actions/learning-events/{id}/feedback"] = new { average = 4, responses = 1 },
        ["/api/learning-actions/impact-evidence"] = new { kind = "audit", summary = "s", on = "2026-12-23", themes = new[] { "neglect" } },
        ["/api/publications/{id}/schedule"] = new { publishOn = "2027-01-06" },
        ["/api/publications/{id}/national-submission"] = new { },
        ["/api/publications/{id}/national-submission/acknowledgements"] = new { recipient = "ofsted", receivedOn = "2026-12-23" },
        // An unknown recipient: allowed callers get 400, and nothing is subscribed.
        ["/api/feeds/subscriptions"] = new { recipient = "nobody", endpoint = "https://panel.example.gov.uk/hooks" },
        ["/api/publications/{id}/reports"] = (Func<HttpContent>)(() => ReportDocuments.Upload(ReportDocuments.Docx("Child A lived with her mother."), "report.docx")),
        ["/api/publications/{id}/identifiers"] = new { value = "Ann Jones" },
        ["/api/history-imports/dry-run"] = (Func<HttpContent>)(() => new MultipartFormDataContent { { new StringContent("Reference\nRef1\n"), "file", "register.csv" } }),
        // A register with a problem in it: refused whole, so nothing is imported.
        ["/api/history-imports"] = (Func<HttpContent>)(() => new MultipartFormDataContent { { new StringContent("Reference,Age\nRef1,99\n"), "file", "register.csv" } }),
        // A file of estimates with its header alone: refused as having no rows, so nothing is imported.
        ["/api/benchmarks/child-population"] = (Func<HttpContent>)(() => new StringContent("area code,area name,year,population\n", System.Text.Encoding.UTF8, "text/csv")),
        ["/api/publications/{id}/hits/{hitId}/resolution"] = new { resolution = "accepted", reason = "r" },
        ["/api/publications/{id}/publication"] = new { name = "Child A", incident = "i" },
        ["/api/publications/{id}/delay"] = new { publishOn = "2027-03-01", reason = "r" },
        ["/api/publications/{id}/decision-not-to-publish"] = new { reasons = "r", name = "Child B", improvements = "i" },
        ["/api/rapid-reviews/{id}/recommendation"] = new
        {
            facts = "f", learningIdentified = "l", immediateActions = "i", recommendedOutcome = "no-further-action", rationale = "r",
        },
        ["/api/rapid-reviews/{id}/decision"] = new { outcome = "no-further-action", rationale = "r" },
        ["/api/rapid-reviews/{id}/decision/communications"] = new { audience = "family", communicatedOn = "2026-12-23" },
        ["/api/rapid-reviews/{id}/submission"] = new { },
        ["/api/rapid-reviews/{id}/panel-response"] = new { response = "agrees" },
        ["/api/notifications/{id}/amendments"] = new { reason = "r", changes = new { incidentTime = "10:00" } },
        ["/api/notifications/{id}/withdrawal"] = new { reason = "r" },
        ["/api/referrals/{id}/decision-not-to-notify"] = new
        {
            rationale = "r",
            partnerPositions = new[] { new { partner = "local-authority", position = "agree" }, new { partner = "police", position = "agree" }, new { partner = "health", position = "agree" } },
        },
        ["/api/referrals/{id}/escalation/resolution"] = new { outcome = "notify", reasoning = "r" },
        ["/api/referrals/{id}/learning-route"] = new { rationale = "r", learningActivity = "a" },
        ["/api/referrals/{id}/learning-route/outcome"] = new { outcome = "o" },
        ["/api/reviews/{id}/reviewer"] = new { name = "n", appointedOn = "2026-12-23", methodology = "m" },
        ["/api/reviews/{id}/terms-of-reference"] = new { agreedOn = "2026-12-23" },
        ["/api/reviews/{id}/panel-meetings"] = new { heldOn = "2026-12-23" },
        ["/api/reviews/{id}/practitioner-learning-event"] = new { heldOn = "2026-12-23", attendance = new[] { new { agency = "a", practitioners = 1 } } },
        ["/api/reviews/{id}/family-involvement"] = new { status = "invited", childsVoice = "v" },
        ["/api/reviews/{id}/parallel-proceedings"] = new { kind = "inquest", expectedDelayDays = 1, reason = "r" },
        ["/api/reviews/{id}/costs"] = new { authorFee = 1, otherCosts = 0, partnerContributions = Array.Empty<object>() },
        ["/api/reviews/{id}/slippage"] = new { newExpectedCompletionOn = "2027-12-01", reason = "r" },
        ["/api/reviews/{id}/draft-report"] = new { receivedOn = "2026-12-23" },
        ["/api/reviews/{id}/acceptance"] = new { acceptedOn = "2026-12-23", findings = new[] { "f" }, learningThemes = new[] { "t" }, recommendations = new[] { "r" } },
    };
}
