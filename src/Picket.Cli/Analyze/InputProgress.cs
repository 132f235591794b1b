using System.IO.Compression;
using Spectre.Console;

namespace Picket.Cli.Analyze;

/// <summary>
/// A progress bar for reading the inputs, on standard error and only when it is a terminal (scripts and CI see
/// nothing). Progress is counted in bytes of the files as stored, so a <c>.gz</c> input advances by compressed bytes.
/// </summary>
internal static class InputProgress
{
    /// <summary>Runs <paramref name="read"/>, giving it a function that opens an input with its reads counted on the bar.</summary>
    public static async Task RunAsync(IReadOnlyList<string> files, bool show, Func<Func<string, Stream>, Task> read)
    {
        if (!show || Console.IsErrorRedirected)
        {
            await read(Open);
            return;
        }
        long total = files.Sum(f => File.Exists(f) ? new FileInfo(f).Length : 0);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: Math.Max(total, 1));
                await read(path => Open(path, n => task.Increment(n)));
                task.Value = task.MaxValue;
            });
    }

    /// <summary>Opens a file, plain or gzip (by its magic bytes, not its name).</summary>
    public static Stream Open(string path) => Open(path, null);

    private static Stream Open(string path, Action<int>? onRead)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Stream counted = onRead == null ? file : new CountingStream(file, onRead);
        Span<byte> magic = stackalloc byte[2];
        int n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(counted, CompressionMode.Decompress) : counted;
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
