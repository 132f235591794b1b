using Picket.Screening.Sources;

namespace Picket.Screening.Tests.Sources;

/// <summary><see cref="ListFiles"/>: what <c>picket lists load FILE|FOLDER...</c> reads, in process.</summary>
public sealed class ListFilesTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("picket-listfiles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Touch(string relative)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void A_folder_gives_its_visible_files_in_ordinal_order_and_a_file_is_taken_as_named()
    {
        var sdn = Touch("ofac/sdn.csv");
        var alt = Touch("ofac/alt.csv");
        var readme = Touch("ofac/README");
        Touch("ofac/.staging-1");
        var un = Touch("un.xml");

        var files = ListFiles.Expand([Path.Combine(_dir, "ofac"), un]);

        Assert.Null(files.Missing);
        Assert.Equal([readme, alt, sdn, un], files.Paths);
        Assert.Equal(new HashSet<string> { readme, alt, sdn }, files.FromFolders);
        Assert.True(files.IsBystander(new ListLoadOutcome([readme], null, null, "not a list", NotAList: true, null)));
        Assert.False(files.IsBystander(new ListLoadOutcome([un], null, null, "not a list", NotAList: true, null)));
        Assert.False(files.IsBystander(new ListLoadOutcome([sdn], "ofac", null, "garbled", NotAList: false, null)));
    }

    [Fact]
    public void The_first_missing_argument_is_named()
    {
        var un = Touch("un.xml");
        var files = ListFiles.Expand([un, Path.Combine(_dir, "nope.xml"), Path.Combine(_dir, "later.xml")]);
        Assert.Equal(Path.Combine(_dir, "nope.xml"), files.Missing);
    }
}
