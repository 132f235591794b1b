using System.IO.Compression;
using System.Text;

namespace Picket.Web.Analyses;

/// <summary>
/// Decides from an upload's first bytes whether it can be AIS input, before any analysis reads it: NMEA 0183 / IEC
/// 61162-1 sentences (<c>!</c> or <c>$</c>, or a tag block <c>\</c> before them), or a CSV whose header names an MMSI
/// column; either may be gzip-compressed (RFC 1952 magic 1F 8B). Anything else (HTML, executables, archives, Parquet)
/// is refused, so the server never stores what it cannot analyse (OWASP File Upload Cheat Sheet: validate content, not
/// the name).
/// </summary>
internal static class UploadSniffer
{
    public const int HeadBytes = 4096;

    public static bool LooksLikeAis(string path, out string? reason)
    {
        reason = null;
        byte[] head = new byte[HeadBytes];
        int n;
        try
        {
            using var file = File.OpenRead(path);
            Stream s = file;
            var magic = new byte[2];
            int m = file.Read(magic, 0, 2);
            file.Position = 0;
            if (m == 2 && magic[0] == 0x1F && magic[1] == 0x8B) s = new GZipStream(file, CompressionMode.Decompress);
            using (s)
                n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException)
        {
            reason = "a damaged gzip stream";
            return false;
        }
        if (n == 0)
        {
            reason = "an empty file";
            return false;
        }
        var text = Encoding.UTF8.GetString(head, 0, n).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        string first = text.Split('\n', 2)[0];
        if (first.Length > 0 && first[0] is '!' or '$' or '\\') return true;
        // A receiver's own prefix before the sentence (a timestamp, "AIVDM" without "!") still has a sentence in the line.
        if (first.Contains("!AIVDM", StringComparison.Ordinal) || first.Contains("!AIVDO", StringComparison.Ordinal)
            || first.Contains("!BSVDM", StringComparison.Ordinal) || first.Contains("!ABVDM", StringComparison.Ordinal)) return true;
        if (first.Contains("MMSI", StringComparison.OrdinalIgnoreCase) && (first.Contains(',', StringComparison.Ordinal) || first.Contains(';', StringComparison.Ordinal))) return true;
        reason = "neither NMEA sentences nor a CSV with an MMSI column";
        return false;
    }
}
