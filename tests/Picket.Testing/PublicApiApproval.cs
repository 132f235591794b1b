using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace Picket.Testing;

/// <summary>
/// The one convention for policing a library's public surface (after Npgsql's PublicAPI files): the surface is
/// generated from the built assembly and compared with <c>src/&lt;Project&gt;/PublicAPI.approved.txt</c>. Any change to
/// it fails the test as a diff; to accept a deliberate change, run the tests with <c>PICKET_ACCEPT_API=1</c> and review
/// the file's diff before committing it.
/// </summary>
public static class PublicApiApproval
{
    public static void Verify(Assembly assembly)
    {
        string project = assembly.GetName().Name!;
        string actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string path = Path.Combine(RepoRoot(), "src", project, "PublicAPI.approved.txt");
        if (Environment.GetEnvironmentVariable("PICKET_ACCEPT_API") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with PICKET_ACCEPT_API=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string RepoRoot() =>
        SharedData.RepoRoot ?? throw new InvalidOperationException($"no global.json above {AppContext.BaseDirectory}");
}
