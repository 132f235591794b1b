using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Picket.Web.Security;

/// <summary>
/// The API key of a request: <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c> (RFC 6750 §2.1), compared in
/// constant time so the answer's timing does not leak how much of a guess was right (OWASP Authentication Cheat Sheet).
/// </summary>
internal static class ApiKeyCheck
{
    public const string HeaderName = "X-Api-Key";

    public static bool IsPresentAndValid(HttpRequest request, string? expected)
    {
        if (string.IsNullOrEmpty(expected)) return false;
        string? given = request.Headers[HeaderName].FirstOrDefault();
        if (string.IsNullOrEmpty(given))
        {
            string? auth = request.Headers.Authorization.FirstOrDefault();
            if (auth != null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) given = auth[7..].Trim();
        }
        if (string.IsNullOrEmpty(given)) return false;
        return CryptographicOperations.FixedTimeEquals(Hash(given), Hash(expected));
    }

    // Hashing first makes the comparison's length fixed too.
    private static byte[] Hash(string s) => SHA256.HashData(Encoding.UTF8.GetBytes(s));

    /// <summary>The client is this machine (reads are open to it when the server has no key).</summary>
    public static bool FromLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);
}
