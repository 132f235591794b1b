using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Fuzz;

/// <summary>
/// An events.jsonl file from anywhere (another producer, a damaged copy, a hostile upload) read back by
/// <see cref="JsonLinesEventReader"/>, typed evidence (<see cref="EvidenceReader"/>) and open bags alike, with a line
/// limit small enough for the fuzzer to reach. Each event read is written again by <see cref="JsonLinesEventWriter"/>
/// and read once more: besides an escaping exception, it is a crash when what the reader accepted cannot be written, or
/// when an event does not read back, or its typed evidence comes back untyped or of another type.
/// </summary>
internal static class EventTargets
{
    const int MaxLineBytes = 2048;

    public static void EventLines(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        var typed = new JsonLinesEventReader(new MemoryStream(bytes), MaxLineBytes);
        foreach (var e in typed.ReadAll()) RoundTrip(e);
        _ = typed.FirstProblem;

        // Hand-written truth files: no ids needed, evidence kept as open bags.
        var open = new JsonLinesEventReader(new MemoryStream(bytes), MaxLineBytes) { RequireId = false, TypedEvidence = false };
        foreach (var e in open.ReadAll()) RoundTrip(e);
        if (open.BadLines > typed.BadLines)
        {
            throw new InvalidOperationException($"the lenient reading rejected more lines ({open.BadLines}) than the strict one ({typed.BadLines})");
        }
    }

    static void RoundTrip(PicketEvent e)
    {
        using var written = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(written, leaveOpen: true)) writer.Emit(e);
        written.Position = 0;
        var again = new JsonLinesEventReader(written);
        var back = again.ReadAll().ToList();
        if (back.Count != 1)
        {
            throw new InvalidOperationException($"an event read does not read back from its own writing: {again.FirstProblem}");
        }

        if (e.Evidence is not Evidence && (again.UntypedEvidence > 0 || back[0].Evidence.GetType() != e.Evidence.GetType()))
        {
            throw new InvalidOperationException(
                $"typed {e.Type} evidence reads back as {back[0].Evidence.GetType().Name}: {string.Join("; ", again.Problems.Keys)}");
        }
    }
}
