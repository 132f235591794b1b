using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>identity_change</c>: what a hull broadcast before and after; <see cref="Changes"/> lists the fields that differ
/// (mmsi, flag, imo, name, call_sign).
/// </summary>
/// <param name="Changes">The fields that differ: <c>mmsi</c>, <c>flag</c>, <c>imo</c>, <c>name</c>, <c>call_sign</c>.</param>
/// <param name="Before">The identity before the change.</param>
/// <param name="After">The identity after it.</param>
public sealed record IdentityChangeEvidence(IReadOnlyList<string> Changes, IdentitySnapshot Before, IdentitySnapshot After) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        List(w, "changes", Changes);
        Before.WriteTo(w, "before");
        After.WriteTo(w, "after");
        w.WriteEndObject();
    }

    internal static IdentityChangeEvidence? Read(EvidenceFields f)
    {
        var changes = f.List("changes");
        var before = IdentitySnapshot.Read(f, "before");
        var after = IdentitySnapshot.Read(f, "after");
        return before is null || after is null ? null : new(changes, before, after);
    }
}
