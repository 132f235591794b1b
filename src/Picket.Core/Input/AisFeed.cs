using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Messages;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// The bridge from the decode stage to the track stage: maps decoded AIS to the track builder's plain values —
/// positions (types 1/2/3, 18, 19, 27) to <see cref="VesselFix"/>, static data (5, 19, 24) to <see cref="IdentityReport"/> —
/// and CSV export rows to both. AIS "not available" values are already null in the decoder's typed values. A message
/// without a reception time cannot be placed on a track and is counted, not guessed.
/// </summary>
public sealed class AisFeed : IAisMessageSink
{
    private readonly IFeedTarget _target;
    private readonly Dictionary<uint, (CsvIdentity Identity, bool Repeated)> _lastCsvIdentity = [];

    /// <param name="tracker">Receives fixes and identity reports.</param>
    /// <param name="identitySink">Also receives every identity report (e.g. the detectors, for draught).</param>
    public AisFeed(VesselTracker tracker, Action<IdentityReport>? identitySink = null)
        : this(new TrackerFeedTarget(tracker, identitySink))
    {
    }

    /// <param name="target">Receives fixes and identity reports in input order.</param>
    public AisFeed(IFeedTarget target) => _target = target;

    /// <summary>Fixes outside the analyst's window or area (<c>--from/--to/--bbox</c>) are dropped here; null keeps all.</summary>
    public Func<VesselFix, bool>? Filter { get; init; }

    /// <summary>
    /// The plausibility test on message times (see <see cref="FeedClock"/>); messages it refuses are dropped and
    /// counted in <see cref="ImplausibleTime"/>. Call <see cref="BeginInput"/> at the start of each file.
    /// </summary>
    public FeedClock Clock { get; init; } = new(FeedClock.DefaultWindow);

    /// <summary>Positions and identity reports dropped because their time was implausible.</summary>
    public long ImplausibleTime { get; private set; }

    /// <summary>A new input file begins: its times are judged against its own clock.</summary>
    public void BeginInput() => Clock.BeginInput();

    /// <summary>Fixes dropped by <see cref="Filter"/>.</summary>
    public long FilteredOut { get; private set; }

    public long Positions { get; private set; }
    public long Identities { get; private set; }
    public long WithoutTime { get; private set; }
    public long WithoutPosition { get; private set; }

    public void OnMessage(in AisPayload m)
    {
        if (m.MessageType is not (1 or 2 or 3 or 5 or 18 or 19 or 24 or 27)) return;
        if (m.Time is not { } t) { WithoutTime++; return; }
        if (!Clock.Accept(t)) { ImplausibleTime++; return; }
        var r = m.Reader;
        switch (m.MessageType)
        {
            case 1 or 2 or 3:
            {
                var a = PositionReportClassA.Read(r);
                Fix(a.Mmsi, t, a.Latitude, a.Longitude, a.Speed, a.Course, a.Heading, TransponderClass.A);
                break;
            }
            case 18:
            {
                var b = PositionReportClassB.Read(r);
                Fix(b.Mmsi, t, b.Latitude, b.Longitude, b.Speed, b.Course, b.Heading, TransponderClass.B);
                break;
            }
            case 19:
            {
                var e = ExtendedPositionReportClassB.Read(r);
                Fix(e.Mmsi, t, e.Latitude, e.Longitude, e.Speed, e.Course, e.Heading, TransponderClass.B);
                Identity(new IdentityReport(new Mmsi(e.Mmsi), t, IdentitySource.ClassBExtended, Text(e.Name), null, null,
                    Type(e.ShipType), Dimensions(e.ToBow, e.ToStern, e.ToPort, e.ToStarboard)));
                break;
            }
            case 27:
            {
                var l = LongRangePosition.Read(r);
                Fix(l.Mmsi, t, l.Latitude, l.Longitude, l.Speed, l.Course, null, TransponderClass.LongRange);
                break;
            }
            case 5:
            {
                var s = StaticAndVoyageData.Read(r);
                Identity(new IdentityReport(new Mmsi(s.Mmsi), t, IdentitySource.ClassAStatic, Text(s.Name), s.Imo, Text(s.CallSign),
                    Type(s.ShipType), Dimensions(s.ToBow, s.ToStern, s.ToPort, s.ToStarboard), s.Draught, Text(s.Destination)));
                break;
            }
            case 24:
            {
                var s = StaticDataReport.Read(r);
                Identity(s.IsPartA
                    ? new IdentityReport(new Mmsi(s.Mmsi), t, IdentitySource.ClassBStatic, Text(s.Name))
                    : new IdentityReport(new Mmsi(s.Mmsi), t, IdentitySource.ClassBStatic, null, null, Text(s.CallSign),
                        Type(s.ShipType), Dimensions(s.ToBow, s.ToStern, s.ToPort, s.ToStarboard)));
                break;
            }
        }
    }

