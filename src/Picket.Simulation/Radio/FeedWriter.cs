using System.Globalization;
using System.Text;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Simulation.Geography;

namespace Picket.Simulation.Radio;

/// <summary>
/// Turns transmissions into <c>feed.nmea</c> as a receiver network delivers it: each receiver that hears a message
/// writes its own copy behind an IEC 61162-1 tag block (<c>g:</c> group for multi-part, <c>s:</c> receiver id,
/// <c>c:</c> UNIX seconds), so a message heard twice appears twice; a small share of copies is damaged on the way
/// (one character changed, or the line cut short). The sentences themselves are encoded once per transmission, as
/// the ship sent them, so the copies differ only in their tag blocks.
/// </summary>
internal sealed class FeedWriter : IDisposable
{
    private readonly TextWriter _out;
    private readonly IReadOnlyList<Receiver> _receivers;
    private readonly IReadOnlyList<CoverageZone> _poor;
    private readonly SimRandom _rng;
    private readonly double _corruptRate;
    private readonly ICollection<long>? _corruptedLines;
    private readonly NmeaWriter _nmea = new();
    private readonly StringWriter _scratch = new(CultureInfo.InvariantCulture);
    private readonly StringBuilder _line = new(128);
    private readonly List<string> _sentences = new(2);
    private int _group;

    public FeedWriter(TextWriter output, IReadOnlyList<Receiver> receivers, IReadOnlyList<CoverageZone> poor, SimRandom rng, double corruptRate, ICollection<long>? corruptedLines)
    {
        _out = output;
        _receivers = receivers;
        _poor = poor;
        _rng = rng;
        _corruptRate = corruptRate;
        _corruptedLines = corruptedLines;
    }

    public FeedStatistics Statistics { get; } = new();

    /// <summary>Releases the scratch writer; the output belongs to the caller and stays open.</summary>
    public void Dispose() => _scratch.Dispose();

    /// <summary>Transmits <paramref name="message"/> from <paramref name="at"/>; returns how many receivers heard it.</summary>
    public int Transmit<T>(in T message, bool classB, long timeMs, LatLon at, char channel) where T : struct, IAisMessage
    {
        Statistics.Transmissions++;
        _scratch.GetStringBuilder().Clear();
        AisEncoder.Write(_nmea, _scratch, message, channel);
        _sentences.Clear();
        foreach (var s in _scratch.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries)) _sentences.Add(s);

        double shore = 1, satellite = 1;
        foreach (var zone in _poor)
        {
            if (zone.Contains(at))
            {
                shore = zone.ShoreFactor;
                satellite = zone.SatelliteFactor;
            }
        }
        int heard = 0;
        foreach (var rx in _receivers)
        {
            if (!rx.Satellite && Math.Abs(rx.Position.Lat - at.Lat) > 1.0) continue;
            double p = rx.Probability(at, classB) * (rx.Satellite ? satellite : shore);
            if (p <= 0 || !_rng.Chance(p)) continue;
            WriteCopy(rx.Id, timeMs);
            heard++;
        }
        if (heard == 0) Statistics.Lost++;
        else Statistics.Duplicates += heard - 1;
        return heard;
    }

    private void WriteCopy(string receiver, long timeMs)
    {
        int total = _sentences.Count;
        int group = ++_group % 100_000;
        int damaged = _rng.Chance(_corruptRate) ? _rng.Next(total) : -1;
        string seconds = (timeMs / 1000).ToString(CultureInfo.InvariantCulture);
        for (int i = 0; i < total; i++)
        {
            _line.Clear();
            string tag = total == 1 ? $"s:{receiver},c:{seconds}"
                : i == 0 ? $"g:1-{total}-{group},s:{receiver},c:{seconds}"
                : $"g:{i + 1}-{total}-{group}";
            _line.Append('\\').Append(tag).Append('*').Append(Checksum(tag).ToString("X2", CultureInfo.InvariantCulture)).Append('\\').Append(_sentences[i]);
            if (i == damaged) Damage(_line);
            _out.Write(_line);
            _out.Write("\r\n");
            Statistics.Lines++;
            if (damaged >= 0)
            {
                // The whole group is unusable once one part is damaged; all its lines count as deliberately corrupted.
                Statistics.CorruptedLines++;
                _corruptedLines?.Add(Statistics.Lines);
            }
        }
    }

    /// <summary>Either changes one payload character (the checksum no longer fits) or cuts the line before its checksum.</summary>
    private void Damage(StringBuilder line)
    {
        int star = line.ToString().LastIndexOf('*');
        int payloadStart = line.ToString().IndexOf('!') + 15; // after "!AIVDM,n,k,s,c,"
        if (_rng.Chance(0.5) && star > payloadStart + 2)
        {
            int at = _rng.Between(payloadStart, star - 4);
            char c = line[at];
            line[at] = c == '0' ? '1' : '0';
            if (line[at] == c) line[at] = 'w';
        }
        else line.Length = _rng.Between(payloadStart + 1, Math.Max(payloadStart + 1, star - 4));
    }

    private static byte Checksum(string s)
    {
        byte x = 0;
        foreach (char c in s) x ^= (byte)c;
        return x;
    }
}
