using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// Puts observations into the <see cref="RowBatch"/> being filled, for <c>picket ingest</c> and <see cref="LiveIngest"/>
/// alike, so both write the same rows for the same file. A CSV row's identity becomes a row only when it differs from
/// the vessel's last in this file (<see cref="IdentityChanges"/>): an export repeats it on every row. One instance per file.
/// </summary>
internal sealed class RowBatchFiller(RowBatch batch) : IObservationSink
{
    private readonly IdentityChanges _csvIdentities = new();

    /// <summary>The batch being filled; swap it when <see cref="RowBatch.IsFull"/>.</summary>
    public RowBatch Batch { get; set; } = batch;

    /// <summary>
    /// False while replaying rows already committed (a resumed ingest): nothing is added, but a CSV identity still
    /// passes through the change state, so the resumed file gets the rows an uninterrupted ingest would have.
    /// </summary>
    public bool Emit { get; set; } = true;

    public void OnPosition(in PositionObservation position)
    {
        // A CSV row without coordinates is not stored (an NMEA report is, with NULLs: it still shows the vessel transmitting).
        if (!Emit || (position.MessageType == 0 && !position.HasPosition)) return;
        var b = Batch;
        b.Positions[b.PositionCount++] = ObservationRows.Position(position);
    }

    public void OnIdentity(in IdentityObservation identity)
    {
        if (identity.MessageType == 0 && _csvIdentities.Judge(identity.Report) != IdentityNews.Changed) return;
        if (Emit) Batch.Identities.Add(ObservationRows.Identity(identity));
    }
}
