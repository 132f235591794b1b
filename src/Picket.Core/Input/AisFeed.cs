using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Observations;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// The bridge from the decode stage to the track stage: takes observations (<see cref="AisObservations"/>, the one
/// mapping the store uses too; or CSV rows through <see cref="CsvObservations"/>) and passes the track builder its
/// plain values — positions as <see cref="VesselFix"/>, static data as <see cref="IdentityReport"/>. A message
/// without a reception time cannot be placed on a track and is counted, not guessed; so is one whose time the
/// <see cref="Clock"/> refuses, and a fix outside the <see cref="Filter"/>.
/// </summary>
public sealed class AisFeed : IAisMessageSink, IObservationSink
{
    private readonly IFeedTarget _target;
    private readonly IdentityChanges _csvIdentities = new();
    private bool _messageAdmitted;

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

    /// <summary>Fixes passed to the target.</summary>
    public long Positions { get; private set; }
    /// <summary>Identity reports passed to the target (a CSV row's repeated identity is not counted).</summary>
    public long Identities { get; private set; }
    /// <summary>Positions and identity reports dropped because the message had no reception time.</summary>
    public long WithoutTime { get; private set; }
    /// <summary>Position reports dropped because they carried no position (91°/181°, not available).</summary>
    public long WithoutPosition { get; private set; }

    /// <summary>Maps a decoded message (<see cref="AisObservations"/>) and takes what it says.</summary>
    public void OnMessage(in AisPayload message) => AisObservations.Map(message, this);

    /// <summary>
    /// A CSV row carries position and identity together (<see cref="CsvObservations"/>). The identity is passed on when
    /// it differs from the vessel's last, and once more on the next row that repeats it: the identity stage confirms a
    /// rename only when a later report says it again (a single garbled type 5 must not become an event), and an export
    /// repeats the identity on every row where NMEA repeats type 5 every six minutes. Without that second report no
    /// CSV rename was ever confirmed.
    /// </summary>
    public void OnRecord(CsvAisRecord r) => CsvObservations.Map(r, this);

    /// <summary>Judges the report's time, drops and counts one without a time or position or outside the <see cref="Filter"/>, and passes the fix on.</summary>
    public void OnPosition(in PositionObservation position)
    {
        // Time is read only when present: the observation's "no time" marker is not a valid DateTimeOffset.
        _messageAdmitted = Admit(position.HasTime, position.HasTime ? position.Time : default);
        if (!_messageAdmitted) return;
        if (!position.HasPosition) { WithoutPosition++; return; }
        var fix = position.ToFix();
        if (Filter != null && !Filter(fix)) { FilteredOut++; return; }
        Positions++;
        _target.OnFix(fix);
    }

    /// <summary>Judges the report's time (once per message: type 19 and CSV rows were judged with their position) and passes the identity on; a CSV row's identity only when it is news.</summary>
    public void OnIdentity(in IdentityObservation identity)
    {
        // A message that gave a position too (type 19, a CSV row) had its time judged once, with the position.
        bool admitted = identity.WithPosition ? _messageAdmitted : Admit(identity.HasTime, identity.Report.Time);
        _messageAdmitted = false;
        if (!admitted) return;
        if (identity.MessageType == 0 && _csvIdentities.Judge(identity.Report) == IdentityNews.Known) return;
        Identities++;
        _target.OnIdentity(identity.Report);
    }

    /// <summary>False (and counted) for a message without a time or with one the <see cref="Clock"/> refuses.</summary>
    private bool Admit(bool hasTime, DateTimeOffset time)
    {
        if (!hasTime) { WithoutTime++; return false; }
        if (!Clock.Accept(time)) { ImplausibleTime++; return false; }
        return true;
    }
}
