namespace Picket.Core.Tracks;

/// <summary>Why the track builder refused a fix. Each reason is counted in <see cref="TrackBuilderStats"/>.</summary>
public enum FixRejection
{
    /// <summary>Not refused; never counted.</summary>
    None = 0,
    /// <summary>Latitude or longitude outside WGS84 range, or not a number.</summary>
    PositionOutOfRange,
    /// <summary>The AIS "not available" position (91°, 181°) or exactly (0°, 0°), which receivers emit for no fix.</summary>
    PositionNotAvailable,
    /// <summary>SOG in a band that is almost always a coding artefact: 51.2, 63, 102.3 kn (± 0.05), after GFW gpsdio-segment.</summary>
    NoiseSpeed,
    /// <summary>COG above 360° or negative: not a value M.1371 allows.</summary>
    BadCourse,
    /// <summary>Older than the reorder window allows: the track it belongs to has moved on.</summary>
    TooLate,
    /// <summary>A time before AIS existed (1990) or after 2100: a decoder or clock fault.</summary>
    TimeOutOfRange,
    /// <summary>An MMSI of a station that is not a vessel (aid to navigation, coast station, SAR aircraft).</summary>
    NotAVessel,
}
