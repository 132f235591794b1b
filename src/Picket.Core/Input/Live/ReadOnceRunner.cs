namespace Picket.Core.Input.Live;

/// <summary>
/// <c>-</c> and a finished file: reads one stream — standard input (or the stream the options give), or the file
/// (plain or gzip) — to its end in one session; the source then ends. A file that cannot be opened ends the source
/// with the reason in its counters.
/// </summary>
internal sealed class ReadOnceRunner(LiveSourceState state, Func<Stream> open) : LiveSourceRunner(state)
{
    public static ReadOnceRunner StandardInput(LiveSourceState state) =>
        new(state, () => state.Options.OpenStandardInput?.Invoke() ?? Console.OpenStandardInput());

    public static ReadOnceRunner File(LiveSourceState state) =>
        new(state, () => Picket.Ais.NmeaStreamReader.OpenFile(state.Address.Path));

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        var session = State.OpenSession();
        try
        {
            var stream = open();
            await using (stream.ConfigureAwait(false))
            {
                await PumpAsync(stream, session, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            State.Failed(e.Message);
        }
        finally
        {
            State.CloseSession(session);
        }
    }
}
