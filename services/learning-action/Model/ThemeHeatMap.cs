namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// Learning themes across reviews, as councillors ask for them: for each theme, how many reviews
/// raised it by year and by type of review, and how many actions carry it. A review counts in the
/// year its report was accepted, a rapid review in the year of the chair's decision.
/// Every coded theme has its row (a zero is an answer too); a theme outside the set is shown, uncoded.
/// </summary>
public sealed record ThemeHeatMap(IReadOnlyList<int> Years, IReadOnlyList<string> ReviewTypes, IReadOnlyList<ThemeHeatMapRow> Rows)
{
    public static ThemeHeatMap Of(IEnumerable<ReviewThemes> raised, IReadOnlyList<PlanAction> actions, ThemeSet themes)
    {
        // A review counts once per theme, however many of its recommendations carry it.
        var reviews = raised
            .SelectMany(r => r.Themes.Select(t => (Theme: ThemeSet.Code(t), r.ReviewId, r.Year, r.ReviewType)))
            .Distinct()
            .ToList();
        var actionThemes = actions.SelectMany(a => a.Themes.Select(ThemeSet.Code).Distinct()).ToList();
        var codes = themes.Codes.Concat(reviews.Select(r => r.Theme)).Concat(actionThemes).Where(c => c.Length > 0).Distinct().ToList();
        var years = reviews.Select(r => r.Year).Distinct().Order().ToList();
        var types = reviews.Select(r => r.ReviewType).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = codes.Select(code =>
        {
            var raised = reviews.Where(r => r.Theme == code).ToList();
            return new ThemeHeatMapRow(code, themes.IsCoded(code), raised.Select(r => r.ReviewId).Distinct().Count(),
                years.ToDictionary(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), y => raised.Count(r => r.Year == y)),
                types.ToDictionary(t => t, t => raised.Count(r => r.ReviewType == t)),
                actionThemes.Count(t => t == code));
        }).ToList();
        return new ThemeHeatMap(years, types, rows);
    }
}
