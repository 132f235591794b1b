namespace Picket.Screening.Tests;

/// <summary>Figures a test reports: written to the test's output (shown with `--output detailed`) and to the console.</summary>
internal static class Report
{
    public static void Line(string text)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        TestContext.Current.SendDiagnosticMessage(text);
    }
}
