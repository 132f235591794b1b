namespace Picket.Core.Input.Live;

/// <summary>
/// <c>file:PATH</c>: reads a file from its start and follows its growth, as <c>tail -F</c> does. At the end of the
/// file it looks again every <see cref="LiveFeedOptions.TailPollInterval"/>; a file that became shorter than what was
/// read (truncated, or replaced by a new one — log rotation) is read again from its start, and so is one whose first
/// bytes changed (replaced by a file already longer). A missing file is waited for. Each opening is a new session.
/// </summary>
internal sealed class FileTailRunner(LiveSourceState state) : LiveSourceRunner(state)
{
    /// <summary>Bytes at the start of the file remembered to notice that the path now names another file.</summary>
    private const int HeadBytes = 64;

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        string path = State.Address.Path;
        var buffer = new byte[ReadSize];
        while (!cancellationToken.IsCancellationRequested)
        {
            FileStream? file = null;
            LiveSession? session = null;
            try
            {
                file = TryOpen(path);
                if (file == null)
                {
                    await Task.Delay(State.Options.TailPollInterval, State.Clock, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                session = State.OpenSession();
                await FollowAsync(file, path, session, buffer, cancellationToken).ConfigureAwait(false);
                State.Truncated();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                State.Failed(e.Message);
                try
                {
                    await Task.Delay(State.Options.TailPollInterval, State.Clock, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            finally
            {
                if (session != null) State.CloseSession(session);
                if (file != null) await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads to the end and waits for more; returns when the path names a shorter or another file.</summary>
    private async Task FollowAsync(FileStream file, string path, LiveSession session, byte[] buffer, CancellationToken cancellationToken)
    {
        var head = new byte[HeadBytes];
        int headLength = 0;
        long position = 0;
        bool replaced = false;
        while (true)
        {
            int n = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (n > 0)
            {
                if (headLength < HeadBytes)
                {
                    int take = (int)Math.Min(HeadBytes - headLength, Math.Max(0, HeadBytes - position));
                    take = Math.Min(take, n);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }
                position += n;
                var now = State.Clock.GetUtcNow();
                State.Received(now);
                session.Received(buffer.AsSpan(0, n), now);
                await session.FlushAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            // At the end: a line still open may be completed by the writer, so it is kept, not ended.
            if (replaced) return;
            await Task.Delay(State.Options.TailPollInterval, State.Clock, cancellationToken).ConfigureAwait(false);
            // Replaced (rotated): what the writer added to the old file before it moved on is still read, to its end.
            replaced = Replaced(path, position, head.AsSpan(0, headLength));
        }
    }

    /// <summary>True when the path is now shorter than what was read, or begins with other bytes.</summary>
    private static bool Replaced(string path, long position, ReadOnlySpan<byte> head)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return false; // moved away and not yet recreated: keep reading the old one
            if (info.Length < position) return true;
            if (head.IsEmpty) return false;
            using var now = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            Span<byte> current = stackalloc byte[HeadBytes];
            int n = now.ReadAtLeast(current[..head.Length], head.Length, throwOnEndOfStream: false);
            return !current[..n].SequenceEqual(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
