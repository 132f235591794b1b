namespace Picket.Screening.Tests;

/// <summary>Paths of the hand-made fixtures copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The fixture with its last <paramref name="cut"/> characters removed, in a temporary file.</summary>
    public static string Truncated(string name, int cut)
    {
        var text = File.ReadAllText(Path(name));
        var tmp = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"picket-{Guid.NewGuid():N}-{name}");
        File.WriteAllText(tmp, text[..^cut]);
        return tmp;
    }
}
