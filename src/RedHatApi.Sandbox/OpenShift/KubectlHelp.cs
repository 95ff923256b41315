namespace RedHatApi.Sandbox.OpenShift;

/// <summary>The cluster part of --help: control routes, and what kubectl can and cannot do against the emulated API.</summary>
internal static class KubectlHelp
{
    public static readonly string[] Lines =
    {
        "Control: GET/PUT /_sandbox/cluster/settings (a PUT starts the cluster over), POST /_sandbox/cluster/compact,",
        "  GET/PUT /_sandbox/cluster/oauth, PUT /_sandbox/cluster/oauth/users/{name}, POST /_sandbox/cluster/oauth/revoke,",
        "  PUT/DELETE /_sandbox/cluster/configmaps/{ns}/{name}, GET /_sandbox/cluster/watches.",
    };
}
