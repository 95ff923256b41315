using System;
using System.Management.Automation;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// The kubeadmin login of an installed cluster and where to use it. The password is only inside
/// <see cref="Credential"/> (a SecureString): never in the default view, ToString or errors.
/// </summary>
/// <remarks>
/// A model that lives in the cmdlet layer on purpose: it carries a PSCredential, a PowerShell type the engine
/// (Client/, Models/) must not know. The engine hands over the password as a SecureString (AssistedCredentials).
/// </remarks>
public sealed class AssistedClusterCredential
{
    internal AssistedClusterCredential(Guid clusterId, PSCredential credential, Uri? consoleUrl)
    {
        ClusterId = clusterId;
        Credential = credential;
        ConsoleUrl = consoleUrl;
    }

    /// <summary>The cluster the login belongs to.</summary>
    public Guid ClusterId { get; }

    /// <summary>kubeadmin and its password, for example for oc login -u $c.UserName -p $c.Credential.GetNetworkCredential().Password.</summary>
    public PSCredential Credential { get; }

    /// <summary>The user name (kubeadmin).</summary>
    public string UserName => Credential.UserName;

    /// <summary>The OpenShift web console.</summary>
    public Uri? ConsoleUrl { get; }

    /// <inheritdoc />
    public override string ToString() => UserName + " @ " + ConsoleUrl;
}
