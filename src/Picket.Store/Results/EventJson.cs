using System.Buffers;
using System.Text;
using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Store.Results;

/// <summary>
/// The <c>vessels</c> and <c>evidence</c> parts of an event exactly as <c>events.jsonl</c> has them, written by the
/// same code as <see cref="JsonLinesEventWriter"/>, so the store and the file can never disagree on the shape (one
/// serialiser, not two).
/// </summary>
internal sealed class EventJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public EventJson() => _writer = new Utf8JsonWriter(_buffer);

    public (string Vessels, string Evidence) Parts(PicketEvent e)
    {
        JsonLinesEventWriter.WriteVessels(_writer, e.Vessels);
        var vessels = Take();
        e.Evidence.WriteTo(_writer);
        return (vessels, Take());
    }

    public void Dispose() => _writer.Dispose();

    private string Take()
    {
        _writer.Flush();
        var text = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        _buffer.Clear();
        _writer.Reset();
        return text;
    }
}
