using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RedHatApi.Sandbox.Console;

/// <summary>One export request: its sources, the inventory as it was when it was asked for, and its times.</summary>
public sealed class ExportRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Format { get; init; }

    public required string SourceId { get; init; }

    public required IReadOnlyList<InventoryRecord> Hosts { get; init; }

    public required bool Fails { get; init; }

    public required TimeSpan Duration { get; init; }

    public DateTimeOffset Created { get; set; }

    public byte[]? Zip { get; set; }

    public DateTimeOffset Expires => Created.AddDays(ExportStore.KeptDays);

    /// <summary>pending for the first third of its duration, running until it is done, then complete (or failed).</summary>
    public string StatusAt(DateTimeOffset now)
    {
        var elapsed = now - Created;
        return elapsed < Duration / 3 ? "pending" : elapsed < Duration ? "running" : Fails ? "failed" : "complete";
    }
}

/// <summary>The export service's exports: created from an inventory snapshot, zipped when first downloaded, gone after 7 days.</summary>
public sealed class ExportStore
{
    /// <summary>Days the export service keeps an export.</summary>
    public const int KeptDays = 7;

    private static readonly System.Buffers.SearchValues<char> CsvSpecial = System.Buffers.SearchValues.Create(",\"\r\n");

    private readonly ConcurrentDictionary<string, ExportRecord> _exports = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConsoleOptions _options;
    private readonly InventoryStore _inventory;

    public ExportStore(ConsoleOptions options, InventoryStore inventory)
    {
        _options = options;
        _inventory = inventory;
    }

    public ExportRecord Create(string name, string format)
    {
        var export = new ExportRecord
        {
            Id = Guid.NewGuid().ToString(),
            Name = name,
            Format = format,
            SourceId = Guid.NewGuid().ToString(),
            Hosts = _inventory.Snapshot(),
            Fails = _options.FailExports,
            Duration = TimeSpan.FromSeconds(_options.ExportSeconds),
            Created = DateTimeOffset.UtcNow,
        };
        _exports[export.Id] = export;
        return export;
    }

    /// <summary>An export that is still kept, or null (unknown, deleted or older than 7 days).</summary>
    public ExportRecord? Find(string id, DateTimeOffset now) =>
        _exports.TryGetValue(id, out var export) && export.Expires > now ? export : null;

    public IReadOnlyList<ExportRecord> All(DateTimeOffset now) => _exports.Values.Where(e => e.Expires > now).OrderBy(e => e.Created).ToList();

    public bool Delete(string id) => _exports.TryRemove(id, out _);

    public void Clear() => _exports.Clear();

    /// <summary>Makes every export older (tests of the 7-day expiry).</summary>
    public void Age(TimeSpan by)
    {
        foreach (var export in _exports.Values)
        {
            export.Created -= by;
        }
    }

    /// <summary>The zip the service serves: one file per source (&lt;source id&gt;.json or .csv), meta.json and README.md.</summary>
    public static byte[] ZipOf(ExportRecord export)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, export.SourceId + "." + export.Format, export.Format == "csv" ? Csv(export.Hosts) : Json(export.Hosts));
            Write(zip, "meta.json", JsonSerializer.Serialize(new
            {
                exportBy = "sandbox-service-account",
                exportDate = export.Created.ToString("O", CultureInfo.InvariantCulture),
                exportID = export.Id,
                exportName = export.Name,
                exportFormat = export.Format,
                fileMeta = new[] { new { filename = export.SourceId + "." + export.Format, application = ExportEndpoints.Application, resource = ExportEndpoints.Resource } },
            }));
            Write(zip, "README.md", "# Export Manifest\n\nThe inventory systems of this organization, one record per host.\n");
        }

        return buffer.ToArray();
    }

    /// <summary>An export record: the host's identifiers, state and the system profile a CMDB wants.</summary>
    private static Dictionary<string, object?> Record(InventoryRecord h, DateTimeOffset now) => new()
    {
        ["id"] = h.Id,
        ["display_name"] = h.DisplayName,
        ["fqdn"] = h.Fqdn,
        ["subscription_manager_id"] = h.SubscriptionManagerId,
        ["insights_id"] = h.InsightsId,
        ["satellite_id"] = h.SatelliteId,
        ["bios_uuid"] = h.BiosUuid,
        ["mac_addresses"] = h.MacAddresses,
        ["ip_addresses"] = h.IpAddresses,
        ["provider_id"] = null,
        ["provider_type"] = null,
        ["group_id"] = h.GroupName.Length == 0 ? null : InventoryEndpoints.GroupId(h.GroupName),
        ["group_name"] = h.GroupName.Length == 0 ? null : h.GroupName,
        ["os_release"] = h.OsRelease,
        ["host_type"] = null,
        ["state"] = h.StalenessAt(now),
        ["reporter"] = h.Reporter,
        ["updated"] = InventoryEndpoints.Iso(h.Updated),
        ["last_check_in"] = InventoryEndpoints.Iso(h.LastCheckIn),
        ["stale_timestamp"] = InventoryEndpoints.Iso(h.StaleTimestamp),
        ["culled_timestamp"] = InventoryEndpoints.Iso(h.CulledTimestamp),
    };

    private static string Json(IReadOnlyList<InventoryRecord> hosts)
    {
        var now = DateTimeOffset.UtcNow;
        return JsonSerializer.Serialize(hosts.Select(h => Record(h, now)));
    }

    private static string Csv(IReadOnlyList<InventoryRecord> hosts)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = hosts.Select(h => Record(h, now)).ToList();
        var columns = Record(hosts.Count > 0 ? hosts[0] : new InventoryRecord("", "", "", null, "", null, "", Array.Empty<string>(), Array.Empty<string>(), "", Array.Empty<string>(), "", now, now, now, "", "", 0), now).Keys.ToList();
        var text = new StringBuilder(string.Join(",", columns)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(",", columns.Select(c => Cell(row[c])))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>RFC 4180 cell; a list is written as JSON (["a","b"]) inside the quoted cell.</summary>
    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            string s => s,
            string[] list => JsonSerializer.Serialize(list),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
        return text.AsSpan().IndexOfAny(CsvSpecial) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes, 0, bytes.Length);
    }
}
