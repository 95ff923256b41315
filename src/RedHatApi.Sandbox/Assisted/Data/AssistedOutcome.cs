using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>A result of an Assisted operation: the status to answer, the JSON body, or the handler error reason.</summary>
public sealed record AssistedOutcome(int Status, JsonNode? Body = null, string? Reason = null)
{
    public bool Ok => Status is >= 200 and < 300;

    internal static AssistedOutcome MissingCluster(string id) => new(404, Reason: $"cluster {id} can't be found");

    internal static AssistedOutcome MissingInfraEnv(string id) => new(404, Reason: $"Failed to get infra env {id}");

    internal static AssistedOutcome Conflict(string reason) => new(409, Reason: reason);
}
