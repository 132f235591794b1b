namespace Picket.Core.Tracks;

/// <summary>Which kind of AIS station sent a fix. A Class A and a Class B unit on one MMSI are two transmitters.</summary>
public enum TransponderClass : byte
{
    /// <summary>Not known: a CSV export without a class column, or a message type that does not say.</summary>
    Unknown = 0,
    /// <summary>Class A: message types 1, 2, 3 (SOLAS ships).</summary>
    A = 1,
    /// <summary>Class B: message types 18 and 19.</summary>
    B = 2,
    /// <summary>Long-range broadcast, message type 27: coarse (1/10 minute) positions.</summary>
    LongRange = 27,
}
