using System.Security.Cryptography;

namespace Picket.Core.Input.Live;

/// <summary>
/// What a connection's first line is known by: the first 128 bits of its SHA-256, in hex. A collision between two
/// feeds' first lines would make new data look like a recording starting over, so the hash is cryptographic rather
/// than the 64-bit one of de-duplication; it is computed once per connection.
/// </summary>
internal static class LineFingerprint
{
    public static string Of(ReadOnlySpan<byte> line)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(line.TrimEnd("\r\n"u8), hash);
        return Convert.ToHexString(hash[..16]);
    }
}
