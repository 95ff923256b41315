using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Transfers;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>
/// The resumable download on its own, against an in-memory file host: cut and resumed with Range, restarted when the
/// host answers 200 to a Range, and refused when the whole file fails its check. Pauses run in virtual time.
/// </summary>
public sealed class ResumableDownloadTests : IDisposable
{
    private static readonly Uri Link = new("https://cdn.example.test/images/rhel.iso?Signature=abc");
    private readonly string _folder = Directory.CreateTempSubdirectory("rha-download-").FullName;
    private readonly byte[] _payload = RandomNumberGenerator.GetBytes(300_000);
    private readonly VirtualTimeProvider _time = new();
    private readonly Reports _progress = new();
    private int _links;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    private DownloadJob Job(string expectedSha256) =>
        new(
            "the-image",
            _ =>
            {
                Interlocked.Increment(ref _links);
                return Task.FromResult(new DownloadLink(Link, "rhel.iso"));
            },
            "fallback.img",
            ErrorIds.RhsmImageFileExists,
            ErrorIds.RhsmDownloadFailed,
            file => file.Sha256 == expectedSha256 ? null : new RedHatApiException(ErrorIds.RhsmImageChecksumMismatch, "checksum " + file.Sha256));

    private ResumableDownload Download(FileHost host, string expectedSha256, int maxRetries = 3) =>
        new(Job(expectedSha256), new HttpClient(host), _folder, force: false, maxRetries, TimeSpan.FromSeconds(30), _progress, _time);

    [Fact]
    public async Task A_cut_transfer_resumes_with_a_range_from_where_the_partial_file_stops()
    {
        var host = new FileHost(_payload).CutFirstBodyAfter(120_000);
        var lines = new LogLines();
        LogSink.Current = lines;
        FileInfo saved;
        try
        {
            using var download = Download(host, Sha256(_payload));
            saved = await download.RunAsync(CancellationToken.None);
        }
        finally
        {
            LogSink.Current = null;
        }

        Assert.Equal(Path.Combine(_folder, "rhel.iso"), saved.FullName);
        Assert.Equal(_payload, File.ReadAllBytes(saved.FullName));
        Assert.False(File.Exists(saved.FullName + ".partial"));
        Assert.Equal(new long?[] { null, 120_000 }, host.Ranges);
        Assert.Equal(2, _links);
        Assert.Single(_time.Pauses);
        Assert.Contains(lines.Verbose, l => l.Contains("interrupted at byte 120000", StringComparison.Ordinal));
        Assert.True(_progress.Last.Completed);
        Assert.Equal(_payload.Length, _progress.Last.Received);
        Assert.All(_progress.All.Where(p => !p.Completed), p => Assert.Equal(_payload.Length, p.Total));
    }

    [Fact]
    public async Task A_200_answer_to_a_range_replaces_the_partial_file_from_byte_zero()
    {
        var stale = RandomNumberGenerator.GetBytes(50_000);
        File.WriteAllBytes(Path.Combine(_folder, "rhel.iso.partial"), stale);
        var host = new FileHost(_payload).IgnoreRanges();

        using var download = Download(host, Sha256(_payload));
        var saved = await download.RunAsync(CancellationToken.None);

        Assert.Equal(new long?[] { 50_000 }, host.Ranges);
        Assert.Equal(_payload, File.ReadAllBytes(saved.FullName));
        Assert.Empty(_time.Pauses);
    }

    [Fact]
    public async Task A_partial_file_from_an_earlier_run_is_hashed_again_and_only_the_rest_fetched()
    {
        File.WriteAllBytes(Path.Combine(_folder, "rhel.iso.partial"), _payload.Take(200_000).ToArray());
        var host = new FileHost(_payload);

        using var download = Download(host, Sha256(_payload));
        var saved = await download.RunAsync(CancellationToken.None);

        Assert.Equal(new long?[] { 200_000 }, host.Ranges);
        Assert.Equal(_payload, File.ReadAllBytes(saved.FullName));
    }

