namespace Picket.Core.Input.Live;

/// <summary>
/// FNV-1a, 64-bit (Fowler, Noll, Vo; IETF draft-eastlake-fnv), over a message's armoured payload and fill bits: the
/// key under which copies of one transmission meet. 64 bits keep a false match improbable (about 10⁻¹⁴ per message
/// against 65,536 remembered), where a 32-bit hash would drop a genuine message every few thousand.
/// </summary>
internal static class PayloadHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<byte> armored, int fillBits)
    {
        ulong h = Offset;
        foreach (byte b in armored)
        {
            h ^= b;
            h *= Prime;
        }
        h ^= (ulong)fillBits;
        h *= Prime;
        return h;
    }
}
