using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Picket.Ais.Nmea;

namespace Picket.Testing.Live;

/// <summary>
/// A feed provider from hell, for soaks and tests of <c>picket watch</c>: serves a <see cref="LoopedRecording"/> over
/// TCP at a steady message rate, round after round with times moving on and new vessels, and on a schedule
/// (<see cref="HostileFeedPlan"/>) drops the connection mid-line, sends binary garbage, over-long lines, floods of
/// first fragments that never complete, two-part messages out of order with a duplicated first part, bursts of
/// exact copies, and stalls with the connection open. Everything injected is counted in <see cref="Counts"/>.
/// One client at a time, as a provider serves one account: a new connection takes over and continues where the last
/// stopped, so the valid traffic arrives whole exactly once (the cut line is sent again on the next connection).
/// Serves on its own thread with blocking sockets: a soak at 20,000 messages/s must not itself need much of a core.
/// </summary>
public sealed class HostileFeed : IDisposable
{
    private const int FlushBytes = 64 * 1024;
    private readonly LoopedRecording _recording;
    private readonly HostileFeedPlan _plan;
    private readonly Socket _listener;
    private readonly Thread _thread;
    private readonly Random _random;
    private readonly byte[] _buffer = new byte[FlushBytes + 64 * 1024];
    private readonly long[] _due = new long[Faults];
    private volatile bool _stopping;
    private int _line, _round, _length, _flood;
    private long _bucketStart, _bucketSent;

    private const int Disconnect = 0, Garbage = 1, Overlong = 2, Flood = 3, Disorder = 4, Duplicates = 5, Stall = 6, Faults = 7;

    /// <param name="recording">The valid traffic.</param>
    /// <param name="plan">The faults and the rate.</param>
    /// <param name="port">The loopback port; 0 for any free one.</param>
    public HostileFeed(LoopedRecording recording, HostileFeedPlan plan, int port = 0)
    {
        _recording = recording;
        _plan = plan;
        _random = new Random(plan.Seed);
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        _listener.Listen(16);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        long now = Stopwatch.GetTimestamp();
        for (int f = 0; f < Faults; f++) _due[f] = now + Next(f);
        _thread = new Thread(Serve) { IsBackground = true, Name = "hostile-feed" };
        _thread.Start();
    }

    /// <summary>The port it listens on (loopback).</summary>
    public int Port { get; }

    /// <summary>The URL for a <c>tcp://</c> source.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"tcp://127.0.0.1:{Port}");

    /// <summary>True once the plan's <see cref="HostileFeedPlan.Rounds"/> were sent whole.</summary>
    public bool Done => _plan.Rounds > 0 && Volatile.Read(ref _round) >= _plan.Rounds;

    /// <summary>What was sent and injected so far.</summary>
    public HostileFeedCounts Counts { get; } = new();

