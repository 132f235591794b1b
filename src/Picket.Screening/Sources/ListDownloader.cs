using System.Net;
using System.Security.Cryptography;

namespace Picket.Screening.Sources;

/// <summary>
/// Fetches one file over HTTP(S) into a local path, hashing it on the way. Bounded, because a mirror may be hostile: a
/// size cap (checked against Content-Length and again while reading, after decompression), a time limit for the whole
/// transfer, and redirects followed by hand: only to http or https, at most <see cref="MaxRedirects"/> of them.
/// The HttpClient given must not follow redirects itself (<c>AllowAutoRedirect = false</c>).
/// </summary>
public sealed class ListDownloader(HttpClient http, TimeSpan timeout, long maxBytes = ListDownloader.DefaultMaxBytes)
{
    /// <summary>Largest file accepted when the list gives no bound of its own: 512 MiB.</summary>
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    /// <summary>Redirects followed per file; more is a loop or a trap.</summary>
    public const int MaxRedirects = 5;

    /// <summary>The byte bound this downloader applies to each file.</summary>
    public long MaxBytes => maxBytes;

    /// <summary>The file's size and SHA-256 (hex), or the reason it could not be fetched.</summary>
    public async Task<(ManifestFile? File, string? Error)> DownloadAsync(OfficialFile file, string path, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            var url = new Uri(file.Url);
            HttpResponseMessage? response = null;
            for (int hop = 0; ; hop++)
            {
                response?.Dispose();
                response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
                if (!IsRedirect(response.StatusCode)) break;
                var location = response.Headers.Location;
                if (location is null)
                {
                    return (null, $"HTTP {(int)response.StatusCode} from {url} without a Location");
                }

                var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (next.Scheme is not ("http" or "https"))
                {
                    return (null, $"refused: the redirect from {url} to {Shown(next)}: only http and https redirects are followed");
                }

                if (hop == MaxRedirects)
                {
                    return (null, $"refused: more than {MaxRedirects} redirects from {file.Url}");
                }

                url = next;
            }

            using (response)
            {
                return await SaveAsync(response, file, url, path, cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"{file.Url}: no complete answer within {timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or NotSupportedException or UriFormatException)
        {
            return (null, $"{file.Url}: {ex.Message}");
        }
    }

    async Task<(ManifestFile? File, string? Error)> SaveAsync(HttpResponseMessage response, OfficialFile file, Uri url, string path, CancellationToken ct)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (null, $"HTTP {(int)response.StatusCode} ({response.ReasonPhrase}) from {url}");
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return (null, $"refused: {url} is {response.Content.Headers.ContentLength} bytes, over the {maxBytes} byte limit (--max-size)");
        }

        // A library's awaits do not resume on the caller's synchronization context (a UI or legacy ASP.NET host).
        var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using var bodyDisposal = body.ConfigureAwait(false);
        var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using var outputDisposal = output.ConfigureAwait(false);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            total += n;
            if (total > maxBytes)
            {
                return (null, $"refused: {url} goes past the {maxBytes} byte limit (--max-size); download stopped there");
            }

            sha.AppendData(buffer.AsSpan(0, n));
            await output.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
        }

        if (response.Content.Headers.ContentLength is { } expected && expected != total && response.Content.Headers.ContentEncoding.Count == 0)
        {
            return (null, $"{url}: connection closed after {total} of {expected} bytes");
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        output.Flush(flushToDisk: true);
        return (new ManifestFile(file.Name, url.ToString(), total, Convert.ToHexStringLower(sha.GetHashAndReset())), null);
    }

    static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>A URL for a message: the scheme and at most 80 characters, since it came from the mirror.</summary>
    static string Shown(Uri uri)
    {
        var s = uri.OriginalString;
        return s.Length <= 80 ? s : s[..80] + "…";
    }

    /// <summary>SHA-256 (hex) and size of a stored file brought by <c>lists load</c> from <paramref name="origin"/>.</summary>
    public static ManifestFile Describe(string storedPath, string origin)
    {
        using var stream = File.OpenRead(storedPath);
        var hash = SHA256.HashData(stream);
        return new ManifestFile(Path.GetFileName(storedPath), origin, stream.Length, Convert.ToHexStringLower(hash));
    }
}
