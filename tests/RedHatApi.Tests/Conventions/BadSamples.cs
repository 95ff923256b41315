using System.Management.Automation;

namespace RedHatApi.Tests.Conventions.BadSamples;

// Deliberately broken cmdlets: the conventions tests prove each rule fires on them.

[Cmdlet(VerbsCommon.Remove, "Thing")]
public class RemoveThingCommand : PSCmdlet
{
    [Parameter]
    public bool Force { get; set; }
}

[Cmdlet("Fetch", "RhsmWidgets", SupportsPaging = true)]
[OutputType(typeof(string))]
public sealed class FetchRhsmWidgetsCommand : PSCmdlet
{
    [Parameter]
    public object? Session { get; set; }
}

[Cmdlet(VerbsCommon.Get, "RhsmGadget")]
[OutputType(typeof(string))]
public sealed class GetRhsmGadgetCommand : PSCmdlet
{
    [Parameter]
    public object? Session { get; set; }

    [Parameter]
    public int PageSize { get; set; }
}
