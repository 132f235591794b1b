using System.IO.Compression;
using Picket.Store.Ingest;
using Spectre.Console;

namespace Picket.Cli.Analyze;

/// <summary>
/// A progress bar for reading the inputs, on standard error and only when it is a terminal (scripts and CI see
/// nothing). Progress is counted in bytes of the files as stored, so a <c>.gz</c> input advances by compressed bytes.
/// </summary>
internal static class InputProgress
{
    /// <summary>Runs <paramref name="read"/>, giving it a callback to report bytes read (null when no bar is shown).</summary>
    public static async Task RunAsync(IReadOnlyList<string> files, bool show, Func<Action<int>?, Task> read)
    {
        if (!show || Console.IsErrorRedirected)
        {
            await read(null);
            return;
        }
        long total = files.Sum(f => File.Exists(f) ? new FileInfo(f).Length : 0);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: Math.Max(total, 1));
                await read(n => task.Increment(n));
                task.Value = task.MaxValue;
            });
    }

    /// <summary>
    /// Opens an input, plain or gzip (by its magic bytes, not its name), hashing the file's bytes as they are read
    /// (the store's key for the file) and reporting them to <paramref name="onRead"/>.
    /// </summary>
    public static Stream Open(string path, Action<int>? onRead, out HashingStream hashing)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        bool gzip = InputFormat.IsGzip(file); // sniffed before hashing starts, so the hash sees the file from byte 0
        hashing = new HashingStream(file);
        Stream counted = onRead == null ? hashing : new CountingStream(hashing, onRead);
        return gzip ? new GZipStream(counted, CompressionMode.Decompress) : counted;
    }

    /// <summary>A read-only pass-through that reports how many bytes each read returned.</summary>
    private sealed class CountingStream(Stream inner, Action<int> onRead) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        private int Counted(int n)
        {
            onRead(n);
            return n;
        }
    }
}
