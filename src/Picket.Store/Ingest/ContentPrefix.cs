using System.Security.Cryptography;
using DuckDB.NET.Data;
using Picket.Core.Input;

namespace Picket.Store.Ingest;

/// <summary>
/// What an ingested NMEA file's decompressed content began with, so that a file which merely extends it adds only
/// what is new. A file is known by the SHA-256 of its bytes (<see cref="FileHash"/>), which changes when a receiver's
/// log grows or when the full download replaces one that was cut off; keyed only by that hash, both were ingested
/// again whole and every position of the old part was stored twice (9,944 duplicates in one case).
/// <para>
/// The key: <see cref="HeadHash"/> (SHA-256 of the first <see cref="HeadBytes"/> decompressed bytes) finds candidate
/// earlier files cheaply; <see cref="Hash"/> (SHA-256 of the first <see cref="Bytes"/> decompressed bytes, which end
/// with the <see cref="Lines"/>th line feed) proves that the new file starts with exactly the stored lines. Lines are
/// counted as the store's NMEA reader counts them (one per line feed), so the new file resumes after line
/// <see cref="Lines"/>, as a crashed ingest of one file resumes. A last line without a line feed is not part of the
/// prefix: a log that grows by completing it is re-read from that line (one line at most is stored twice).
/// Compressed or not does not matter: a gzip and its plain content share a prefix. CSV exports are keyed by the
/// file hash only (their rows can span lines).
/// </para>
/// </summary>
/// <param name="HeadHash">SHA-256 of the first <see cref="HeadBytes"/> decompressed bytes, hex.</param>
/// <param name="Lines">Lines in the prefix (line feeds counted).</param>
/// <param name="Bytes">Decompressed bytes in the prefix, through its last line feed.</param>
/// <param name="Hash">SHA-256 of those bytes, hex.</param>
public sealed record ContentPrefix(string HeadHash, long Lines, long Bytes, string Hash)
{
    /// <summary>Files whose content is shorter than this are not given a prefix: too small to be worth resuming.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The stored prefix of the longest earlier file that <paramref name="path"/> starts with; null when none.</summary>
    public static ContentPrefix? FindExtended(DuckDBConnection connection, string path)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (HeadOf(path) is not { } head) return null;
        var candidates = new List<ContentPrefix>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT head_hash, prefix_lines, prefix_bytes, prefix_hash FROM ingest_prefix WHERE head_hash = $head ORDER BY prefix_bytes DESC";
            cmd.Parameters.Add(new DuckDBParameter("head", head));
            using var r = cmd.ExecuteReader();
            while (r.Read()) candidates.Add(new ContentPrefix(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3)));
        }
        foreach (var c in candidates.DistinctBy(c => c.Hash))
            if (c.Lines > 0 && IsPrefixOf(c, path)) return c;
        return null;
    }

    /// <summary>Records the prefix of the file known by <paramref name="fileHash"/>; meant to run in the transaction that commits its rows.</summary>
    public void Save(DuckDBConnection connection, string fileHash)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO ingest_prefix VALUES ($file, $head, $lines, $bytes, $hash)";
        cmd.Parameters.Add(new DuckDBParameter("file", fileHash));
        cmd.Parameters.Add(new DuckDBParameter("head", HeadHash));
        cmd.Parameters.Add(new DuckDBParameter("lines", Lines));
        cmd.Parameters.Add(new DuckDBParameter("bytes", Bytes));
        cmd.Parameters.Add(new DuckDBParameter("hash", Hash));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// The prefix through the <paramref name="lines"/>th line feed of <paramref name="path"/> (or through its last line
    /// feed when it has fewer): one extra read, used where the lines committed are known only after the read broke off.
    /// </summary>
    public static ContentPrefix? Measure(string path, long lines)
    {
        using var input = OpenContent(path);
        using var tracker = new PrefixTrackingStream(input);
        var buffer = new byte[1 << 16];
        try
        {
            while (tracker.Lines < lines && tracker.Read(buffer.AsSpan(0, (int)Math.Min(buffer.Length, Math.Max(1, lines - tracker.Lines)))) > 0) { }
        }
        catch (InvalidDataException) { } // a truncated gzip: the lines before the break are what was committed
        return tracker.Prefix(lines);
    }

    /// <summary>SHA-256 (hex) of the first <see cref="HeadBytes"/> decompressed bytes; null when the content is shorter or unreadable.</summary>
    internal static string? HeadOf(string path)
    {
        try
        {
            using var input = OpenContent(path);
            var head = new byte[HeadBytes];
            int n = input.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
            return n < HeadBytes ? null : Convert.ToHexStringLower(SHA256.HashData(head));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsPrefixOf(ContentPrefix prefix, string path)
    {
        try
        {
            using var input = OpenContent(path);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long left = prefix.Bytes;
            while (left > 0)
            {
                int n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (n == 0) return false;
                sha.AppendData(buffer, 0, n);
                left -= n;
            }
            return Convert.ToHexStringLower(sha.GetHashAndReset()) == prefix.Hash;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Stream OpenContent(string path) => AisInput.OpenAsync(new FileSource(path), hashContent: false).GetAwaiter().GetResult().Content;
}
