namespace Picket.Analysis;

/// <summary>
/// An output file written beside its final name and moved into place only when complete (rename is atomic within a
/// directory on POSIX filesystems and NTFS). A run that fails — disk full, interrupted, a second run racing for the
/// same <c>--out</c> — never leaves a truncated file where a good one was: the reader sees the old file or the new one.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _temporary;
    private bool _done;

    private AtomicFile(string path)
    {
        Path = path;
        string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        _temporary = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw AnalysisException.Output($"cannot write {path}: {e.Message}", e);
        }
    }

    /// <summary>Where the file ends up.</summary>
    public string Path { get; }

    /// <summary>The stream to write; do not dispose it, <see cref="Commit"/> or <see cref="Dispose"/> does.</summary>
    public Stream Stream { get; }

    /// <summary>Starts writing the file that will be <paramref name="path"/>; throws <see cref="AnalysisException"/> (output) if it cannot.</summary>
    /// <param name="path">The final name; its directory must exist.</param>
    public static AtomicFile Create(string path) => new(path);

    /// <summary>Flushes to disk and moves the file into place, replacing what was there.</summary>
    public void Commit()
    {
        if (_done) return;
        try
        {
            Stream.Flush();
            if (Stream is FileStream fs) fs.Flush(flushToDisk: true);
            Stream.Dispose();
            File.Move(_temporary, Path, overwrite: true);
            _done = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Dispose();
            throw AnalysisException.Output($"cannot write {Path}: {e.Message}", e);
        }
    }

    /// <summary>Without a <see cref="Commit"/>: deletes the partial file and leaves the old one in place.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try { Stream.Dispose(); } catch (IOException) { } // disk full on the final flush: the file is discarded anyway
        try { File.Delete(_temporary); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>A write failure named by the file it was for (the message of the exception names the temporary file).</summary>
    public static AnalysisException Failed(string path, Exception e) =>
        AnalysisException.Output($"cannot write {path}: {(e is IOException { HResult: 28 or unchecked((int)0x80070070) } ? "no space left on the device" : e.Message)}", e);

    /// <summary>Writes a whole file through <paramref name="write"/> and commits it.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var file = Create(path);
        try { write(file.Stream); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw Failed(path, e); }
        file.Commit();
    }

    /// <summary>Writes a whole text file (UTF-8, no BOM) through <paramref name="write"/> and commits it.</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        using var file = Create(path);
        try
        {
            using var text = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw Failed(path, e); }
        file.Commit();
    }
}
