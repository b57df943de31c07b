namespace Safeguarding.Web.Screens;

/// <summary>The Department for Education's ethnicity codes (2021 census categories) the national form asks for.</summary>
public static class Ethnicities
{
    public static readonly IReadOnlyList<(string Value, string Text)> All =
    [
        ("WBRI", "White: British"), ("WIRI", "White: Irish"), ("WIRT", "White: Traveller of Irish heritage"), ("WROM", "White: Gypsy or Roma"),
        ("WOTH", "White: any other White background"), ("MWBC", "Mixed: White and Black Caribbean"), ("MWBA", "Mixed: White and Black African"),
        ("MWAS", "Mixed: White and Asian"), ("MOTH", "Mixed: any other mixed background"), ("AIND", "Asian or Asian British: Indian"),
        ("APKN", "Asian or Asian British: Pakistani"), ("ABAN", "Asian or Asian British: Bangladeshi"), ("AOTH", "Asian or Asian British: any other Asian background"),
        ("BCRB", "Black or Black British: Caribbean"), ("BAFR", "Black or Black British: African"), ("BOTH", "Black or Black British: any other Black background"),
        ("CHNE", "Chinese"), ("OOTH", "Any other ethnic group"), ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ];
}
