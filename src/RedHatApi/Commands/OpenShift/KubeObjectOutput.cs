using System.Management.Automation;
using System.Text.Json;
using System.Text.Json.Nodes;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// Cluster objects of any kind leave as the PSCustomObjects Invoke-RestMethod would make of their JSON (apiVersion,
/// kind, metadata, spec, status...), typed RedHatApi.OpenShift.&lt;Kind&gt; over RedHatApi.OpenShift.Resource so the
/// generic view (Kind, Namespace, Name, Age) shows them and a kind can have its own.
/// </summary>
internal static class KubeObjectOutput
{
    internal const string ResourceTypeName = "RedHatApi.OpenShift.Resource";

    /// <summary>The object as a PSObject; a watch event without an object becomes an empty one of the generic type.</summary>
    internal static PSObject ToPSObject(JsonObject? item)
    {
        if (item is null)
        {
            var empty = new PSObject();
            empty.TypeNames.Insert(0, ResourceTypeName);
            return empty;
        }

        using var doc = JsonDocument.Parse(item.ToJsonString());
        var result = (PSObject)JsonToPSObject.Convert(doc.RootElement)!;
        result.TypeNames.Insert(0, ResourceTypeName);
        if (item["kind"]?.GetValue<string>() is { Length: > 0 } kind)
        {
            result.TypeNames.Insert(0, "RedHatApi.OpenShift." + kind);
        }

        return result;
    }
}
