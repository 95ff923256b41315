using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using RedHatApi.Errors;
using RedHatApi.Models.Console;
using RedHatApi.Properties;

namespace RedHatApi.Client.Console;

/// <summary>
/// Reads the records of an inventory export zip: the one data file per source (&lt;id&gt;.json, a JSON array, or
/// &lt;id&gt;.csv, RFC 4180 with a header row), not meta.json or README.md. Each record becomes the same
/// <see cref="InventoryHost"/> Get-RedHatInventoryHost writes, so either source feeds a reconciliation; fields an
/// export does not carry stay empty. A zip that is not one, or holds no data file, is InventoryExportInvalid.
/// </summary>
internal static class InventoryExportReader
{
    private static readonly char[] ListSeparators = { ',', ';', ' ' };

    /// <summary>Checks that <paramref name="path"/> is a zip with a data file; null when it is, else the error.</summary>
    internal static RedHatApiException? Check(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return DataEntry(zip) is null ? Invalid(path, "no .json or .csv data file in the archive") : null;
        }
        catch (InvalidDataException ex)
        {
            return Invalid(path, ex.Message);
        }
    }

    /// <summary>The hosts of the export at <paramref name="path"/>, read at <paramref name="retrievedAt"/>.</summary>
    internal static IReadOnlyList<InventoryHost> Read(string path, DateTimeOffset retrievedAt)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = DataEntry(zip) ?? throw Invalid(path, "no .json or .csv data file in the archive");
            using var stream = entry.Open();
            var rows = entry.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CsvRows(stream) : JsonRows(stream);
            return rows.Select(row => ToModel(row, retrievedAt)).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or CsvHelperException)
        {
            throw Invalid(path, ex.Message);
        }
    }

    private static ZipArchiveEntry? DataEntry(ZipArchive zip) =>
        zip.Entries.FirstOrDefault(e =>
            (e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            && !string.Equals(Path.GetFileName(e.FullName), "meta.json", StringComparison.OrdinalIgnoreCase));

    private static List<Dictionary<string, string?>> JsonRows(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var array = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement
            : doc.RootElement.TryGetProperty("data", out var data) ? data
            : throw new JsonException("the data file is not a JSON array of records");
        return array.EnumerateArray().Select(record => record.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            },
            StringComparer.OrdinalIgnoreCase)).ToList();
    }

    private static List<Dictionary<string, string?>> CsvRows(Stream stream)
    {
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var rows = new List<Dictionary<string, string?>>();
        if (!csv.Read() || !csv.ReadHeader())
        {
            return rows;
        }

        var header = csv.HeaderRecord ?? Array.Empty<string>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) is { Length: > 0 } value ? value : null, StringComparer.OrdinalIgnoreCase));
        }

        return rows;
    }

    private static InventoryHost ToModel(Dictionary<string, string?> row, DateTimeOffset retrievedAt)
    {
        string? Field(string name) => row.TryGetValue(name, out var value) ? value : null;
        var wire = new InventoryHostWire
        {
            Id = Field("id"),
            DisplayName = Field("display_name"),
            Fqdn = Field("fqdn"),
            SubscriptionManagerId = Field("subscription_manager_id"),
            InsightsId = Field("insights_id"),
            SatelliteId = Field("satellite_id"),
            BiosUuid = Field("bios_uuid"),
            MacAddresses = List(Field("mac_addresses")),
            IpAddresses = List(Field("ip_addresses")),
            ProviderId = Field("provider_id"),
            ProviderType = Field("provider_type"),
            OrgId = Field("org_id"),
            Reporter = Field("reporter"),
            Groups = Field("group_name") is { } group ? new List<InventoryGroupWire> { new() { Id = Field("group_id"), Name = group } } : null,
            Created = Field("created"),
            Updated = Field("updated"),
            LastCheckIn = Field("last_check_in"),
            StaleTimestamp = Field("stale_timestamp"),
            StaleWarningTimestamp = Field("stale_warning_timestamp"),
            CulledTimestamp = Field("culled_timestamp"),
        };
        var host = ConsoleClient.ToModel(wire, retrievedAt);

        // The export states the staleness it computed; without timestamps that is the only one there is.
        return Field("state") is { Length: > 0 } state && host.Staleness == "unknown"
            ? Restate(host, state)
            : host;
    }

    private static InventoryHost Restate(InventoryHost host, string state) => new(host.Id, host.DisplayName)
    {
        Fqdn = host.Fqdn,
        SubscriptionManagerId = host.SubscriptionManagerId,
        InsightsId = host.InsightsId,
        SatelliteId = host.SatelliteId,
        BiosUuid = host.BiosUuid,
        MacAddresses = host.MacAddresses,
        IpAddresses = host.IpAddresses,
        ProviderId = host.ProviderId,
        ProviderType = host.ProviderType,
        OrgId = host.OrgId,
        Reporter = host.Reporter,
        Groups = host.Groups,
        Created = host.Created,
        Updated = host.Updated,
        LastCheckIn = host.LastCheckIn,
        CulledTimestamp = host.CulledTimestamp,
        Staleness = state,
        RetrievedAt = host.RetrievedAt,
    };

    /// <summary>A list cell: a JSON array (["a","b"]), else values separated by commas, semicolons or spaces.</summary>
    private static List<string>? List(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value!.Trim();
        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            try
            {
                return JsonSerializer.Deserialize<List<string>>(text);
            }
            catch (JsonException)
            {
                text = text.Trim('[', ']');
            }
        }

        return text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim('\'', '"')).ToList();
    }

    private static RedHatApiException Invalid(string path, string reason) =>
        new(ErrorIds.InventoryExportInvalid, Text.Format(Strings.InventoryExportInvalid, path, reason)) { Target = path };
}
