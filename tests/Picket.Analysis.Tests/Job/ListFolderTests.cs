using Picket.Screening.Sources;

namespace Picket.Analysis.Tests.Job;

/// <summary>
/// <c>analyze --lists DIR</c> screens against the lists store's current lists only: an update in progress
/// (<c>.staging-*</c>) or the copy it replaced (<c>.old-*</c>) must not be loaded beside the current list, where their
/// entries would shadow or duplicate it. The job and <c>picket lists</c> read a folder the same way.
/// </summary>
public sealed class ListFolderTests(SimulatedScenario scenario) : IClassFixture<SimulatedScenario>
{
    [Fact]
    public void The_store_loads_the_current_lists_and_plain_files_but_no_hidden_work_folder()
    {
        using var lists = MakeLists();
        var loaded = new ListStore(lists.Path).Load();
        Assert.Equal(["os-current-vessel", "os-plain-vessel"], loaded.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_job_screens_against_the_current_lists_only()
    {
        using var lists = MakeLists();
        using var dir = new TempDir("picket-job");
        var request = new AnalysisRequest
        {
            Inputs = [scenario.Feed], OutputDirectory = dir.Path, ListsDirectory = lists.Path, Outputs = AnalysisOutputs.Events | AnalysisOutputs.Vessels,
        };
        var result = await new AnalysisJob(request).RunAsync(TestContext.Current.CancellationToken);
        Assert.Contains(Path.Combine("un", "un.ftm.json"), result.Summary.Lists, StringComparison.Ordinal);
        Assert.Contains("plain.ftm.json", result.Summary.Lists, StringComparison.Ordinal);
        Assert.DoesNotContain(".staging-", result.Summary.Lists, StringComparison.Ordinal);
        Assert.DoesNotContain(".old-", result.Summary.Lists, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lists_path_that_is_a_file_is_an_input_failure()
    {
        using var dir = new TempDir("picket-job");
        File.WriteAllText(dir["lists.xml"], "<x/>");
        var request = new AnalysisRequest { Inputs = [scenario.Feed], OutputDirectory = dir["out"], ListsDirectory = dir["lists.xml"] };
        var e = await Assert.ThrowsAsync<AnalysisException>(() => new AnalysisJob(request).RunAsync(TestContext.Current.CancellationToken));
        Assert.Equal(AnalysisFailure.Input, e.Failure);
        Assert.Contains("is a file", e.Message, StringComparison.Ordinal);
    }

    private static TempDir MakeLists()
    {
        var lists = new TempDir("picket-lists");
        Write(lists, Path.Combine("un", "un.ftm.json"), "current-vessel", "CURRENT STAR", "9000001");
        Write(lists, "plain.ftm.json", "plain-vessel", "PLAIN STAR", "9000002");
        Write(lists, Path.Combine(".staging-un-0a1b", "un.ftm.json"), "staged-vessel", "STAGED STAR", "9000003");
        Write(lists, Path.Combine(".old-un-2c3d", "un.ftm.json"), "old-vessel", "OLD STAR", "9000004");
        return lists;
    }

    private static void Write(TempDir lists, string relative, string id, string name, string imo)
    {
        string path = lists[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $$"""{"id":"{{id}}","schema":"Vessel","properties":{"name":["{{name}}"],"imoNumber":["IMO{{imo}}"]},"datasets":["test"]}""" + "\n");
    }
}
