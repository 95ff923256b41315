using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// What Suspend-, Resume- and Remove-RunAiWorkload share: a workload named by type and id (both bind from the
/// output of Get-RunAiWorkload), one request per workload confirmed as the request itself, and -PassThru to read the
/// workload again after Run:ai accepted the change (Suspend and Resume).
/// </summary>
public abstract class RunAiWorkloadActionCommand : RedHatApiCmdlet
{
    /// <summary>The workload's type (Workspace, Training, Distributed...): Run:ai serves these calls per type. Binds by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiWorkloadTypeCompleter))]
    public string Type { get; set; } = string.Empty;

    /// <summary>The workload's id. Binds by property name: Id, else WorkloadId (a CSV of workloads, for example).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkloadId")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiWorkloadIdCompleter))]
    public Guid Id { get; set; }

    /// <summary>The workload's name, for the confirmation text only; binds from piped workloads.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>True to write the workload as Run:ai reports it after accepting the change (-PassThru of Suspend and Resume).</summary>
    private protected virtual bool WritesWorkload => false;

    /// <summary>"suspend" or "resume" (POST …/{id}/{action}); null deletes (DELETE …/{id}).</summary>
    private protected abstract string? Action { get; }

    /// <summary>The confirmation text: "Suspend the Training workload train-0001 (id)".</summary>
    private protected abstract string Describe(string workload);

    /// <inheritdoc />
    protected override object? ErrorTarget => Id;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        await PerInputAsync(Id, async () =>
        {
            var request = client.WorkloadActionRequest(Type, Id, Action);
            var workload = Type + " workload " + (Name is null ? Id.ToString() : Name + " (" + Id + ")");
            if (!ShouldProcessRequest(request, Describe(workload)))
            {
                return;
            }

            await client.SendWorkloadActionAsync(request, Id, cancellationToken);
            if (WritesWorkload)
            {
                WriteObject(await client.GetWorkloadAsync(Id, cancellationToken));
            }
        });
    }
}
