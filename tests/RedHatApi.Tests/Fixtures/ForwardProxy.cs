using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// A minimal HTTP forward proxy on loopback that demands Basic proxy credentials (407 otherwise) and records the
/// URLs it forwarded: enough to prove -Proxy and -ProxyCredential reach every request, the token endpoint included.
/// Plain HTTP only (absolute-form requests); one request per connection.
/// </summary>
public sealed class ForwardProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _upstream = new(new HttpClientHandler { UseProxy = false, AllowAutoRedirect = false });
    private readonly string _expected;

    public ForwardProxy(string user, string password)
    {
        _expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
        _listener.Start();
        Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = Task.Run(AcceptLoop);
    }

    public Uri Uri { get; }

    /// <summary>Absolute URLs forwarded with valid credentials.</summary>
    public ConcurrentQueue<string> Forwarded { get; } = new();

    /// <summary>Requests refused with 407.</summary>
    public int Challenged => _challenged;

    private int _challenged;

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync();
            if (requestLine is null)
            {
                return;
            }

            var parts = requestLine.Split(' ');
            using var forward = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
            string? proxyAuth = null;
            var length = 0;
            string? contentType = null;
            for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase))
                {
                    proxyAuth = value;
                }
                else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = value;
                }
                else if (!name.Equals("Host", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) && !name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
                {
                    forward.Headers.TryAddWithoutValidation(name, value);
                }
            }

            var body = new char[length];
            var read = 0;
            while (read < length)
            {
                read += await reader.ReadAsync(body.AsMemory(read, length - read));
            }

            if (proxyAuth != _expected)
            {
                Interlocked.Increment(ref _challenged);
                await Write(stream, "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", Array.Empty<byte>());
                return;
            }

            if (length > 0)
            {
                forward.Content = new StringContent(new string(body), Encoding.UTF8);
                forward.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? "application/octet-stream");
            }

            Forwarded.Enqueue(parts[1]);
            using var response = await _upstream.SendAsync(forward);
            var payload = await response.Content.ReadAsByteArrayAsync();
            var head = new StringBuilder($"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
            foreach (var header in response.Headers)
            {
                if (header.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || header.Key.Equals("Connection", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // the body is re-sent whole, with a Content-Length
                }

                head.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append("\r\n");
            }

            head.Append("Content-Type: ").Append(response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream").Append("\r\n");
            head.Append("Content-Length: ").Append(payload.Length).Append("\r\nConnection: close\r\n\r\n");
            await Write(stream, head.ToString(), payload);
        }
    }

    private static async Task Write(NetworkStream stream, string head, byte[] payload)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(payload);
        await stream.FlushAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _upstream.Dispose();
        _stop.Dispose();
    }
}
