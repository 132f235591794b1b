namespace Picket.Analysis.Tests;

/// <summary>Outputs are written beside their name and moved into place: a failed write never leaves a truncated file.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_that_fails_midway_keeps_the_previous_file_and_leaves_no_partial_file()
    {
        using var dir = new TempDir("picket-atomic");
        string path = dir["report.html"];
        File.WriteAllText(path, "the good report");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write(new string('x', 100_000));
            throw new InvalidOperationException("disk full, say");
        }));
        Assert.Equal("the good report", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_committed_write_replaces_the_file_whole()
    {
        using var dir = new TempDir("picket-atomic");
        string path = dir["events.jsonl"];
        File.WriteAllText(path, "old");
        AtomicFile.WriteText(path, w => w.Write("new"));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }
}
