namespace Picket.Core.Input.Live;

/// <summary><c>-</c>: reads standard input (or the stream the options give) to its end; the source then ends.</summary>
internal sealed class StandardInputRunner(LiveSourceState state) : LiveSourceRunner(state)
{
    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        var session = State.OpenSession();
        try
        {
            var stream = State.Options.OpenStandardInput?.Invoke() ?? Console.OpenStandardInput();
            await using (stream.ConfigureAwait(false))
            {
                await PumpAsync(stream, session, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (IOException e)
        {
            State.Failed(e.Message);
        }
        finally
        {
            State.CloseSession(session);
        }
    }
}
