using System;
using System.IO;

namespace RedHatApi.Sandbox;

/// <summary>
/// The bytes of one seeded image: a pseudo-random stream that can be read from any offset (SplitMix64 of the image's
/// key and the 8-byte word index), so Range requests need neither a file on disk nor the whole image in memory.
/// </summary>
public sealed class ImageContentStream : Stream
{
    private readonly ulong _key;
    private readonly long _length;
    private long _position;

    public ImageContentStream(ulong key, long length)
    {
        _key = key;
        _length = length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, _length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, _length - _position);
        var at = _position;
        var end = at + n;
        var i = 0;
        while (at < end)
        {
            // One word gives up to eight bytes; a read may start and end inside a word.
            var word = Word(at >> 3);
            for (var shift = (int)(at & 7); shift < 8 && at < end; shift++, at++)
            {
                buffer[i++] = (byte)(word >> (shift * 8));
            }
        }

        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private ulong Word(long index)
    {
        var z = _key + ((ulong)index * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