    private void Serve()
    {
        while (!_stopping)
        {
            Socket client;
            try { client = _listener.Accept(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { return; }
            Interlocked.Increment(ref Counts.ConnectionsField);
            using (client)
            {
                client.NoDelay = true;
                try { ServeClient(client); }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    // The client went away: the next connection continues.
                }
            }
        }
    }

    private void ServeClient(Socket client)
    {
        _length = 0;
        // The rate is kept across connections: the time a reconnect takes is caught up like a stall's.
        ref long bucketStart = ref _bucketStart, bucketSent = ref _bucketSent;
        if (bucketStart == 0) bucketStart = Stopwatch.GetTimestamp();
        double rate = _plan.MessagesPerSecond;
        while (!_stopping)
        {
            if (Done)
            {
                Flush(client);
                Thread.Sleep(20);
                if (_listener.Poll(0, SelectMode.SelectRead)) return;
                continue;
            }
            long now = Stopwatch.GetTimestamp();
            if (now >= _due[Disconnect] && AtMessageStart() && Due(Disconnect, now))
            {
                // Half of the next line, then gone; the line is not counted as sent and goes whole on the next connection.
                var line = _recording.Line(_line);
                Append(line[..(line.Length / 2)]);
                Flush(client);
                Interlocked.Increment(ref Counts.HalfLinesField);
                Interlocked.Increment(ref Counts.DisconnectsField);
                client.Shutdown(SocketShutdown.Both);
                return;
            }
            if (Due(Stall, now))
            {
                Flush(client);
                Interlocked.Increment(ref Counts.StallsField);
                var until = Stopwatch.GetTimestamp() + (long)(_plan.StallFor.TotalSeconds * Stopwatch.Frequency);
                while (!_stopping && Stopwatch.GetTimestamp() < until) Thread.Sleep(20);
                continue;
            }
            if (Due(Garbage, now)) AppendGarbage(client);
            if (Due(Overlong, now)) AppendOverlong(client);
            if (Due(Flood, now)) AppendFlood(client);
            if (Due(Disorder, now)) AppendDisorder();
            if (Due(Duplicates, now)) AppendDuplicates(client);
            if (_listener.Poll(0, SelectMode.SelectRead)) return; // a newer connection takes over

            // The valid traffic, paced. After a stall or a slow reader it catches up for a while, as a provider
            // flushing its backlog does, so the rate holds on average; beyond that backlog the messages are late, not more.
            double elapsed = (double)(now - bucketStart) / Stopwatch.Frequency;
            double backlog = _plan.StallFor.TotalSeconds + 1;
            if (rate * elapsed - bucketSent > rate * backlog)
            {
                bucketStart = now - (long)(backlog * Stopwatch.Frequency);
                bucketSent = 0;
                elapsed = backlog;
            }
            long allowed = Math.Min((long)(rate * elapsed) - bucketSent, 2_000);
            if (allowed <= 0)
            {
                Flush(client);
                Thread.Sleep(2);
                continue;
            }
            long messages = 0, lines = 0;
            while (messages < allowed)
            {
                _length += _recording.Write(_line, _round, _buffer.AsSpan(_length));
                lines++;
                if (_recording.EndsMessage(_line)) messages++;
                if (++_line == _recording.Lines)
                {
                    _line = 0;
                    _round++;
                    Interlocked.Increment(ref Counts.RoundsField);
                }
                if (_length >= FlushBytes) Flush(client);
            }
            bucketSent += messages;
            Interlocked.Add(ref Counts.MessagesField, messages);
            Interlocked.Add(ref Counts.RecordingLinesField, lines);
        }
    }

    private bool Due(int fault, long now)
    {
        if (_due[fault] == long.MaxValue || now < _due[fault]) return false;
        _due[fault] = now + Next(fault);
        return true;
    }

    /// <summary>Ticks to the next fault of a kind: its interval ±25 %; never when the interval is 0.</summary>
    private long Next(int fault)
    {
        var every = fault switch
        {
            Disconnect => _plan.DisconnectEvery, Garbage => _plan.GarbageEvery, Overlong => _plan.OverlongEvery,
            Flood => _plan.FloodEvery, Disorder => _plan.DisorderEvery, Duplicates => _plan.DuplicatesEvery, _ => _plan.StallEvery,
        };
        if (every <= TimeSpan.Zero) return long.MaxValue / 2;
        return (long)(every.TotalSeconds * (0.75 + 0.5 * _random.NextDouble()) * Stopwatch.Frequency);
    }

    /// <summary>Bytes 0x01–0xFF without line ends, '!' or '\' (so no sentence hides in it): <c>not_ais</c>.</summary>
    private void AppendGarbage(Socket client)
    {
        if (_length > FlushBytes) Flush(client);
        int n = _random.Next(8, 200); // under the live feed's 256-byte line limit (an NMEA sentence is 82 characters): not_ais, not line_too_long
        _buffer[_length++] = 0xFF;
        for (int i = 0; i < n; i++)
        {
            byte b;
            do b = (byte)_random.Next(1, 256); while (b is (byte)'\n' or (byte)'\r' or (byte)'!' or (byte)'\\');
            _buffer[_length++] = b;
        }
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
        Interlocked.Increment(ref Counts.GarbageField);
    }

    /// <summary>A sentence start followed by kilobytes of payload with no end for a while: <c>line_too_long</c>.</summary>
    private void AppendOverlong(Socket client)
    {
        int n = _random.Next(4 * 1024, Math.Max(4 * 1024 + 1, _plan.OverlongBytes));
        Append("!AIVDM,1,1,,A,"u8);
        for (int i = 0; i < n; i++)
        {
            if (_length >= FlushBytes) Flush(client);
            _buffer[_length++] = (byte)('0' + i % 40);
        }
        Append(",0*00\r\n"u8);
        Interlocked.Increment(ref Counts.OverlongField);
    }

    /// <summary>First fragments of two-part type 5 messages (checksums right) whose second parts never come: <c>stale_fragment</c>.</summary>
    private void AppendFlood(Socket client)
    {
        for (int i = 0; i < _plan.FloodSize; i++)
        {
            if (_length >= FlushBytes) Flush(client);
            int k = _flood++;
            AppendSentence(string.Create(CultureInfo.InvariantCulture,
                $"AIVDM,2,1,{k % 10},{(k % 2 == 0 ? 'A' : 'B')},5{Payload(k, 55)},0"), "s:hostile-flood");
        }
        Interlocked.Add(ref Counts.FloodFragmentsField, _plan.FloodSize);
    }

    /// <summary>Part 2 of a two-part message before its part 1, then part 1 again: one <c>orphan_fragment</c>, two stale first parts.</summary>
    private void AppendDisorder()
    {
        int k = _flood++;
        char channel = k % 2 == 0 ? 'A' : 'B';
        string first = string.Create(CultureInfo.InvariantCulture, $"AIVDM,2,1,{k % 10},{channel},5{Payload(k, 55)},0");
        // A source of its own (IEC 61162-450 s:; the floods have theirs too, since a part without a source may join
        // one with), so the second part cannot join a flood's first part of the same sequence id and channel, nor an
        // earlier disorder's: it is an orphan, exactly once.
        string source = string.Create(CultureInfo.InvariantCulture, $"s:hostile-{k}");
        AppendSentence(string.Create(CultureInfo.InvariantCulture, $"AIVDM,2,2,{k % 10},{channel},{Payload(k + 1, 16)},2"), source);
        AppendSentence(first, source);
        AppendSentence(first, source);
        Interlocked.Increment(ref Counts.DisorderedField);
    }

    /// <summary>The last lines of the recording sent again, byte for byte: exact copies.</summary>
    private void AppendDuplicates(Socket client)
    {
        if (_line < _plan.DuplicateBurst || !AtMessageStart()) return;
        int start = _line - _plan.DuplicateBurst;
        while (start > 0 && start < _line && !_recording.EndsMessage(start - 1)) start++; // whole messages only: no orphan parts
        for (int i = start; i < _line; i++)
        {
            if (_length >= FlushBytes) Flush(client);
            _length += _recording.Write(i, _round, _buffer.AsSpan(_length));
        }
        Interlocked.Add(ref Counts.DuplicateLinesField, _line - start);
    }

    /// <summary>
    /// True between messages. Faults that interrupt the valid traffic wait for this: a disconnect inside a two-part
    /// message would add an orphan and a stale fragment of the recording's own, which the harness could not tell from
    /// the injected ones.
    /// </summary>
    private bool AtMessageStart() => _line == 0 || _recording.EndsMessage(_line - 1);

    /// <summary>Armoured payload characters, varied by k (valid alphabet, so the fragment is plausible).</summary>
    private static string Payload(int k, int length)
    {
        var s = new StringBuilder(length);
        uint x = (uint)k * 2_654_435_761u + 1;
        for (int i = 0; i < length; i++)
        {
            x = x * 1_103_515_245u + 12_345u;
            int v = (int)(x >> 26);
            s.Append((char)(v < 40 ? v + '0' : v + '0' + 8));
        }
        return s.ToString();
    }

    private void AppendSentence(string body, string? tagBlock = null)
    {
        if (tagBlock != null)
        {
            var tag = Encoding.ASCII.GetBytes(tagBlock);
            _buffer[_length++] = (byte)'\\';
            Append(tag);
            Append(Encoding.ASCII.GetBytes("*" + NmeaChecksum.Compute(tag).ToString("X2", CultureInfo.InvariantCulture) + "\\"));
        }
        var bytes = Encoding.ASCII.GetBytes(body);
        _buffer[_length++] = (byte)'!';
        Append(bytes);
        _buffer[_length++] = (byte)'*';
        Append(Encoding.ASCII.GetBytes(NmeaChecksum.Compute(bytes).ToString("X2", CultureInfo.InvariantCulture) + "\r\n"));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Flush(Socket client)
    {
        int sent = 0;
        while (sent < _length) sent += client.Send(_buffer, sent, _length - sent, SocketFlags.None);
        Interlocked.Add(ref Counts.BytesField, _length);
        _length = 0;
    }

    /// <summary>Stops serving and closes the listener and the connection.</summary>
    public void Dispose()
    {
        _stopping = true;
        _listener.Dispose();
        _thread.Join(TimeSpan.FromSeconds(10));
    }
}
