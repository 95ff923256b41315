using System;
using System.Management.Automation;
using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Registers a new OpenShift cluster with the Assisted Installer.</para>
/// <para type="description">POST /v2/clusters with the name, version, pull secret and the optional settings given; outputs the new cluster.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "AssistedCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SecretSet)]
[OutputType(typeof(AssistedCluster))]
public sealed class NewAssistedClusterCommand : RedHatApiCmdlet
{
    private const string SecretSet = "PullSecret";
    private const string PathSet = "PullSecretPath";

    /// <summary>The cluster name: the first DNS label of its domain, 1 to 54 characters.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidatePattern("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    [ValidateLength(1, 54)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The OpenShift version (Get-AssistedOpenShiftVersion lists them), for example 4.17 or 4.17.3.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string OpenShiftVersion { get; set; } = string.Empty;

    /// <summary>The pull secret text as a SecureString (Read-Host -AsSecureString).</summary>
    [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
    [ValidateNotNull]
    public SecureString? PullSecret { get; set; }

    /// <summary>The pull secret file downloaded from console.redhat.com.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? PullSecretPath { get; set; }

    /// <summary>The base DNS domain; the cluster answers under &lt;Name&gt;.&lt;BaseDnsDomain&gt;.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? BaseDnsDomain { get; set; }

    /// <summary>The CPU architecture of the hosts.</summary>
    [Parameter]
    [ValidateSet("x86_64", "arm64", "ppc64le", "s390x", "multi")]
    public string? CpuArchitecture { get; set; }

    /// <summary>Control-plane nodes: 1 for single-node OpenShift, else 3 to 5.</summary>
    [Parameter]
    [ValidateSet("1", "3", "4", "5")]
    public int? ControlPlaneCount { get; set; }

    /// <summary>SSH public key for debugging the nodes.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SshPublicKey { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());

        // Checked first, so a bad pull secret fails -WhatIf too and nothing is ever half-sent.
        var pullSecret = PullSecretReader.Read(this, PullSecret, PullSecretPath);
        var request = client.RegisterClusterRequest(new AssistedClusterCreateWire
        {
            Name = Name,
            OpenShiftVersion = OpenShiftVersion,
            PullSecret = pullSecret,
            BaseDnsDomain = BaseDnsDomain,
            CpuArchitecture = CpuArchitecture,
            ControlPlaneCount = ControlPlaneCount,
            SshPublicKey = SshPublicKey,
        });
        if (!ShouldProcessRequest(request, "Register Assisted cluster " + Name))
        {
            return;
        }

        WriteObject(await client.RegisterClusterAsync(request, cancellationToken));
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Name;
}
