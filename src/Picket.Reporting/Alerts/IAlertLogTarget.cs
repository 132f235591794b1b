namespace Picket.Reporting.Alerts;

/// <summary>Where an <see cref="AlertLogDelivery"/> takes the lines of an alert log: a webhook, another JSON Lines file.</summary>
public interface IAlertLogTarget
{
    /// <summary>What the target is called in status lines and cursor names (a URL or a path).</summary>
    string Name { get; }

    /// <summary>
    /// Takes one alert revision: <paramref name="line"/> is its JSON exactly as in the log (no line feed),
    /// <paramref name="delivery"/> its delivery id (<c>id#revision</c>). Never throws for a failure of the target: a
    /// failure is a <see cref="WebhookOutcome.Retry"/>.
    /// </summary>
    Task<WebhookOutcome> DeliverAsync(string delivery, ReadOnlyMemory<byte> line, CancellationToken cancellationToken);
}

/// <summary>A webhook as an <see cref="IAlertLogTarget"/>: each line is the POST's body, signed.</summary>
public sealed class WebhookLogTarget(WebhookPoster poster) : IAlertLogTarget
{
    /// <inheritdoc/>
    public string Name => poster.Url.ToString();

    /// <inheritdoc/>
    public Task<WebhookOutcome> DeliverAsync(string delivery, ReadOnlyMemory<byte> line, CancellationToken cancellationToken) =>
        poster.PostAsync(delivery, line, cancellationToken);
}

/// <summary>
/// Another JSON Lines file as an <see cref="IAlertLogTarget"/>: each line appended and flushed to disk before it counts as
/// delivered; a failed write (disk full, file removed, no permission) is retried, the file reopened.
/// </summary>
public sealed class JsonLinesLogTarget(string path) : IAlertLogTarget, IDisposable
{
    private FileStream? _file;

    /// <inheritdoc/>
    public string Name { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <inheritdoc/>
    public Task<WebhookOutcome> DeliverAsync(string delivery, ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        try
        {
            _file ??= new FileStream(Name, FileMode.Append, FileAccess.Write, FileShare.Read);
            _file.Write(line.Span);
            _file.WriteByte((byte)'\n');
            _file.Flush(flushToDisk: true);
            return Task.FromResult(WebhookOutcome.Delivered);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Dispose();
            return Task.FromResult(WebhookOutcome.Retry);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        try
        {
            _file?.Dispose();
        }
        catch (IOException)
        {
        }
        _file = null;
    }
}
