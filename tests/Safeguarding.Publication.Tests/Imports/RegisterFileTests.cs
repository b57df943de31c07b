using System.Text;
using Safeguarding.Publication.Api.Imports;

namespace Safeguarding.Publication.Tests.Imports;

public sealed class RegisterFileTests
{

    public static Task<RegisterFile> Csv(string text, string name = "register.csv") =>
        RegisterFile.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, CancellationToken.None);

    private static Task<RegisterFile> Bytes(byte[] bytes, string name) => RegisterFile.ReadAsync(new MemoryStream(bytes), name, CancellationToken.None);

    [Fact]
    public async Task A_register_is_read_by_its_headers_in_the_partnerships_own_order_and_blank_rows_are_passed_over()
    {
        var file = await Csv("\uFEFFReference ,Status, Summary ,Age\r\nRef053,Published,\"Neglect, over years\",4\r\n,,,\r\nRef054,Open,,\r\n");

        Assert.Empty(file.Problems);
        Assert.Equal(["Reference", "Status", "Summary", "Age"], file.Headers);
        Assert.Equal([2, 4], file.Rows.Select(r => r.Number));
        Assert.Equal(("Ref053", "Neglect, over years", ""), (file.Rows[0]["Reference"], file.Rows[0]["Summary"], file.Rows[1]["Location"]));
    }

    [Theory]
    [InlineData("Summary,Status\nx,y\n", "The required column Reference is missing.")]
    [InlineData("Reference,Childs name\nRef1,x\n", "The column “Childs name” is not one of the register's columns")]
    [InlineData("Reference,Age,AGE\nRef1,1,1\n", "The column Age appears more than once.")]
    [InlineData("Reference\n", "no rows of cases")]
    [InlineData("", "The file is empty.")]
    [InlineData("Reference\nRef1\u0000\u0001\n", "binary data")]
    public async Task A_file_with_the_wrong_columns_or_none_is_refused_as_a_whole(string text, string why)
    {
        var file = await Csv(text);

        Assert.True(file.IsRefused);
        Assert.Empty(file.Rows);
        Assert.Contains(file.Problems, p => p.Row is null && p.Message.Contains(why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_that_is_not_utf8_an_old_workbook_a_broken_workbook_and_a_file_over_the_limit_are_refused()
    {
        Assert.Contains("not UTF-8", (await Bytes([0x52, 0x65, 0x66, 0xFF, 0xFE, 0x0A], "register.csv")).Problems.Single().Message);
        Assert.Contains(".xls", (await Bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "register.xlsx")).Problems.Single().Message);
        Assert.Contains("not a valid XLSX", (await Bytes([.. "PK\u0003\u0004"u8, .. new byte[200]], "register.xlsx")).Problems.Single().Message);
        Assert.Contains("not a valid XLSX", (await Bytes("Reference\nRef1\n"u8.ToArray(), "register.xlsx")).Problems.Single().Message);
        Assert.Contains("larger than 10 MB", (await Bytes(new byte[RegisterFile.MaxBytes + 1], "register.csv")).Problems.Single().Message);
    }

    [Fact]
    public async Task A_workbook_is_read_from_its_first_sheet_with_dates_as_days_or_months_as_their_format_shows_and_formulas_never_run()
    {
        var bytes = Workbooks.Of(
            [new Workbooks.Shared("Reference"), "Referred on", "Notified on", "Summary", "Age"],
            [new Workbooks.Shared("Ref053"), new Workbooks.Serial(43145, 1), new Workbooks.Serial(43132, 2), new Workbooks.Formula("HYPERLINK(\"http://x\")", "click"), 4d]);

        var file = await Bytes(bytes, "upload");

        Assert.Empty(file.Problems);
        var row = Assert.Single(file.Rows);
        // 43145 is 14 February 2018; 43132, shown as "Feb 2018", is kept as the month.
        Assert.Equal(("2018-02-14", "2018-02", "click", "4"), (row["Referred on"], row["Notified on"], row["Summary"], row["Age"]));
    }

    [Fact]
    public async Task Quotation_marks_that_do_not_pair_up_are_a_problem_of_their_row()
    {
        var file = await Csv("Reference,Summary\nRef1,ok\nRef2,\"not closed\nRef3,x\n");

        Assert.Contains(file.Problems, p => p.Row is not null && p.Message.Contains("quotation marks", StringComparison.Ordinal));
    }
}
