namespace Picket.Core.Input;

/// <summary>A file on disk, read once sequentially.</summary>
/// <param name="path">The file to read; it is opened only by <see cref="OpenAsync"/>.</param>
public sealed class FileSource(string path) : IAisSource
{
    /// <summary>The file's path as given.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <inheritdoc/>
    public string Name => Path;

    /// <inheritdoc/>
    public bool IsFile => true;

    /// <inheritdoc/>
    public long? Length => File.Exists(Path) ? new FileInfo(Path).Length : null;

    /// <inheritdoc/>
    public ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<Stream>(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    /// <summary>The path.</summary>
    public override string ToString() => Path;
}
