namespace Picket.Analysis;

/// <summary>
/// The <c>--out</c> directory of a command, checked before the work: not the filesystem root, not a file, created if
/// missing and proven writable, so a read-only or mistyped target fails in a second with one clear line instead of
/// after the whole analysis.
/// </summary>
public static class OutputDirectory
{
    /// <summary>Checks and creates the directory; returns its full path, or throws <see cref="AnalysisException"/> (usage or output).</summary>
    /// <param name="path">The directory as the user gave it.</param>
    public static string Prepare(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw AnalysisException.Usage("an output directory is needed");
        string full = Path.GetFullPath(path);
        if (Path.GetPathRoot(full) is { } root && string.Equals(Path.TrimEndingDirectorySeparator(full), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
            throw AnalysisException.Usage($"{path} is the root of the filesystem; give a directory of its own for the outputs");
        if (File.Exists(full)) throw AnalysisException.Output($"{path} is a file; give a directory for the outputs");
        try
        {
            Directory.CreateDirectory(full);
            // Probe with a real file: permission bits do not tell the whole story (read-only mounts, ACLs, quotas).
            string probe = Path.Combine(full, $".picket-write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw AnalysisException.Output($"cannot write into {path}: {e.Message}", e);
        }
        return full;
    }
}
