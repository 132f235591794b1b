using PublicApiGenerator;

namespace Picket.Ais.Tests;

/// <summary>
/// Picket.Ais is usable alone, so its public surface is policed: any change shows up as a diff against
/// <c>PublicAPI.approved.txt</c>. To accept a deliberate change, run the tests with PICKET_ACCEPT_API=1 and review the file's diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_the_approved_one()
    {
        string actual = typeof(AisDecoder).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string path = Path.Combine(SharedData.RepoRoot, "src", "Picket.Ais", "PublicAPI.approved.txt");
        if (Environment.GetEnvironmentVariable("PICKET_ACCEPT_API") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"{path} is missing; run with PICKET_ACCEPT_API=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
