namespace Picket.Core.Input;

/// <summary>
/// A stream that is already open and can be read once: standard input, a socket, a pipe. The shape a TCP or UDP
/// feed takes (its connect goes in the factory, awaited on open).
/// </summary>
public sealed class StreamSource : IAisSource
{
    private readonly Func<CancellationToken, ValueTask<Stream>> _open;
    private int _opened;

    /// <param name="name">What messages call it (<c>-</c>, <c>tcp://host:port</c>).</param>
    /// <param name="open">Opens (connects) the stream; called once.</param>
    public StreamSource(string name, Func<CancellationToken, ValueTask<Stream>> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(open);
        Name = name;
        _open = open;
    }

    /// <summary>Standard input, named <c>-</c> as on the command line.</summary>
    public static StreamSource StandardInput() => new("-", _ => ValueTask.FromResult(Console.OpenStandardInput()));

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public bool IsFile => false;

    /// <inheritdoc/>
    public long? Length => null;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The source was opened before.</exception>
    public ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _opened, 1) != 0) throw new InvalidOperationException($"{Name} can be read once only");
        return _open(cancellationToken);
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
