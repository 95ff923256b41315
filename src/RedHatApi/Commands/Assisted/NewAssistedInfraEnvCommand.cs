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
/// <para type="synopsis">Creates an Assisted Installer infra-env: the discovery image hosts boot from to register.</para>
/// <para type="description">POST /v2/infra-envs with the name, pull secret and the optional settings given; outputs the new infra-env. With -ClusterId (or a cluster piped in) the hosts that boot from it join that cluster.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "AssistedInfraEnv", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SecretSet)]
[OutputType(typeof(AssistedInfraEnv))]
public sealed class NewAssistedInfraEnvCommand : RedHatApiCmdlet
{
    private const string SecretSet = "PullSecret";
    private const string PathSet = "PullSecretPath";

    /// <summary>The infra-env name.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>The pull secret text as a SecureString (Read-Host -AsSecureString).</summary>
    [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
    [ValidateNotNull]
    public SecureString? PullSecret { get; set; }

    /// <summary>The pull secret file downloaded from console.redhat.com.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? PullSecretPath { get; set; }

    /// <summary>The cluster the booted hosts join; binds from Get-AssistedCluster output (Id). Without it the infra-env is unbound.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid? ClusterId { get; set; }

    /// <summary>minimal-iso (small; downloads the rest at boot) or full-iso (self-contained, for hosts without internet access at boot).</summary>
    [Parameter]
    [ValidateSet("minimal-iso", "full-iso")]
    public string? ImageType { get; set; }

    /// <summary>An SSH public key the discovery image lets in, for troubleshooting hosts.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SshPublicKey { get; set; }

    /// <summary>The CPU architecture of the hosts.</summary>
    [Parameter]
    [ValidateSet("x86_64", "aarch64", "arm64", "ppc64le", "s390x")]
    public string? CpuArchitecture { get; set; }

    /// <summary>The OpenShift version of the discovery image (by default the bound cluster's).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OpenShiftVersion { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());

        // Checked first, so a bad pull secret fails -WhatIf too and nothing is ever half-sent.
        var pullSecret = PullSecretReader.Read(this, PullSecret, PullSecretPath);
        var request = client.RegisterInfraEnvRequest(new AssistedInfraEnvCreateWire
        {
            Name = Name,
            PullSecret = pullSecret,
            ClusterId = ClusterId?.ToString("D"),
            ImageType = ImageType,
            SshAuthorizedKey = SshPublicKey,
            CpuArchitecture = CpuArchitecture,
            OpenShiftVersion = OpenShiftVersion,
        });
        if (!ShouldProcessRequest(request, "Create Assisted infra-env " + Name))
        {
            return;
        }

        // An unknown -ClusterId is about that input: the next piped cluster still gets its infra-env.
        await PerInputAsync(ClusterId, async () => WriteObject(await client.RegisterInfraEnvAsync(request, ClusterId, cancellationToken)));
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Name;
}
