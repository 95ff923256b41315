using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of /errata and its sub-resources.

/// <summary>The MyErratum definition (GET /errata): no severity in the spec, so it is read only when present.</summary>
internal sealed class RhsmMyErratumWire
{
    [JsonPropertyName("advisoryId")]
    public string? AdvisoryId { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    [JsonPropertyName("publishDate")]
    public string? PublishDate { get; set; }

    [JsonPropertyName("affectedSystemCount")]
    public int? AffectedSystemCount { get; set; }

    [JsonPropertyName("details")]
    public string? Details { get; set; }

    [JsonPropertyName("systems")]
    public string? Systems { get; set; }
}

/// <summary>The ErratumInContentSet definition (GET /errata/cset/{cs}/arch/{arch}).</summary>
internal sealed class RhsmErratumInContentSetWire
{
    [JsonPropertyName("advisoryId")]
    public string? AdvisoryId { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    [JsonPropertyName("publishDate")]
    public string? PublishDate { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }
}

/// <summary>The ErratumDetails definition (GET /errata/{id}).</summary>
internal sealed class RhsmErratumDetailsWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("solution")]
    public string? Solution { get; set; }

    [JsonPropertyName("issued")]
    public string? Issued { get; set; }

    [JsonPropertyName("lastUpdated")]
    public string? LastUpdated { get; set; }

    [JsonPropertyName("cves")]
    public string? Cves { get; set; }

    [JsonPropertyName("bugzillas")]
    public List<RhsmReferenceWire>? Bugzillas { get; set; }

    [JsonPropertyName("references")]
    public List<RhsmReferenceWire>? References { get; set; }

    [JsonPropertyName("affectedProducts")]
    public List<string>? AffectedProducts { get; set; }
}

/// <summary>The Reference definition (bugzillas and references of an advisory).</summary>
internal sealed class RhsmReferenceWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }
}
