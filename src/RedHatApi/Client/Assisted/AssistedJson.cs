using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// The second parse of the fields the Assisted Installer sends as JSON inside a string (validations_info, props,
/// inventory…). A malformed string yields an empty result rather than failing the whole object.
/// </summary>
internal static class AssistedJson
{
    /// <summary><c>{"network":[{"id":…,"status":…,"message":…}],…}</c> as one validation per entry, in the service's order.</summary>
    internal static IReadOnlyList<AssistedValidation> Validations(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Array.Empty<AssistedValidation>();
        }

        try
        {
            var groups = JsonSerializer.Deserialize<Dictionary<string, List<AssistedValidationWire>>>(json!);
            return (groups ?? new())
                .SelectMany(g => (g.Value ?? new()).Select(v => new AssistedValidation(g.Key, v.Id ?? string.Empty, v.Status ?? string.Empty, v.Message)))
                .ToList();
        }
        catch (JsonException)
        {
            return Array.Empty<AssistedValidation>();
        }
    }

    /// <summary>A JSON object string as a read-only dictionary of plain values (string, long, double, bool, null, lists, dictionaries).</summary>
    internal static IReadOnlyDictionary<string, object?> Object(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>();
        }

        try
        {
            using var doc = JsonDocument.Parse(json!);
            return Plain(doc.RootElement) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        }
        catch (JsonException)
        {
            return new Dictionary<string, object?>();
        }
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A host's JSON-in-string inventory; null when absent or malformed (the host is still listed).</summary>
    internal static AssistedInventoryWire? Inventory(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AssistedInventoryWire>(json!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Invariant text of a number for query strings.</summary>
    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
