using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// The scope of an access rule by what users type: a project or department by name (filterBy name==) or id, a
/// cluster by name or UUID (the clusters list, a bare array), or the tenant (its id, which every cluster carries).
/// </summary>
internal sealed partial class RunAiClient
{
    /// <summary>
    /// Resolves <paramref name="scopeType"/> (project, department, cluster, tenant) and the name or id given for it.
    /// One that does not exist is RunAiProjectNotFound, RunAiDepartmentNotFound or RunAiClusterNotFound.
    /// </summary>
    internal async Task<RunAiAccessScope> ResolveAccessScopeAsync(string scopeType, string? nameOrId, CancellationToken cancellationToken)
    {
        switch (scopeType)
        {
            case "project":
                return await OrgUnitScopeAsync("project", "projects", nameOrId!, RunAiTarget.Project(nameOrId!), cancellationToken).ConfigureAwait(false);
            case "department":
                return await OrgUnitScopeAsync("department", "departments", nameOrId!, RunAiTarget.Department(nameOrId!), cancellationToken).ConfigureAwait(false);
            default:
                using (var clusters = await GetDocumentAsync("api/v1/clusters", cancellationToken).ConfigureAwait(false))
                {
                    var all = clusters.RootElement.ValueKind == JsonValueKind.Array ? clusters.RootElement.EnumerateArray().ToList() : new();
                    if (scopeType == "tenant")
                    {
                        var tenant = all.Select(c => c.TryGetProperty("tenantId", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : (long?)null).FirstOrDefault(t => t is not null);
                        return tenant is { } id
                            ? new RunAiAccessScope("tenant", id.ToString(CultureInfo.InvariantCulture), "tenant " + id.ToString(CultureInfo.InvariantCulture), null)
                            : throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.RunAiTenantUnknown);
                    }

                    var cluster = all.FirstOrDefault(c => Matches(c, "uuid", nameOrId!, ignoreCase: true) || Matches(c, "name", nameOrId!, ignoreCase: false));
                    if (cluster.ValueKind != JsonValueKind.Object || !Guid.TryParse(FieldText(cluster, "uuid"), out var uuid))
                    {
                        throw new RedHatApiException(ErrorIds.RunAiClusterNotFound, Text.Format(Strings.RunAiClusterNotFound, nameOrId)) { Target = nameOrId };
                    }

                    return new RunAiAccessScope("cluster", FieldText(cluster, "uuid")!, FieldText(cluster, "name") ?? nameOrId!, uuid);
                }
        }
    }

    // A project or department by exact name, else by id (Run:ai's ids are numbers as text).
    private async Task<RunAiAccessScope> OrgUnitScopeAsync(string kind, string collection, string nameOrId, RunAiTarget target, CancellationToken cancellationToken)
    {
        var query = new RunAiListQuery { Filters = new[] { RunAiListQuery.Equal("name", nameOrId) } }.ToQuery(0, 1);
        using (var listed = await GetDocumentAsync("api/v1/org-unit/" + collection + "?" + query, cancellationToken).ConfigureAwait(false))
        {
            if (listed.RootElement.TryGetProperty(collection, out var items) && items.ValueKind == JsonValueKind.Array &&
                items.EnumerateArray().FirstOrDefault(i => Matches(i, "name", nameOrId, ignoreCase: false)) is { ValueKind: JsonValueKind.Object } unit)
            {
                return ScopeOf(kind, unit, nameOrId);
            }
        }

        if (!long.TryParse(nameOrId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new RedHatApiException(target.NotFoundId!, Text.Format(target.NotFoundMessage!, nameOrId)) { Target = nameOrId };
        }

        var byId = await Api.SendTextAsync(Request(HttpMethod.Get, "api/v1/org-unit/" + collection + "/" + nameOrId), target, cancellationToken).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(byId);
        return ScopeOf(kind, doc.RootElement, nameOrId);
    }

    private static RunAiAccessScope ScopeOf(string kind, JsonElement unit, string given) =>
        new(kind, FieldText(unit, "id") ?? given, FieldText(unit, "name") ?? given, Guid.TryParse(FieldText(unit, "clusterId"), out var cluster) ? cluster : null);

    private static bool Matches(JsonElement item, string property, string value, bool ignoreCase) =>
        string.Equals(FieldText(item, property), value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // Ids come as text or as numbers depending on the resource.
    private static string? FieldText(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>The scope of an access rule: its type, its id as Run:ai takes it, a name for messages, and its cluster.</summary>
internal readonly record struct RunAiAccessScope(string Type, string Id, string Name, Guid? ClusterId);
