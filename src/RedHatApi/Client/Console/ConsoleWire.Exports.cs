using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Console;

// Wire shapes of the export service API v1 (RedHatInsights/export-service-go, static/spec/openapi.yaml).

/// <summary>POST /exports body.</summary>
internal sealed class ExportRequestWire
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("format")]
    public string Format { get; set; } = "json";

    [JsonPropertyName("sources")]
    public List<ExportSourceWire> Sources { get; set; } = new();
}

/// <summary>One source of an export: the inventory's systems.</summary>
internal sealed class ExportSourceWire
{
    [JsonPropertyName("application")]
    public string Application { get; set; } = ConsoleClient.InventoryApplication;

    [JsonPropertyName("resource")]
    public string Resource { get; set; } = ConsoleClient.InventorySystemsResource;

    [JsonPropertyName("filters")]
    public Dictionary<string, string> Filters { get; set; } = new();
}

/// <summary>An export as POST /exports and GET /exports/{id}/status answer it.</summary>
internal sealed class ExportWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("format")]
    public string? Format { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    [JsonPropertyName("completed_at")]
    public string? CompletedAt { get; set; }

    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; set; }

    [JsonPropertyName("sources")]
    public List<ExportSourceStatusWire>? Sources { get; set; }
}

/// <summary>One source's state inside an export.</summary>
internal sealed class ExportSourceStatusWire
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
