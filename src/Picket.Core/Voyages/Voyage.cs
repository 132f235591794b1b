using Picket.Core.Ports;

namespace Picket.Core.Voyages;

/// <summary>Laden or in ballast, judged from the hull's own range of declared draughts.</summary>
public enum LoadState : byte
{
    Unknown = 0,
    Ballast,
    Part,
    Laden,
}

/// <summary>The draught declared for one end of a voyage, and the load it shows.</summary>
/// <param name="TypedLate">The value was typed after the ship had left (crews update the field late).</param>
public readonly record struct VoyageDraught(double? Metres, LoadState Load, bool TypedLate = false);

/// <summary>
/// One voyage of one hull: from the end of a port call to the start of the next. <see cref="From"/> is null when the
/// hull was first heard at sea (the voyage began before the input); <see cref="To"/> is null when it was still at sea at
/// the end of the input (an open voyage: nothing is said about where it went).
/// </summary>
public sealed record Voyage
{
    public required Picket.Core.Vessels.Mmsi Mmsi { get; init; }
    public CallRecord? From { get; init; }
    public CallRecord? To { get; init; }
    public required DateTimeOffset Departure { get; init; }
    public required DateTimeOffset Arrival { get; init; }
    public bool IsOpen => To is null;
    public IReadOnlyList<DarkPeriod> Gaps { get; init; } = [];
    public IReadOnlyList<MeetingRecord> Meetings { get; init; } = [];
    public IReadOnlyList<LoiterRecord> Loitering { get; init; } = [];
    /// <summary>Time without a position inside the voyage (gaps clipped to it).</summary>
    public TimeSpan Dark { get; init; }
    /// <summary>Every destination declared on the way, in order, each resolved to a port where it could be.</summary>
    public IReadOnlyList<PortDestination> Declared { get; init; } = [];
    /// <summary>The ETA last declared before arrival.</summary>
    public DateTimeOffset? DeclaredEta { get; init; }
    /// <summary>The last resolved destination before arrival is another port more than a short hop from the one reached.</summary>
    public bool DestinationMismatch { get; init; }
    public VoyageDraught DepartureDraught { get; init; }
    public VoyageDraught ArrivalDraught { get; init; }
    /// <summary>Hours at sea beyond a direct passage at <see cref="VoyageOptions.TypicalKnots"/>; null when an end is unknown.</summary>
    public double? ExcessHours { get; init; }

    public Port? FromPort => From?.Port;
    public Port? ToPort => To?.Port;
}
