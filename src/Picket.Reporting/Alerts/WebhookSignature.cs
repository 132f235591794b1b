using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Picket.Reporting.Alerts;

/// <summary>
/// The webhook's signature, in the scheme GitHub and Stripe use: the sender puts the Unix time in
/// <see cref="TimestampHeader"/> and <c>sha256=</c> + the hex HMAC-SHA256 (RFC 2104, FIPS 180-4) of
/// <c>timestamp + "." + body</c>, keyed with the shared secret, in <see cref="SignatureHeader"/>. The receiver recomputes
/// it over the raw body it got, compares in constant time, and refuses a timestamp outside its tolerance (5 min), so a
/// captured request cannot be replayed later. README §Alerts has the recipe.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header with the signature, <c>sha256=&lt;hex&gt;</c>.</summary>
    public const string SignatureHeader = "X-Picket-Signature";

    /// <summary>The header with the Unix time (seconds) the request was signed at.</summary>
    public const string TimestampHeader = "X-Picket-Timestamp";

    /// <summary>The header naming one delivery (alert id and revision): the same on every retry, so a receiver drops a repeat.</summary>
    public const string DeliveryHeader = "X-Picket-Delivery";

    /// <summary>How far a timestamp may be from the receiver's clock (5 min, as Stripe's default).</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The header value <c>sha256=&lt;hex&gt;</c> for <paramref name="body"/> signed at <paramref name="unixSeconds"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public static string Sign(byte[] secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(Mac(secret, unixSeconds, body));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> and <paramref name="timestamp"/> (the two headers as received) sign
    /// <paramref name="body"/> with <paramref name="secret"/>, at a time within <paramref name="tolerance"/> of <paramref name="now"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public static bool Verify(byte[] secret, string? signature, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal) || signature.Length != 7 + 64
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return false;
        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
            return false;
        Span<byte> given = stackalloc byte[32];
        try
        {
            if (Convert.FromHexString(signature.AsSpan(7), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
                return false;
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(given, Mac(secret, seconds, body));
    }

    private static byte[] Mac(byte[] secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(secret, message);
    }
}
