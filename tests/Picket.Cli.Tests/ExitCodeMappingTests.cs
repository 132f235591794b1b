using Picket.Analysis;
using Picket.Cli.Commands;

namespace Picket.Cli.Tests;

/// <summary>Every failure that escapes a command becomes its documented exit code, in one place.</summary>
public sealed class ExitCodeMappingTests
{
    [Fact]
    public void The_boundary_maps_each_failure_to_its_documented_exit_code()
    {
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(CliError.Input("x")).Exit);
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(AnalysisException.Input("x")).Exit);
        Assert.Equal(ExitCodes.OutputError, CommandErrorBoundary.Describe(AnalysisException.Output("x")).Exit);
        Assert.Equal(ExitCodes.Usage, CommandErrorBoundary.Describe(AnalysisException.Usage("x")).Exit);
        Assert.Equal(ExitCodes.OutputError, CommandErrorBoundary.Describe(new IOException("No space left on device")).Exit);
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(new FileNotFoundException("gone")).Exit);
        Assert.Equal(ExitCodes.InputError, CommandErrorBoundary.Describe(new InvalidDataException("Found truncated data while decoding.")).Exit);
        Assert.Equal(ExitCodes.Interrupted, CommandErrorBoundary.Describe(new OperationCanceledException()).Exit);
        var (exit, line) = CommandErrorBoundary.Describe(new NullReferenceException("oops"));
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.StartsWith("internal error", line, StringComparison.Ordinal);
    }
}
