using Picket.Core.Tracks;

namespace Picket.Core.Detection;

public sealed partial class SeaEventDetectors
{
    private const string StateMagic = "picket.detectors";
    private const int StateVersion = 1;

    private static int[] StateLayout =>
    [
        System.Runtime.CompilerServices.Unsafe.SizeOf<LoiteringDetector.SegmentState>(),
        System.Runtime.CompilerServices.Unsafe.SizeOf<TrackResampler.SegmentState>(),
        System.Runtime.CompilerServices.Unsafe.SizeOf<GridPoint>(),
    ];

    /// <summary>
    /// Writes the detectors' state — open segments' runs and calls, silences, hulls and held draught changes, the
    /// encounter grid and runs, reception counts, held loitering — so that new detectors with the same options, given it
    /// by <see cref="RestoreState"/>, go on exactly where these stopped: the same events, ids included. Save the track
    /// builder's state (<see cref="TrackBuilder.SaveState"/>) at the same moment. <see cref="Stats"/> is not part of it.
    /// </summary>
    public void SaveState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new StateWriter(stream);
        w.Header(StateMagic, StateVersion, StateLayout);
        w.Write(_nowTicks);
        _vessels.Save(w);
        _areas.Save(w);
    }

    /// <summary>Takes the state <see cref="SaveState"/> wrote; call on new detectors before any fix. A snapshot of another build is refused (<see cref="InvalidDataException"/>).</summary>
    public void RestoreState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (_ctx.Stats.Fixes > 0)
            throw new InvalidOperationException("restore into new detectors, before any fix");
        using var r = new StateReader(stream);
        r.Header(StateMagic, StateVersion, StateLayout);
        try
        {
            _nowTicks = r.Long();
            _vessels.Load(r);
            _areas.Load(r);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("detector snapshot is cut short", e);
        }
    }
}
