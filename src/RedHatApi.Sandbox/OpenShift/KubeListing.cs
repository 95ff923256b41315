using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// limit/continue paging as kube-apiserver does it: the continue token is opaque base64 of
/// <c>{"v":"meta.k8s.io/v1","rv":…,"start":"…"}</c>; metadata.continue is absent on the last page; a token whose
/// resourceVersion was compacted away is 410 Expired (reason Expired) with a fresh, inconsistent token in the Status.
/// </summary>
public static class KubeListing
{
    public const string ExpiredMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, " +
        "or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an " +
        "inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    public static IResult Page(string listKind, IReadOnlyList<(string Key, JsonObject Item)> all, HttpRequest request, ClusterStore store, string apiVersion = "v1")
    {
        store.Core.CompactIfDue();
        var limitText = request.Query["limit"].ToString();
        var limit = 0;
        if (limitText.Length > 0 && !int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit))
        {
            return BadRequest($"limit: Invalid value: \"{limitText}\": must be an integer");
        }

        var revision = store.Core.Revision;
        var start = string.Empty;
        var continueText = request.Query["continue"].ToString();
        if (continueText.Length > 0)
        {
            if (!TryDecode(continueText, out var tokenRevision, out start))
            {
                return BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
            }

            if (tokenRevision <= store.Core.CompactedRevision)
            {
                var fresh = Encode(store.Core.Revision, start);
                return Status(410, "Expired", ExpiredMessage, metadata: new JsonObject { ["continue"] = fresh });
            }

            revision = tokenRevision;
        }

        var rest = all.Where(i => string.CompareOrdinal(i.Key, start) > 0).ToList();
        var page = limit > 0 ? rest.Take(limit).ToList() : rest;
        var metadata = new JsonObject { ["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture) };
        var remaining = rest.Count - page.Count;
        if (remaining > 0)
        {
            metadata["continue"] = Encode(revision, page[^1].Key);
            metadata["remainingItemCount"] = remaining;
        }

        return Json(new JsonObject
        {
            ["kind"] = listKind,
            ["apiVersion"] = apiVersion,
            ["metadata"] = metadata,
            ["items"] = new JsonArray(page.Select(i => (JsonNode)i.Item.DeepClone()).ToArray()),
        });
    }

    /// <summary>labelSelector with equality (k=v, k==v, k!=v) and existence (k, !k) terms, comma-separated.</summary>
    public static Func<IReadOnlyDictionary<string, string>, bool>? LabelSelector(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(term =>
        {
            if (term.Contains("!=", StringComparison.Ordinal))
            {
                var parts = term.Split("!=", 2);
                return (Func<IReadOnlyDictionary<string, string>, bool>)(l => !l.TryGetValue(parts[0].Trim(), out var v) || v != parts[1].Trim());
            }

            if (term.Contains('=', StringComparison.Ordinal))
            {
                var parts = term.Replace("==", "=", StringComparison.Ordinal).Split('=', 2);
                return l => l.TryGetValue(parts[0].Trim(), out var v) && v == parts[1].Trim();
            }

            return term.StartsWith('!') ? l => !l.ContainsKey(term[1..]) : l => l.ContainsKey(term);
        }).ToList();
        return labels => terms.All(t => t(labels));
    }

    private static string Encode(long revision, string start) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { v = "meta.k8s.io/v1", rv = revision, start = start + "\u0000" })));

    private static bool TryDecode(string token, out long revision, out string start)
    {
        revision = 0;
        start = string.Empty;
        try
        {
            using var doc = JsonDocument.Parse(Convert.FromBase64String(token));
            var root = doc.RootElement;
            if (root.GetProperty("v").GetString() != "meta.k8s.io/v1")
            {
                return false;
            }

            revision = root.GetProperty("rv").GetInt64();
            start = (root.GetProperty("start").GetString() ?? string.Empty).TrimEnd('\u0000');
            return revision > 0;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }
}
