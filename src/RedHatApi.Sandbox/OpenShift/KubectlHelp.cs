namespace RedHatApi.Sandbox.OpenShift;

/// <summary>The cluster part of --help: control routes, and what kubectl can and cannot do against the emulated API.</summary>
internal static class KubectlHelp
{
    public static readonly string[] Lines =
    {
        "Control: GET/PUT /_sandbox/cluster/settings (a PUT starts the cluster over), POST /_sandbox/cluster/compact,",
        "  GET/PUT /_sandbox/cluster/oauth, PUT /_sandbox/cluster/oauth/users/{name}, POST /_sandbox/cluster/oauth/revoke,",
        "  PUT/DELETE /_sandbox/cluster/configmaps/{ns}/{name}, GET /_sandbox/cluster/watches.",
        "kubectl: a kubeconfig with server = Cluster API, certificate-authority = Cluster CA (PEM) and token = adminToken or",
        "  developerToken of /_sandbox/credentials (or a service account's token) works for: auth whoami, auth can-i, version,",
        "  api-versions, api-resources; get (with -l, --field-selector, --chunk-size, -o json|yaml|name, -w for configmaps, pods,",
        "  deployments) of namespaces, serviceaccounts, secrets, configmaps, pods, deployments, rolebindings, clusterrolebindings,",
        "  oauthaccesstokens; describe serviceaccount; create serviceaccount, token, rolebinding, clusterrolebinding, configmap",
        "  (kubectl sends these as protobuf, which the sandbox decodes); delete serviceaccount, configmap, rolebinding,",
        "  clusterrolebinding, oauthaccesstokens.",
        "  Not served: apply, edit, patch, label, annotate (no PATCH), logs, exec, events, nodes, creating namespaces or other",
        "  kinds (protobuf of other kinds is 415: send JSON), listing users (users/~ only), server-side printing (tables).",
    };
}
