using System;
using System.IO;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The bytes of a sandbox discovery ISO: the seeded pseudo-random stream of <see cref="ImageContentStream"/> with an
/// ISO 9660 primary volume descriptor signature at byte 32768 (type 1, "CD001", version 1), so a client can tell an
/// ISO from, say, an HTML error page saved under a .iso name. Readable from any offset for Range requests.
/// </summary>
public sealed class DiscoveryIsoStream : Stream
{
    /// <summary>Where the primary volume descriptor starts (system area of 16 sectors of 2048 bytes).</summary>
    public const long DescriptorOffset = 32768;

    private static readonly byte[] Descriptor = { 0x01, (byte)'C', (byte)'D', (byte)'0', (byte)'0', (byte)'1', 0x01 };

    private readonly ImageContentStream _content;

    public DiscoveryIsoStream(ulong key, long length)
    {
        _content = new ImageContentStream(key, length);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _content.Length;

    public override long Position
    {
        get => _content.Position;
        set => _content.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var start = _content.Position;
        var read = _content.Read(buffer);
        for (var i = 0; i < Descriptor.Length; i++)
        {
            var at = DescriptorOffset + i - start;
            if (at >= 0 && at < read)
            {
                buffer[(int)at] = Descriptor[i];
            }
        }

        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => _content.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _content.Dispose();
        }

        base.Dispose(disposing);
    }
}
