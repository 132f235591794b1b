using System.Buffers;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Picket.Ais.Nmea;

namespace Picket.Ais;

/// <summary>
/// Reads NMEA lines from a stream of any size in bounded memory and feeds them to an <see cref="AisDecoder"/>.
/// Lines may end in LF, CRLF or a lone CR (old Mac-style loggers; IEC 61162-1 ends sentences with CRLF, and a file
/// that kept only the CR is still one sentence per line); a line longer than the decoder's maximum is skipped up to its end and counted.
/// </summary>
public static class NmeaStreamReader
{
    /// <summary>Opens a file for reading, transparently decompressing gzip (detected by its magic bytes, not the name).</summary>
    public static Stream OpenFile(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        int n = file.Read(magic);
        file.Position = 0;
        if (n == 2 && magic[0] == 0x1F && magic[1] == 0x8B) return new GZipStream(file, CompressionMode.Decompress);
        return file;
    }

    /// <summary>Decodes every line of <paramref name="stream"/>, passing each message to <paramref name="sink"/>; then flushes the decoder.</summary>
    public static async Task ReadAsync(Stream stream, AisDecoder decoder, IAisMessageSink sink, int maxLineLength = 2048,
        CancellationToken cancellationToken = default)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 1 << 20, minimumReadSize: 1 << 16, leaveOpen: true));
        var state = new LineState(maxLineLength);
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                try
                {
                    ProcessLines(ref buffer, result.IsCompleted, decoder, sink, state);
                }
                finally
                {
                    // Consumed up to the last whole line; everything was examined, so the next read waits for more data.
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
                if (result.IsCompleted) break;
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
        decoder.Flush();
    }

    /// <summary>Synchronous convenience over <see cref="ReadAsync"/>.</summary>
    public static void Read(Stream stream, AisDecoder decoder, IAisMessageSink sink, int maxLineLength = 2048)
        => ReadAsync(stream, decoder, sink, maxLineLength).GetAwaiter().GetResult();

    private sealed class LineState(int maxLineLength)
    {
        public readonly int MaxLineLength = maxLineLength;
        public readonly byte[] Scratch = new byte[maxLineLength + 1];
        /// <summary>True while skipping the rest of an over-long line.</summary>
        public bool Skipping;
        /// <summary>The last line ended in CR at the end of a buffer: a LF that comes next belongs to it.</summary>
        public bool AfterCr;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ProcessLines(ref ReadOnlySequence<byte> buffer, bool isFinal, AisDecoder decoder, IAisMessageSink sink, LineState state)
    {
        while (!buffer.IsEmpty)
        {
            if (state.AfterCr)
            {
                state.AfterCr = false;
                if (buffer.FirstSpan[0] == (byte)'\n') { buffer = buffer.Slice(1); continue; }
            }
            // Fast path: split the lines that lie wholly inside the first segment with IndexOf on its span, and slice
            // the sequence once for all of them (slicing a sequence per line costs more than decoding the line).
            var first = buffer.FirstSpan;
            int consumed = 0;
            while (true)
            {
                int nl = first[consumed..].IndexOfAny((byte)'\n', (byte)'\r');
                if (nl < 0) break;
                var line = first.Slice(consumed, nl);
                bool cr = first[consumed + nl] == (byte)'\r';
                consumed += nl + 1;
                if (cr)
                {
                    if (consumed == first.Length) state.AfterCr = true;
                    else if (first[consumed] == (byte)'\n') consumed++;
                }
                if (state.Skipping) { state.Skipping = false; continue; }
                if (decoder.Decode(line, out var payload) == LineOutcome.Message) sink.OnMessage(in payload);
            }
            if (consumed > 0)
            {
                buffer = buffer.Slice(consumed);
                continue;
            }

            // Slow path: the next line crosses a segment boundary, or has no end yet.
            var sequence = new SequenceReader<byte>(buffer);
            if (!sequence.TryReadToAny(out ReadOnlySequence<byte> crossing, "\r\n"u8, advancePastDelimiter: false))
            {
                if (buffer.Length > state.MaxLineLength)
                {
                    // No end in sight: count the line once and drop what we have so memory stays bounded.
                    if (!state.Skipping) { CountTooLong(decoder); state.Skipping = true; }
                    buffer = buffer.Slice(buffer.End);
                }
                else if (isFinal)
                {
                    if (!state.Skipping) DecodeLine(buffer, decoder, sink, state);
                    state.Skipping = false;
                    buffer = buffer.Slice(buffer.End);
                }
                return;
            }
            sequence.TryRead(out byte terminator);
            if (terminator == (byte)'\r')
            {
                if (!sequence.TryPeek(out byte next)) state.AfterCr = true;
                else if (next == (byte)'\n') sequence.Advance(1);
            }
            buffer = buffer.Slice(sequence.Position);
            if (state.Skipping) { state.Skipping = false; continue; }
            DecodeLine(crossing, decoder, sink, state);
        }
    }

    private static void DecodeLine(ReadOnlySequence<byte> line, AisDecoder decoder, IAisMessageSink sink, LineState state)
    {
        ReadOnlySpan<byte> span;
        if (line.IsSingleSegment) span = line.FirstSpan;
        else if (line.Length > state.MaxLineLength) { CountTooLong(decoder); return; }
        else
        {
            line.CopyTo(state.Scratch);
            span = state.Scratch.AsSpan(0, (int)line.Length);
        }
        if (decoder.Decode(span, out var payload) == LineOutcome.Message) sink.OnMessage(in payload);
    }

    private static void CountTooLong(AisDecoder decoder)
    {
        // Route through the decoder so the line is counted like any other; a line of max+1 bytes is rejected there.
        decoder.RejectTooLong();
    }
}
