using System.Reflection;
using PublicApiGenerator;
using Picket.Ais.Csv;

namespace Picket.Ais.Tests;

/// <summary>
/// Picket.Ais and Picket.Ais.Csv are usable alone, so their public surfaces are policed: any change shows up as a diff
/// against the project's <c>PublicAPI.approved.txt</c>. To accept a deliberate change, run the tests with
/// PICKET_ACCEPT_API=1 and review the file's diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_the_approved_one() => AssertApproved(typeof(AisDecoder).Assembly, "Picket.Ais");

    [Fact]
    public void Csv_public_api_is_the_approved_one() => AssertApproved(typeof(AisCsvReader).Assembly, "Picket.Ais.Csv");

    private static void AssertApproved(Assembly assembly, string project)
    {
        string actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string path = Path.Combine(SharedData.RepoRoot, "src", project, "PublicAPI.approved.txt");
        if (Environment.GetEnvironmentVariable("PICKET_ACCEPT_API") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"{path} is missing; run with PICKET_ACCEPT_API=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
