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

    internal static PSObject ToPSObject(JsonObject item)
    {
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
