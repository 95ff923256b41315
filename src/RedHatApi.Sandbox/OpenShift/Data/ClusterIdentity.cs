using System;
using System.Collections.Generic;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>Who a bearer token belongs to, as the authenticator sees it.</summary>
public sealed record ClusterIdentity(string UserName, string Uid, IReadOnlyList<string> Groups, bool IsAdmin, IReadOnlyDictionary<string, string[]> Extra)
{
    public bool IsServiceAccount => UserName.StartsWith("system:serviceaccount:", StringComparison.Ordinal);
}
