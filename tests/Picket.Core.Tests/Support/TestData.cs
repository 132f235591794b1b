namespace Picket.Core.Tests.Support;

/// <summary>Writes a line to the running test's output (figures worth seeing in a run, not asserted).</summary>
internal static class TestData
{
    public static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
