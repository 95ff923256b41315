using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>One downloadable RHEL image (the spec's ImageInContentSet) and what the sandbox needs to serve its bytes.</summary>
public sealed class SeededImage
{
    private readonly Lazy<string> _checksum;

    internal SeededImage(string version, string arch, string kind, string imageName, string filename, DateTimeOffset published, long length, ulong key)
    {
        Version = version;
        Arch = arch;
        Kind = kind;
        ImageName = imageName;
        Filename = filename;
        DatePublished = published;
        Length = length;
        Key = key;

        // The real SHA-256 of the bytes served, computed once on first use (the listing needs it).
        _checksum = new Lazy<string>(() =>
        {
            using var content = Open();
            return Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        });
    }

    public string Version { get; }

    public string Arch { get; }

    /// <summary>boot, dvd or kvm.</summary>
    public string Kind { get; }

    public string ImageName { get; }

    public string Filename { get; }

    public DateTimeOffset DatePublished { get; }

    public long Length { get; }

    public ulong Key { get; }

    /// <summary>rhel-9-for-x86_64-baseos-isos: the content set of the image's major version and arch.</summary>
    public string ContentSet => $"rhel-{Version.Split('.')[0]}-for-{Arch}-baseos-isos";

    public string Checksum => _checksum.Value;

    public ImageContentStream Open() => new(Key, Length);
}

/// <summary>
/// Seeded RHEL images: boot ISO, binary DVD and KVM guest image of RHEL 8.8 to 10.0 for x86_64 and aarch64, with
/// the real publication dates. Their bytes are pseudo-random and small (see SandboxOptions.ImageBytes) so tests stay
/// fast, and each checksum is the real SHA-256 of exactly what the download host serves.
/// </summary>
public sealed class ImageCatalog
{
    private static readonly (string Version, DateTimeOffset Published)[] Releases =
    {
        ("10.0", Date(2025, 5, 20)), ("9.6", Date(2025, 5, 20)), ("9.5", Date(2024, 11, 12)), ("9.4", Date(2024, 4, 30)),
        ("9.3", Date(2023, 11, 7)), ("9.2", Date(2023, 5, 10)), ("8.10", Date(2024, 5, 22)), ("8.9", Date(2023, 11, 14)),
        ("8.8", Date(2023, 5, 16)),
    };

    private static readonly string[] Arches = { "x86_64", "aarch64" };

    // Relative sizes: a DVD is larger than a guest image, which is larger than a boot ISO.
    private static readonly (string Kind, string Suffix, string Label, int Scale)[] Kinds =
    {
        ("boot", "boot.iso", "Boot ISO", 1), ("dvd", "dvd.iso", "Binary DVD", 3), ("kvm", "kvm.qcow2", "KVM Guest Image", 2),
    };

    private readonly IReadOnlyList<SeededImage> _images;
    private readonly Lazy<Dictionary<string, SeededImage>> _byChecksum;

    public ImageCatalog(int seed, long imageBytes)
    {
        ImageBytes = imageBytes;
        var images = new List<SeededImage>();
        foreach (var (version, published) in Releases)
        {
            foreach (var arch in Arches)
            {
                foreach (var (kind, suffix, label, scale) in Kinds)
                {
                    var filename = $"rhel-{version}-{arch}-{suffix}";
                    var key = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(seed + ":" + filename)));

                    // A few odd bytes more or less per image, so no size is a multiple of a buffer or of the others.
                    var length = Math.Max(1, (imageBytes * scale) + (long)(key % 4093));
                    images.Add(new SeededImage(version, arch, kind, $"Red Hat Enterprise Linux {version} {label}", filename, published, length, key));
                }
            }
        }

        _images = images;
        _byChecksum = new Lazy<Dictionary<string, SeededImage>>(() =>
            images.AsParallel().ToDictionary(i => i.Checksum, StringComparer.Ordinal));
    }

    /// <summary>Bytes of the smallest kind (boot ISO) the catalog was built with.</summary>
    public long ImageBytes { get; private init; }

    public IReadOnlyList<SeededImage> All => _images;

    /// <summary>The images of a content set, newest version first (GET /images/cset/{ContentSet}).</summary>
    public IEnumerable<SeededImage> InContentSet(string contentSet) =>
        _images.Where(i => string.Equals(i.ContentSet, contentSet, StringComparison.Ordinal));

    /// <summary>The images of one RHEL version and arch (GET /images/rhel/{Version}/{Arch}).</summary>
    public IEnumerable<SeededImage> ForVersion(string version, string arch) =>
        _images.Where(i => i.Version == version && i.Arch == arch);

    public SeededImage? Find(string checksum) => _byChecksum.Value.GetValueOrDefault(checksum);

    private static DateTimeOffset Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
