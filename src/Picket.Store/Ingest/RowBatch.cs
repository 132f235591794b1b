namespace Picket.Store.Ingest;

/// <summary>
/// Rows decoded from a run of input lines, handed from the decoding thread to the writing thread. Reused through a
/// pool so a long ingest allocates a fixed set of batches. <see cref="LinesDone"/> is the commit point: every message
/// that completed on a line up to it is in this or an earlier batch, none after.
/// </summary>
internal sealed class RowBatch(int capacity)
{
    public readonly PositionRow[] Positions = new PositionRow[capacity];
    public int PositionCount;
    public readonly List<IdentityRow> Identities = [];
    public long LinesDone;
    public long Rejected;
    /// <summary>Set on the last batch of a file that was read to its end; carries the final counts.</summary>
    public bool Final;
    public string? RejectedReasons;

    public bool IsFull => PositionCount + Identities.Count >= Positions.Length;

    public void Reset()
    {
        PositionCount = 0;
        Identities.Clear();
        LinesDone = 0;
        Rejected = 0;
        Final = false;
        RejectedReasons = null;
    }
}
