using Picket.Screening.Companies;

namespace Picket.Screening.Tests.Companies;

public class RegistryCsvReaderTests
{
    // 9187629 and 9187655 carry valid ship check digits (OFAC's ARTAVIL and ARK); 9187620 does not.
    [Fact]
    public void Each_filled_role_of_a_row_is_a_link_with_its_dates()
    {
        var r = RegistryCsvReader.LoadText("""
            imo,registered_owner,ship_manager,ism_manager,operator,from,to
            9187629,Alpha Owner Ltd,Profinet Pte Ltd,,,2018-01-01,2018-12-31
            IMO 9187655,,"Beta Management Co., Ltd",Beta Management Co. Ltd,,,
            """);
        Assert.True(r.Succeeded);
        Assert.Equal(2, r.Rows);
        Assert.Equal(0, r.BadRows);
        Assert.Equal(
            [
                new RegistryLink("9187629", CompanyRole.RegisteredOwner, "Alpha Owner Ltd", new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), 2),
                new RegistryLink("9187629", CompanyRole.ShipManager, "Profinet Pte Ltd", new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), 2),
                new RegistryLink("9187655", CompanyRole.ShipManager, "Beta Management Co., Ltd", null, null, 3),
                new RegistryLink("9187655", CompanyRole.IsmManager, "Beta Management Co. Ltd", null, null, 3),
            ],
            r.Links);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_case_and_only_one_role_is_needed()
    {
        var r = RegistryCsvReader.LoadText("Operator,IMO\nGamma Shipping,9187629\n");
        Assert.Equal([new RegistryLink("9187629", CompanyRole.Operator, "Gamma Shipping", null, null, 2)], r.Links);
    }

    [Fact]
    public void Bad_rows_are_counted_by_reason_and_the_good_ones_kept()
    {
        var r = RegistryCsvReader.LoadText("""
            imo,ship_manager,from,to
            ,No Imo Ltd,,
            12345,Short Imo Ltd,,
            9187620,Bad Check Digit Ltd,,
            9187629,Bad Date Ltd,01/02/2018,
            9187629,Backwards Ltd,2019-01-01,2018-01-01
            9187629,,,
            9187655,Good Ltd,2018-03-01T00:00:00Z,
            """);
        Assert.True(r.Succeeded);
        Assert.Equal(7, r.Rows);
        Assert.Equal(6, r.BadRows);
        Assert.Equal(1, r.BadRowsByReason["imo missing"]);
        Assert.Equal(1, r.BadRowsByReason["imo is not 7 digits"]);
        Assert.Equal(1, r.BadRowsByReason["imo fails the ship check digit (IMO Res. A.1117(30))"]);
        Assert.Equal(1, r.BadRowsByReason["from/to is not a date (yyyy-mm-dd)"]);
        Assert.Equal(1, r.BadRowsByReason["to before from"]);
        Assert.Equal(1, r.BadRowsByReason["no company in any role column"]);
        Assert.Contains("line 3: imo is not 7 digits", r.Messages);
        Assert.Equal([new RegistryLink("9187655", CompanyRole.ShipManager, "Good Ltd", new DateOnly(2018, 3, 1), null, 8)], r.Links);
    }

    [Fact]
    public void A_file_without_an_imo_or_role_column_is_rejected_with_what_was_expected()
    {
        var r = RegistryCsvReader.LoadText("vessel,owner\nX,Y\n");
        Assert.False(r.Succeeded);
        Assert.Contains("'imo'", r.Rejected);
        Assert.Contains("found: vessel, owner", r.Rejected);
        Assert.Empty(r.Links);
    }

    [Fact]
    public void Hostile_names_are_cleaned_and_oversized_rows_counted_not_thrown()
    {
        var longName = new string('A', 400);
        var csv = "imo,ship_manager\n"
            + "9187629,\"Evil\u202Edtl\u0000 Corp\u200B\r\n\"\n"      // bidi override, NUL, zero-width space, a quoted line break
            + "9187655,\"=HYPERLINK(\"\"x\"\")\"\n"                      // a formula stays text: cleaned, kept, shown escaped downstream
            + $"9187629,{longName}\n";
        var r = RegistryCsvReader.LoadText(csv, limits: new RegistryLimits { MaxNameLength = 300 });
        Assert.True(r.Succeeded);
        Assert.Equal(1, r.BadRowsByReason["a quoted field runs over several lines"]);
        Assert.Equal(1, r.BadRowsByReason["company name longer than 300 characters"]);
        Assert.Equal(["=HYPERLINK(\"x\")"], r.Links.Select(l => l.Company));
        Assert.Equal("Evildtl Corp", CompanyText.Clean("Evil\u202Edtl\u0000 Corp\u200B"));
    }

    [Fact]
    public void Rows_past_the_limit_are_counted_and_skipped()
    {
        var csv = "imo,operator\n" + string.Concat(Enumerable.Repeat("9187629,Op Ltd\n", 10));
        var r = RegistryCsvReader.LoadText(csv, limits: new RegistryLimits { MaxRows = 4 });
        Assert.Equal(4, r.Rows);
        Assert.Equal(4, r.Links.Count);
        Assert.Equal(6, r.BadRowsByReason["beyond the 4 row limit"]);
    }

    [Fact]
    public void A_missing_file_is_a_rejection_not_an_exception()
    {
        var r = RegistryCsvReader.Load(Path.Combine(Path.GetTempPath(), "no-such-registry-" + Guid.NewGuid() + ".csv"));
        Assert.False(r.Succeeded);
        Assert.StartsWith("cannot read registry", r.Rejected);
    }
}
