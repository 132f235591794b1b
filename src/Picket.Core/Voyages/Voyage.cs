using Picket.Core.Ports;

namespace Picket.Core.Voyages;

/// <summary>Laden or in ballast, judged from the hull's own range of declared draughts.</summary>
public enum LoadState : byte
{
    /// <summary>The draught is missing, or the hull's declared draughts span too little to judge.</summary>
    Unknown = 0,
    /// <summary>In the lightest 35 % of the hull's own draught range: empty or nearly.</summary>
    Ballast,
    /// <summary>Between 35 % and 65 % of the hull's own draught range.</summary>
    Part,
    /// <summary>In the deepest 35 % of the hull's own draught range: loaded.</summary>
    Laden,
}

/// <summary>The draught declared for one end of a voyage, and the load it shows.</summary>
/// <param name="TypedLate">The value was typed after the ship had left (crews update the field late).</param>
/// <param name="Metres">The declared draught in metres (ITU-R M.1371-5 message 5), null when none was declared.</param>
/// <param name="Load">The load that draught shows on the hull's own scale.</param>
public readonly record struct VoyageDraught(double? Metres, LoadState Load, bool TypedLate = false);

/// <summary>
/// One voyage of one hull: from the end of a port call to the start of the next. <see cref="From"/> is null when the
/// hull was first heard at sea (the voyage began before the input); <see cref="To"/> is null when it was still at sea at
/// the end of the input (an open voyage: nothing is said about where it went).
/// </summary>
public sealed record Voyage
{
    /// <summary>The hull's MMSI.</summary>
    public required Picket.Core.Vessels.Mmsi Mmsi { get; init; }
    /// <summary>The port call the voyage left, or null when the hull was first heard at sea.</summary>
    public CallRecord? From { get; init; }
    /// <summary>The port call that ended the voyage, or null for an open voyage.</summary>
    public CallRecord? To { get; init; }
    /// <summary>UTC end of <see cref="From"/>, or the first time the hull was heard when there is no origin.</summary>
    public required DateTimeOffset Departure { get; init; }
    /// <summary>UTC start of <see cref="To"/>, or the last time the hull was heard for an open voyage.</summary>
    public required DateTimeOffset Arrival { get; init; }
    /// <summary>Whether the voyage had not reached a port by the end of the input.</summary>
    public bool IsOpen => To is null;
    /// <summary>The hull's gaps that lie in the voyage.</summary>
    public IReadOnlyList<DarkPeriod> Gaps { get; init; } = [];
    /// <summary>The hull's meetings at sea during the voyage.</summary>
    public IReadOnlyList<MeetingRecord> Meetings { get; init; } = [];
    /// <summary>The hull's loitering without a partner during the voyage.</summary>
    public IReadOnlyList<LoiterRecord> Loitering { get; init; } = [];
    /// <summary>Time without a position inside the voyage (gaps clipped to it).</summary>
    public TimeSpan Dark { get; init; }
    /// <summary>Every destination declared on the way, in order, each resolved to a port where it could be.</summary>
    public IReadOnlyList<PortDestination> Declared { get; init; } = [];
    /// <summary>The ETA last declared before arrival.</summary>
    public DateTimeOffset? DeclaredEta { get; init; }
    /// <summary>The last resolved destination before arrival is another port more than a short hop from the one reached.</summary>
    public bool DestinationMismatch { get; init; }
    /// <summary>The draught declared on leaving (or typed late, soon after leaving) and the load it shows.</summary>
    public VoyageDraught DepartureDraught { get; init; }
    /// <summary>The draught declared on arrival and the load it shows.</summary>
    public VoyageDraught ArrivalDraught { get; init; }
    /// <summary>Hours at sea beyond a direct passage at <see cref="VoyageOptions.TypicalKnots"/>; null when an end is unknown.</summary>
    public double? ExcessHours { get; init; }

    /// <summary>The port of <see cref="From"/>, or null.</summary>
    public Port? FromPort => From?.Port;
    /// <summary>The port of <see cref="To"/>, or null.</summary>
    public Port? ToPort => To?.Port;
}
