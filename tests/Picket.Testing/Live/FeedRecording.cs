using System.Globalization;
using System.Text;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Testing.Live;

/// <summary>
/// A recorded feed for live tests, made with Picket's own encoder: class A positions (type 1) of a few ships and,
/// every so often, a two-sentence static report (type 5), each message behind a tag block with its time
/// (<c>c:</c>, seconds) and a receiver id. Every message is distinct (the position moves), so a count of messages
/// out equals a count of messages in unless something was lost or doubled.
/// </summary>
public static class FeedRecording
{
    /// <summary>The messages, each as its NMEA lines ("\r\n" after each line).</summary>
    /// <param name="count">Messages to make.</param>
    /// <param name="start">The first message's time.</param>
    /// <param name="step">Time between messages.</param>
    /// <param name="staticEvery">Every n-th message is a two-sentence type 5 (0: none).</param>
    /// <param name="receiver">The tag block's <c>s:</c>; none when null.</param>
    /// <param name="firstShip">The MMSI of the first of the five ships.</param>
    public static IReadOnlyList<string> Messages(int count, DateTimeOffset start, TimeSpan step, int staticEvery = 0,
        string? receiver = "rx1", uint firstShip = 412_000_001)
    {
        var nmea = new NmeaWriter();
        var list = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            long ms = (start + step * i).ToUnixTimeMilliseconds();
            uint mmsi = firstShip + (uint)(i % 5);
            if (staticEvery > 0 && i % staticEvery == staticEvery - 1)
            {
                AisEncoder.Write(nmea, text, new StaticAndVoyageData
                {
                    Mmsi = mmsi, ImoRaw = 9_000_007, CallSign = "TEST" + (i % 10).ToString(CultureInfo.InvariantCulture),
                    Name = "SHIP " + i.ToString(CultureInfo.InvariantCulture), ShipType = 80, Epfd = Epfd.Gps, EtaHour = 24, EtaMinute = 60,
                    DraughtRaw = 55, Destination = "NAMPO",
                }, 'A', ms, receiver);
            }
            else
            {
                AisEncoder.Write(nmea, text, new PositionReportClassA
                {
                    MessageType = 1, Mmsi = mmsi, Status = NavigationStatus.UnderWayUsingEngine, RateOfTurnRaw = -128, SpeedRaw = 100,
                    LongitudeRaw = (int)Math.Round((123.0 + i * 1e-4) * 600_000), LatitudeRaw = (int)Math.Round((38.0 + i * 1e-4) * 600_000),
                    CourseRaw = 900, HeadingRaw = 90, SecondRaw = (byte)((start + step * i).Second),
                }, 'B', ms, receiver);
            }
            list.Add(text.ToString());
        }
        return list;
    }

    /// <summary>The messages as one text.</summary>
    public static string Text(IEnumerable<string> messages) => string.Concat(messages);

    /// <summary>The messages as ASCII bytes.</summary>
    public static byte[] Bytes(IEnumerable<string> messages) => Encoding.ASCII.GetBytes(Text(messages));

    /// <summary>The armoured payloads of the messages (fragments joined), the identity of a message across any rewriting.</summary>
    public static IReadOnlyList<string> Payloads(IEnumerable<string> nmeaText)
    {
        var decoder = new AisDecoder();
        var payloads = new List<string>();
        foreach (var text in nmeaText)
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (decoder.Decode(Encoding.ASCII.GetBytes(line), out var message) == LineOutcome.Message)
                    payloads.Add(Encoding.ASCII.GetString(message.Armored));
            }
        }
        return payloads;
    }
}
