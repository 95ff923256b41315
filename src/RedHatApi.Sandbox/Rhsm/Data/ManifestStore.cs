using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>
/// Manifest exports of subscription allocations: GET /allocations/{uuid}/export starts a job, the job answers 202
/// for a set number of polls and then names its export, and the export is a manifest zip laid out like the ones
/// Satellite imports (consumer_export.zip and its signature). The manifest is built once per export and kept, so a
/// resumed download gets the same bytes.
/// </summary>
public sealed class ManifestStore
{
    /// <summary>Size of the incompressible part of consumer_export.zip: large enough that a download can be cut mid-way.</summary>
    private const int FillerBytes = 512 * 1024;

    private readonly object _gate = new();
    private readonly int _seed;
    private readonly Dictionary<string, Job> _jobs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, byte[]> _exports = new(StringComparer.OrdinalIgnoreCase);

    public ManifestStore(int seed)
    {
        _seed = seed;
    }

    /// <summary>Starts an export job of <paramref name="allocation"/> that completes after <paramref name="polls"/> polls.</summary>
    public string Start(SeededAllocation allocation, int polls)
    {
        lock (_gate)
        {
            var id = Guid.NewGuid().ToString("N");
            _jobs[id] = new Job(allocation, polls);
            return id;
        }
    }

    /// <summary>One poll of a job: null when the allocation has no such job; else the export id once it is done.</summary>
    public (bool Found, string? ExportId) Poll(string allocationUuid, string jobId)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(jobId, out var job) || !string.Equals(job.Allocation.Uuid, allocationUuid, StringComparison.OrdinalIgnoreCase))
            {
                return (false, null);
            }

            if (job.PollsLeft > 0)
            {
                job.PollsLeft--;
                return (true, null);
            }

            if (job.ExportId is null)
            {
                job.ExportId = Guid.NewGuid().ToString("N");
                _exports[job.ExportId] = Build(job.Allocation);
            }

            return (true, job.ExportId);
        }
    }

    /// <summary>The manifest of an export of <paramref name="allocationUuid"/>; null when there is none.</summary>
    public byte[]? Export(string allocationUuid, string exportId)
    {
        lock (_gate)
        {
            return _exports.TryGetValue(exportId, out var zip) && _jobs.Values.Any(j => j.ExportId == exportId && string.Equals(j.Allocation.Uuid, allocationUuid, StringComparison.OrdinalIgnoreCase))
                ? zip
                : null;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _jobs.Clear();
            _exports.Clear();
        }
    }

    private byte[] Build(SeededAllocation allocation)
    {
        var random = new Random(_seed ^ allocation.Uuid.GetHashCode(StringComparison.Ordinal));
        using var inner = new MemoryStream();
        using (var consumer = new ZipArchive(inner, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(consumer, "export/meta.json", JsonSerializer.Serialize(new { version = allocation.Version, created = DateTimeOffset.UtcNow, principalName = allocation.CreatedBy, webAppPrefix = "https://access.redhat.com/management/distributors/" }));
            Write(consumer, "export/consumer.json", JsonSerializer.Serialize(new { uuid = allocation.Uuid, name = allocation.Name, type = new { label = allocation.Type.ToLowerInvariant() }, contentAccessMode = allocation.SimpleContentAccess == "enabled" ? "org_environment" : "entitlement" }));
            foreach (var entitlement in allocation.Entitlements)
            {
                Write(consumer, $"export/entitlements/{entitlement.Id}.json", JsonSerializer.Serialize(new { id = entitlement.Id, pool = entitlement.Pool.Id, quantity = entitlement.Quantity }));
            }

            var filler = new byte[FillerBytes];
            random.NextBytes(filler);
            using var stream = consumer.CreateEntry("export/upstream_consumer/keys.bin", CompressionLevel.NoCompression).Open();
            stream.Write(filler);
        }

        var signature = new byte[256];
        random.NextBytes(signature);
        using var outer = new MemoryStream();
        using (var manifest = new ZipArchive(outer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var stream = manifest.CreateEntry("consumer_export.zip", CompressionLevel.NoCompression).Open())
            {
                stream.Write(inner.ToArray());
            }

            using (var stream = manifest.CreateEntry("signature", CompressionLevel.NoCompression).Open())
            {
                stream.Write(signature);
            }
        }

        return outer.ToArray();
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private sealed class Job
    {
        public Job(SeededAllocation allocation, int polls)
        {
            Allocation = allocation;
            PollsLeft = polls;
        }

        public SeededAllocation Allocation { get; }

        public int PollsLeft { get; set; }

        public string? ExportId { get; set; }
    }
}
