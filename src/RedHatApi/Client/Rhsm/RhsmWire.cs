using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// JSON shapes of the RHSM API v1 (rhsm-api-v1-swagger.json), internal so System.Text.Json types and wire names
// never reach the public models.

/// <summary><c>{"pagination":{...},"body":[...]}</c>.</summary>
internal sealed class RhsmListEnvelope<T>
{
    [JsonPropertyName("pagination")]
    public RhsmPagination? Pagination { get; set; }

    [JsonPropertyName("body")]
    public List<T>? Body { get; set; }
}

/// <summary><c>{"body":{...}}</c>.</summary>
internal sealed class RhsmEnvelope<T>
{
    [JsonPropertyName("body")]
    public T? Body { get; set; }
}

/// <summary>APIPageParam: <c>count</c> is the number of items in this page, not a total.</summary>
internal sealed class RhsmPagination
{
    [JsonPropertyName("offset")]
    public long Offset { get; set; }

    [JsonPropertyName("limit")]
    public int Limit { get; set; }

    [JsonPropertyName("count")]
    public int Count { get; set; }
}
