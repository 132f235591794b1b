using Picket.Cli.Commands;

namespace Picket.Cli.Tests;

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

    [Fact]
    public void The_boundary_maps_each_failure_to_its_documented_exit_code()
    {
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(CliError.Input("x")).Exit);
        Assert.Equal(ExitCodes.OutputError, CommandErrorBoundary.Describe(new IOException("No space left on device")).Exit);
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(new FileNotFoundException("gone")).Exit);
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(new InvalidDataException("Found truncated data while decoding.")).Exit);
        Assert.Equal(ExitCodes.Interrupted, CommandErrorBoundary.Describe(new OperationCanceledException()).Exit);
        var (exit, line) = CommandErrorBoundary.Describe(new NullReferenceException("oops"));
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.StartsWith("internal error", line, StringComparison.Ordinal);
    }
}
