using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.Console;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.Console;

/// <summary>Who may call console.redhat.com, and Remove-RedHatInventoryHost.</summary>
public sealed class ConsoleAccessTests : SandboxModuleTest
{
    private const string GetId = ",RedHatApi.Commands.Console.GetRedHatInventoryHostCommand";
    private const string RemoveId = ",RedHatApi.Commands.Console.RemoveRedHatInventoryHostCommand";

    public ConsoleAccessTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private (string Id, string Secret) ServiceAccount()
    {
        var account = Sandbox.Credentials().GetProperty("serviceAccount");
        return (account.GetProperty("clientId").GetString()!, account.GetProperty("clientSecret").GetString()!);
    }

    [Fact]
    public void A_service_account_in_no_User_Access_group_gets_403_that_says_what_to_do()
    {
        var (id, secret) = ServiceAccount();
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { serviceAccountInGroup = false });
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -ClientId $id -ClientSecret $s; Get-RedHatInventoryHost",
            new Dictionary<string, object?> { ["id"] = id, ["s"] = Secrets.Secure(secret) });
        Assert.Equal("ConsoleServiceAccountNotInGroup" + GetId, Assert.Single(result.ErrorIds));
        var message = result.AllErrors.Single().Exception.Message;
        Assert.Contains("'" + id + "'", message, StringComparison.Ordinal);
        Assert.Contains("User Access group", message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, string.Join("\n", result.AllText()), StringComparison.Ordinal);

        // Once an administrator adds it to a group, the same session works.
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { serviceAccountInGroup = true });
        var after = Run("Get-RedHatInventoryHost -First 1");
        Assert.Empty(after.ErrorIds);
        Assert.Single(after.OutputOf<InventoryHost>());
    }

    [Fact]
    public void A_403_to_an_offline_token_stays_PermissionDenied()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/api/inventory/v1/hosts", status = 403 });
        var result = Run("Get-RedHatInventoryHost");
        Assert.Equal("PermissionDenied" + GetId, Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void INSIGHTS_variables_connect_a_service_account_that_serves_the_console()
    {
        var (id, secret) = ServiceAccount();
        var result = Run(
            "$names = 'REDHAT_OFFLINE_TOKEN','REDHAT_CLIENT_ID','REDHAT_CLIENT_SECRET','INSIGHTS_CLIENT_ID','INSIGHTS_CLIENT_SECRET'; " +
            "$saved = @{}; foreach ($n in $names) { $saved[$n] = [Environment]::GetEnvironmentVariable($n) }; " +
            "foreach ($n in $names) { [Environment]::SetEnvironmentVariable($n, $null) }; " +
            "[Environment]::SetEnvironmentVariable('INSIGHTS_CLIENT_ID', $id); [Environment]::SetEnvironmentVariable('INSIGHTS_CLIENT_SECRET', $s); " +
            "try { $session = Connect-RedHatApi -TokenUrl $tokenUrl -ConsoleUrl $sandbox -NewSession; $session; Get-RedHatInventoryHost -Session $session -First 2 } " +
            "finally { foreach ($n in $names) { [Environment]::SetEnvironmentVariable($n, $saved[$n]) } }",
            new Dictionary<string, object?> { ["id"] = id, ["s"] = secret, ["tokenUrl"] = new Uri(Sandbox.BaseUri, "auth/realms/redhat-external/protocol/openid-connect/token") });
        Assert.Empty(result.ErrorIds);
        var session = result.OutputOf<RedHatApiSession>().Single();
        var credential = Assert.Single(session.Credentials);
        Assert.Equal(id, credential.ClientId);
        Assert.Equal(CredentialKind.ClientCredentials, credential.Kind);
        Assert.Equal(new[] { ApiName.Assisted, ApiName.Console }, credential.Apis);
        Assert.Equal(2, result.OutputOf<InventoryHost>().Count);
        Assert.Equal(Sandbox.BaseUri.AbsoluteUri, session.Endpoints.ConsoleUrl.AbsoluteUri);
    }

    [Fact]
    public void ConsoleUrl_defaults_to_console_redhat_com_and_the_sandbox_under_Sandbox()
    {
        Assert.Equal("https://console.redhat.com/", new RedHatApiEndpoints().ConsoleUrl.AbsoluteUri);
        Connect();
        var result = Run("(Get-RedHatApiSession).Connections | Where-Object Name -eq console");
        var console = result.OutputOf<RedHatApi.Models.Session.RedHatApiConnection>().Single();
        Assert.Equal(Sandbox.BaseUri.AbsoluteUri, console.Url.AbsoluteUri);
        Assert.Equal("Console", console.Family);
    }

    [Fact]
    public void Remove_deletes_by_id_WhatIf_shows_the_DELETE_and_an_unknown_id_is_a_per_input_error()
    {
        Connect();
        var hosts = Run("Get-RedHatInventoryHost -First 2").OutputOf<InventoryHost>();
        Sandbox.ClearRequests();
        var whatIf = Run("$h | Remove-RedHatInventoryHost -WhatIf", new Dictionary<string, object?> { ["h"] = hosts.ToArray() });
        Assert.Equal(
            hosts.Select(h => $"What if: Performing the operation \"Delete inventory host {h.Id}\" on target \"DELETE {Sandbox.BaseUri.AbsoluteUri}api/inventory/v1/hosts/{h.Id}\"."),
            whatIf.WhatIf);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("method").GetString() == "DELETE");

        var missing = Guid.NewGuid();
        var result = Run(
            "Remove-RedHatInventoryHost -Id $missing, $first -Confirm:$false; Get-RedHatInventoryHost -Id $first",
            new Dictionary<string, object?> { ["missing"] = missing, ["first"] = hosts[0].Id });
        Assert.Equal(new[] { "InventoryHostNotFound" + RemoveId, "InventoryHostNotFound" + GetId }, result.ErrorIds);
        Assert.Equal(missing, result.Errors[0].TargetObject);
        Assert.Empty(result.OutputOf<InventoryHost>());
    }
}
