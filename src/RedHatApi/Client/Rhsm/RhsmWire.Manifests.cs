using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of an allocation's manifest export and of PUT /allocations/{uuid}.

/// <summary>The exportResponse definition: the job GET /allocations/{uuid}/export started.</summary>
internal sealed class RhsmExportWire
{
    [JsonPropertyName("exportJobID")]
    public string? ExportJobId { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }
}

/// <summary>exportJobResponse (200: exportID and href) and ongoingExportJobResponse (202: message) in one shape.</summary>
internal sealed class RhsmExportJobWire
{
    [JsonPropertyName("exportID")]
    public string? ExportId { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}

/// <summary>The body of PUT /allocations/{uuid}.</summary>
internal sealed class RhsmAllocationUpdateWire
{
    [JsonPropertyName("simpleContentAccess")]
    public string? SimpleContentAccess { get; set; }
}
