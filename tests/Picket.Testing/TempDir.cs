namespace Picket.Testing;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDir : IDisposable
{
    /// <summary>Creates the directory; <paramref name="prefix"/> names it so a left-over one says which test made it.</summary>
    public TempDir(string prefix = "picket-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="name"/> inside the directory (not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Shorthand for <see cref="File"/>.</summary>
    public string this[string name] => File(name);

    public void Dispose()
    {
        // A file still open elsewhere (a process that outlived its test) must not fail the test that made the directory.
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