    /// <summary>
    /// A CSV row carries position and identity together. The identity (name, IMO, call sign, ship type, dimensions,
    /// draught, destination) is passed on when it differs from the vessel's last, and once more on the next row that
    /// repeats it: the identity stage confirms a rename only when a later report says it again (a single garbled type
    /// 5 must not become an event), and an export repeats the identity on every row where NMEA repeats type 5 every
    /// six minutes. Without that second report no CSV rename was ever confirmed.
    /// </summary>
    public void OnRecord(CsvAisRecord r)
    {
        if (!Clock.Accept(r.Time)) { ImplausibleTime++; return; }
        var cls = r.TransceiverClass is "B" or "b" ? TransponderClass.B : r.TransceiverClass is "A" or "a" ? TransponderClass.A : TransponderClass.Unknown;
        Fix(r.Mmsi, r.Time, r.Latitude, r.Longitude, r.Speed, r.Course, r.Heading, cls);
        var identity = new CsvIdentity(Text(r.Name), r.Imo is > 0 ? r.Imo : null, Text(r.CallSign), r.ShipType is > 0 and < 256 ? r.ShipType : null,
            CsvDimensions.From(r.Length, r.Width), r.Draught is > 0 and < 25.6 ? r.Draught : null, Text(r.Destination));
        if (identity.IsEmpty) return;
        if (_lastCsvIdentity.TryGetValue(r.Mmsi, out var last) && last.Identity == identity)
        {
            if (last.Repeated) return;
            _lastCsvIdentity[r.Mmsi] = (identity, true);
        }
        else _lastCsvIdentity[r.Mmsi] = (identity, false);
        Identity(new IdentityReport(new Mmsi(r.Mmsi), r.Time, cls == TransponderClass.B ? IdentitySource.ClassBStatic : IdentitySource.ClassAStatic,
            identity.Name, identity.Imo, identity.CallSign, identity.ShipType is { } st ? new ShipType((byte)st) : null,
            identity.Dimensions, identity.Draught, identity.Destination));
    }

    private void Fix(uint mmsi, DateTimeOffset t, double? lat, double? lon, double? sog, double? cog, int? heading, TransponderClass cls)
    {
        if (lat is not { } la || lon is not { } lo) { WithoutPosition++; return; }
        var fix = new VesselFix(new Mmsi(mmsi), t, la, lo, sog, cog, heading, cls);
        if (Filter != null && !Filter(fix)) { FilteredOut++; return; }
        Positions++;
        _target.OnFix(fix);
    }

    private void Identity(in IdentityReport report)
    {
        Identities++;
        _target.OnIdentity(report);
    }

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ShipType? Type(byte code) => code == 0 ? null : new ShipType(code);

    private static VesselDimensions? Dimensions(ushort bow, ushort stern, byte port, byte starboard)
    {
        var d = new VesselDimensions(bow, stern, port, starboard);
        return d.IsAvailable ? d : null;
    }
}
