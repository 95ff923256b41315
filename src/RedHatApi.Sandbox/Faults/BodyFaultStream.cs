using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RedHatApi.Sandbox.Faults;

/// <summary>
/// Wraps a response body to break it like a flaky network or a bad mirror: after a number of bytes it flushes what
/// was sent and drops the connection (the client sees a body shorter than its Content-Length), or it flips one byte
/// half-way through the body (the client sees a whole body with a wrong checksum).
/// </summary>
internal sealed class BodyFaultStream : Stream
{
    private readonly HttpContext _context;
    private readonly Stream _inner;
    private readonly long? _cutAfter;
    private readonly bool _corrupt;
    private long _written;
    private bool _cut;

    internal BodyFaultStream(HttpContext context, long? cutAfter, bool corrupt)
    {
        _context = context;
        _inner = context.Response.Body;
        _cutAfter = cutAfter;
        _corrupt = corrupt;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_cut)
        {
            // The connection is gone; swallow the rest so the endpoint ends quietly.
            return;
        }

        var allowed = _cutAfter is { } cut ? (int)Math.Clamp(cut - _written, 0, buffer.Length) : buffer.Length;
        var chunk = buffer[..allowed];
        if (_corrupt && chunk.Length > 0 && ContainsMiddle(chunk.Length) is { } at)
        {
            var copy = chunk.ToArray();
            copy[at] ^= 0xFF;
            chunk = copy;
        }

        await _inner.WriteAsync(chunk, cancellationToken);
        _written += chunk.Length;
        if (allowed < buffer.Length || (_cutAfter is { } limit && _written >= limit))
        {
            _cut = true;
            await _inner.FlushAsync(cancellationToken);

            // Give the transport a moment to put the flushed bytes on the wire before the connection goes.
            await Task.Delay(100, CancellationToken.None);
            _context.Abort();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        _cut ? Task.CompletedTask : _inner.FlushAsync(cancellationToken);

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Puts the real body back; the inner stream belongs to the server and stays open.</summary>
    public override async ValueTask DisposeAsync()
    {
        _context.Response.Body = _inner;
        await base.DisposeAsync();
    }

    /// <summary>Index in this chunk of the body's middle byte, if the chunk holds it.</summary>
    private int? ContainsMiddle(int chunkLength)
    {
        var middle = (_context.Response.ContentLength ?? 2) / 2;
        return middle >= _written && middle < _written + chunkLength ? (int)(middle - _written) : null;
    }
}
