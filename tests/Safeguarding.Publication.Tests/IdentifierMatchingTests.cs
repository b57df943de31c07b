using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Tests;

/// <summary>The search for identifiers: whole words, whatever the case, with the words around each hit.</summary>
public sealed class IdentifierMatchingTests
{
    [Fact]
    public void A_name_is_found_whatever_its_case_and_not_inside_another_word()
    {
        var hits = IdentifierMatching.Find(Publications.ReportText, "ann");
        // "Ann" (twice, one as "Ann's") and "ANN"; never "Annual".
        Assert.Equal(["Ann", "Ann", "ANN"], hits.Select(h => h.Text));
        Assert.DoesNotContain(hits, h => Publications.ReportText.Substring(h.Offset, 6) == "Annual");
    }

    [Fact]
    public void A_name_of_several_words_is_found_across_line_breaks_and_extra_spaces()
    {
        var hits = IdentifierMatching.Find("seen by\nAnn\n  Jones at school; Ann Jonesy is someone else", "Ann Jones");
        Assert.Single(hits);
        Assert.Equal("Ann\n  Jones", hits[0].Text);
    }

    [Fact]
    public void Each_hit_comes_with_a_window_of_context_marked_where_it_is_cut()
    {
        var text = new string('x', 100) + " the child Ann Jones was seen " + new string('y', 100);
        var hit = Assert.Single(IdentifierMatching.Find(text, "ann jones", window: 10));
        Assert.Equal("…the child Ann Jones was seen…", hit.Context);
        Assert.Equal(text.IndexOf("Ann", StringComparison.Ordinal), hit.Offset);
    }

    [Fact]
    public void A_blank_term_or_one_made_of_pattern_characters_finds_nothing_it_should_not()
    {
        Assert.Empty(IdentifierMatching.Find(Publications.ReportText, "   "));
        Assert.Empty(IdentifierMatching.Find(Publications.ReportText, ".*"));
        Assert.Single(IdentifierMatching.Find("cost (A+B) here", "(A+B)"));
    }
}