    [Fact]
    public async Task A_file_that_fails_its_check_is_deleted_and_reported_about_the_input()
    {
        var host = new FileHost(_payload);

        using var download = Download(host, Sha256(new byte[] { 1, 2, 3 }));
        var error = await Assert.ThrowsAsync<RedHatApiException>(() => download.RunAsync(CancellationToken.None));

        Assert.Equal(ErrorIds.RhsmImageChecksumMismatch, error.ErrorId);
        Assert.True(error.IsPerInput);
        Assert.Equal("the-image", error.Target);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Attempts_that_move_nothing_stop_after_the_retries_with_the_last_status()
    {
        var host = new FileHost(_payload).AlwaysAnswer(HttpStatusCode.ServiceUnavailable);

        using var download = Download(host, Sha256(_payload), maxRetries: 2);
        var error = await Assert.ThrowsAsync<RedHatApiException>(() => download.RunAsync(CancellationToken.None));

        Assert.Equal(ErrorIds.RhsmDownloadFailed, error.ErrorId);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.True(error.IsPerInput);
        Assert.Equal(3, host.Ranges.Count);
        Assert.Equal(3, _links);
        Assert.Equal(new[] { 0.25, 0.5 }, _time.Pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public async Task An_existing_file_is_kept_without_force()
    {
        File.WriteAllBytes(Path.Combine(_folder, "rhel.iso"), new byte[] { 7 });
        var host = new FileHost(_payload);

        using var download = Download(host, Sha256(_payload));
        var error = await Assert.ThrowsAsync<RedHatApiException>(() => download.RunAsync(CancellationToken.None));

        Assert.Equal(ErrorIds.RhsmImageFileExists, error.ErrorId);
        Assert.Empty(host.Ranges);
        Assert.Equal(new byte[] { 7 }, File.ReadAllBytes(Path.Combine(_folder, "rhel.iso")));
    }

    /// <summary>Collects progress reports synchronously, as they are made.</summary>
    private sealed class Reports : IProgress<DownloadProgress>
    {
        internal ConcurrentQueue<DownloadProgress> All { get; } = new();

        internal DownloadProgress Last => All.Last();

        public void Report(DownloadProgress value) => All.Enqueue(value);
    }

    private sealed class LogLines : ILogTarget
    {
        internal ConcurrentQueue<string> Verbose { get; } = new();

        void ILogTarget.Verbose(string message) => Verbose.Enqueue(message);

        public void Debug(string message)
        {
        }

        public void Warning(string message)
        {
        }
    }

    /// <summary>A file host in memory: honours Range with 206 unless told not to, and can cut a body part-way.</summary>
    private sealed class FileHost : HttpMessageHandler
    {
        private readonly byte[] _file;
        private long? _cutAfter;
        private bool _ignoreRanges;
        private HttpStatusCode? _always;

        internal FileHost(byte[] file)
        {
            _file = file;
        }

        /// <summary>The Range start of each request (null: none).</summary>
        internal List<long?> Ranges { get; } = new();

        internal FileHost CutFirstBodyAfter(long bytes)
        {
            _cutAfter = bytes;
            return this;
        }

        internal FileHost IgnoreRanges()
        {
            _ignoreRanges = true;
            return this;
        }

        internal FileHost AlwaysAnswer(HttpStatusCode status)
        {
            _always = status;
            return this;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Null(request.Headers.Authorization);
            var from = request.Headers.Range?.Ranges.Single().From;
            lock (Ranges)
            {
                Ranges.Add(from);
            }

            if (_always is { } status)
            {
                return Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request, Content = new ByteArrayContent(Array.Empty<byte>()) });
            }

            var start = _ignoreRanges || from is null ? 0 : from.Value;
            Stream body = new MemoryStream(_file, (int)start, _file.Length - (int)start);
            if (_cutAfter is { } cut)
            {
                _cutAfter = null;
                body = new CutStream(body, cut);
            }

            var response = new HttpResponseMessage(start == 0 ? HttpStatusCode.OK : HttpStatusCode.PartialContent)
            {
                RequestMessage = request,
                Content = new StreamContent(body),
            };
            response.Content.Headers.ContentLength = _file.Length - start;
            if (start > 0)
            {
                response.Content.Headers.ContentRange = new ContentRangeHeaderValue(start, _file.Length - 1, _file.Length);
            }

            return Task.FromResult(response);
        }
    }

    /// <summary>A body that fails like a dropped connection once <c>limit</c> bytes have been read.</summary>
    private sealed class CutStream : Stream
    {
        private readonly Stream _inner;
        private long _left;

        internal CutStream(Stream inner, long limit)
        {
            _inner = inner;
            _left = limit;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left <= 0)
            {
                throw new IOException("The connection was reset by the peer.");
            }

            var read = _inner.Read(buffer, offset, (int)Math.Min(count, _left));
            _left -= read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
