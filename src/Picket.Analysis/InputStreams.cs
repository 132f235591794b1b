using System.IO.Compression;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// Opens the analysis's input files. Progress is counted in bytes of the files as stored, so a <c>.gz</c> input
/// advances by compressed bytes.
/// </summary>
internal static class InputStreams
{
    /// <summary>
    /// Opens an input, plain or gzip (by its magic bytes, not its name), reporting the file's bytes to
    /// <paramref name="onRead"/> as they are read and, when <paramref name="hash"/>, hashing them (the store's key for
    /// the file; without a store the hash would be work for nothing).
    /// </summary>
    public static Stream Open(string path, Action<int>? onRead, bool hash, out HashingStream? hashing)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        bool gzip = InputFormat.IsGzip(file); // sniffed before hashing starts, so the hash sees the file from byte 0
        hashing = hash ? new HashingStream(file) : null;
        Stream raw = hashing ?? (Stream)file;
        Stream counted = onRead == null ? raw : new CountingStream(raw, onRead);
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
