using System.Net;
using System.Security.Cryptography;

namespace Picket.Cli.Lists;

/// <summary>
/// Fetches one file over HTTP(S) into a local path, hashing it on the way. Bounded: a size cap (the largest official
/// list, the EU XML, is tens of MB) and a time limit for the whole transfer, not just the headers.
/// </summary>
internal sealed class ListDownloader(HttpClient http, TimeSpan timeout, long maxBytes = ListDownloader.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    /// <summary>The file's size and SHA-256 (hex), or the reason it could not be fetched.</summary>
    public async Task<(ManifestFile? File, string? Error)> DownloadAsync(OfficialFile file, string path, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            using var response = await http.GetAsync(file.Url, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (null, $"HTTP {(int)response.StatusCode} ({response.ReasonPhrase}) from {file.Url}");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return (null, $"{file.Url} is {response.Content.Headers.ContentLength} bytes, over the {maxBytes} byte limit");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cts.Token);
            await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = await body.ReadAsync(buffer, cts.Token)) > 0)
            {
                total += n;
                if (total > maxBytes)
                {
                    return (null, $"{file.Url} exceeds the {maxBytes} byte limit");
                }

                sha.AppendData(buffer.AsSpan(0, n));
                await output.WriteAsync(buffer.AsMemory(0, n), cts.Token);
            }

            if (response.Content.Headers.ContentLength is { } expected && expected != total)
            {
                return (null, $"{file.Url}: connection closed after {total} of {expected} bytes");
            }

            await output.FlushAsync(cts.Token);
            output.Flush(flushToDisk: true);
            return (new ManifestFile(file.Name, file.Url, total, Convert.ToHexStringLower(sha.GetHashAndReset())), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"{file.Url}: no complete answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return (null, $"{file.Url}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return (null, $"{file.Url}: {ex.Message}");
        }
    }

    /// <summary>SHA-256 (hex) and size of a stored file brought by <c>lists load</c> from <paramref name="origin"/>.</summary>
    public static ManifestFile Describe(string storedPath, string origin)
    {
        using var stream = File.OpenRead(storedPath);
        var hash = SHA256.HashData(stream);
        return new ManifestFile(Path.GetFileName(storedPath), origin, stream.Length, Convert.ToHexStringLower(hash));
    }
}
