using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the users of the Run:ai tenant: local users and those of its identity provider, with their last login.</para>
/// <para type="description">Lists GET /api/v1/users, which answers a bare array paged by offset and limit, so a page shorter than -PageSize is the last. -UserName filters on the server (username==name, or *part* for username=@part); -Filter passes further filterBy terms. Needs an application with the Administrator role: others get RunAiPermissionDenied naming it.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiUser", SupportsPaging = true)]
[OutputType(typeof(RunAiUser))]
public sealed class GetRunAiUserCommand : RedHatApiCmdlet
{
    private static readonly string[] UserOperators = { "==", "=@" };

    /// <summary>User names (usually e-mail addresses), or *part* patterns; each is one listing.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Name", "SubjectId")]
    [ValidateNotNullOrEmpty]
    public string[]? UserName { get; set; }

    /// <summary>Further filterBy terms as Run:ai takes them: isLocal==false, lastLogin&lt;=2026-06-01T00:00:00Z, createdBy==admin@example.com.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[] Filter { get; set; } = Array.Empty<string>();

    /// <summary>Users per request, 1 to 500 (Run:ai's maximum, and its default for users).</summary>
    [Parameter]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        var names = UserName is { Length: > 0 } ? UserName.Select(n => (string?)n) : new string?[] { null };
        foreach (var name in names)
        {
            var terms = name is null ? Filter : new[] { RunAiNamePattern.ToTerm("username", name, UserOperators) }.Concat(Filter).ToArray();
            var query = new RunAiListQuery { Filters = terms };
            await WritePagedAsync((page, ct) => client.GetUsersPageAsync(query, page, ct), PageSize, cancellationToken, null, RunAiClient.OffsetMode);
        }
    }
}
