namespace Picket.Core.Input;

/// <summary>A file on disk, read once sequentially.</summary>
public sealed class FileSource(string path) : IAisSource
{
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    public string Name => Path;

    public bool IsFile => true;

    public long? Length => File.Exists(Path) ? new FileInfo(Path).Length : null;

    public ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<Stream>(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    public override string ToString() => Path;
}
