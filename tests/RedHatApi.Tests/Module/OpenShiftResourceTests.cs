using System;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Get-OpenShiftResource against the sandbox cluster: discovery, selectors, continue paging and its 410.</summary>
public sealed class OpenShiftResourceTests : OpenShiftModuleTest
{
    private const string GetId = ",RedHatApi.Commands.OpenShift.GetOpenShiftResourceCommand";

    public OpenShiftResourceTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
        Connect();
        Sandbox.ClearRequests();
    }

    private static string Name(PSObject item) => ((PSObject)item.Properties["metadata"].Value).Properties["name"].Value.ToString()!;

    private static string? Prop(PSObject item, string parent, string child) =>
        (item.Properties[parent]?.Value as PSObject)?.Properties[child]?.Value?.ToString();

    [Fact]
    public void ConfigMaps_list_in_pages_chained_by_continue_as_typed_objects_with_kind_and_apiVersion()
    {
        var result = Run("Get-OpenShiftResource -ApiVersion v1 -Kind ConfigMap -Namespace ci -PageSize 5");
        Assert.Empty(result.ErrorIds);
        var names = result.Output.Select(Name).ToList();
        Assert.Equal(13, names.Count); // kube-root-ca.crt and pipeline-01..12
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(result.Output, o =>
        {
            Assert.Equal("RedHatApi.OpenShift.ConfigMap", o.TypeNames[0]);
            Assert.Equal("RedHatApi.OpenShift.Resource", o.TypeNames[1]);
            Assert.Equal("ConfigMap", o.Properties["kind"].Value);
            Assert.Equal("v1", o.Properties["apiVersion"].Value);
            Assert.Equal("ci", Prop(o, "metadata", "namespace"));
        });
        Assert.Equal("pipeline-07", Prop(result.Output.Single(o => Name(o) == "pipeline-07"), "data", "pipeline"));

        var requests = ClusterRequests();
        Assert.Equal("GET /api/v1", requests[0]);
        Assert.Equal("GET /api/v1/namespaces/ci/configmaps?limit=5", requests[1]);
        Assert.Equal(2, requests.Count(r => r.Contains("&continue=", StringComparison.Ordinal))); // 5 + 5 + 3
    }

    [Fact]
    public void A_page_exactly_full_ends_the_list_and_First_Skip_and_IncludeTotalCount_work()
    {
        Run("Get-OpenShiftResource v1 ConfigMap -Namespace ci");
        Sandbox.ClearRequests();
        var all = Run("Get-OpenShiftResource v1 ConfigMap -Namespace ci -PageSize 13").Output.Select(Name).ToList();
        Assert.Equal(13, all.Count);
        Assert.Single(ClusterRequests()); // discovery is cached: only the list itself

        var some = Run("Get-OpenShiftResource v1 ConfigMap -Namespace ci -PageSize 4 -Skip 5 -First 3 -IncludeTotalCount");
        Assert.Equal(all.Skip(5).Take(3), some.Output.Where(o => o.BaseObject is PSCustomObject).Select(Name));
        Assert.Equal(13UL, some.Output.Select(o => o.BaseObject).OfType<ulong>().Single());
    }

    [Fact]
    public void Label_and_field_selectors_go_to_the_server_and_filter_as_they_say()
    {
        var every = Run("Get-OpenShiftResource v1 Pod -AllNamespaces").Output;
        Assert.True(every.Select(p => Prop(p, "metadata", "namespace")).Distinct().Count() > 1);
        var running = Run("Get-OpenShiftResource v1 Pod -AllNamespaces -FieldSelector status.phase=Running").Output;
        Assert.Equal(every.Where(p => Prop(p, "status", "phase") == "Running").Select(Name), running.Select(Name));
        Assert.True(running.Count < every.Count);

        var notRunning = Run("Get-OpenShiftResource v1 Pod -Namespace test -FieldSelector 'status.phase!=Running,metadata.name!=worker-0'").Output;
        Assert.Equal(every.Where(p => Prop(p, "metadata", "namespace") == "test" && Prop(p, "status", "phase") != "Running" && Name(p) != "worker-0").Select(Name), notRunning.Select(Name));
        Assert.NotEmpty(notRunning);

        Sandbox.ClearRequests();
        var build = Run("Get-OpenShiftResource v1 ConfigMap -Namespace ci -LabelSelector 'app=ci,stage=build'").Output;
        Assert.Equal(6, build.Count);
        Assert.All(build, c => Assert.Equal("build", (((PSObject)c.Properties["metadata"].Value).Properties["labels"].Value as PSObject)?.Properties["stage"].Value));
        Assert.Contains("labelSelector=app%3Dci%2Cstage%3Dbuild", ClusterRequests().Last(), StringComparison.Ordinal);

        var bad = Run("Get-OpenShiftResource v1 ConfigMap -Namespace ci -FieldSelector spec.nodeName=x");
        Assert.Contains("not a known field selector", bad.AllErrors.Single().Exception.Message + bad.AllErrors.Single().Exception.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployments_come_from_apps_v1_by_discovery_and_the_plural_name_works_too()
    {
        var result = Run("Get-OpenShiftResource apps/v1 Deployment -AllNamespaces; Get-OpenShiftResource apps/v1 deployments -Namespace test");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(new[] { "ci/runner", "test/web", "test/web" }, result.Output.Select(d => Prop(d, "metadata", "namespace") + "/" + Name(d)));
        Assert.Equal("RedHatApi.OpenShift.Deployment", result.Output[0].TypeNames[0]);
        var requests = ClusterRequests();
        Assert.Equal(1, requests.Count(r => r == "GET /apis/apps/v1"));
        Assert.Contains("GET /apis/apps/v1/deployments?limit=500", requests);
    }

    [Fact]
    public void An_unknown_kind_or_version_is_OpenShiftKindUnknown_naming_what_is_served()
    {
        var kind = Run("Get-OpenShiftResource apps/v1 Gadget");
        Assert.Equal("OpenShiftKindUnknown" + GetId, Assert.Single(kind.ErrorIds));
        Assert.Contains("Deployment", kind.AllErrors.Single().Exception.Message, StringComparison.Ordinal);

        var version = Run("Get-OpenShiftResource gadgets.example.com/v9 Gadget");
        Assert.Equal("OpenShiftKindUnknown" + GetId, Assert.Single(version.ErrorIds));
        Assert.Contains("gadgets.example.com/v9", version.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_read_one_by_one_and_a_missing_one_is_a_per_input_error()
    {
        var result = Run("Get-OpenShiftResource v1 Pod -Namespace test -Name web-1, nothing, worker-0");
        Assert.Equal(new[] { "web-1", "worker-0" }, result.Output.Select(Name));
        Assert.Equal("OpenShiftObjectNotFound" + GetId, Assert.Single(result.ErrorIds));
        Assert.Equal("nothing", result.Errors.Single().TargetObject);
        Assert.Contains("GET /api/v1/namespaces/test/pods/web-1", ClusterRequests());
    }

    [Fact]
    public void An_expired_continue_token_ends_with_ListingIncomplete_around_OpenShiftContinueExpired()
    {
        ClusterSettings(new { continueLifetimeSeconds = 0 });
        Connect();
        var result = Run("Get-OpenShiftResource v1 ConfigMap -Namespace ci -PageSize 5");
        var record = Assert.Single(result.AllErrors);
        Assert.Equal("ListingIncomplete" + GetId, record.FullyQualifiedErrorId);
        var inner = Assert.IsType<RedHatApi.Errors.RedHatApiException>(record.Exception.InnerException);
        Assert.Equal("OpenShiftContinueExpired", inner.ErrorId);
        Assert.Equal(System.Net.HttpStatusCode.Gone, inner.StatusCode);
        Assert.Contains("Run the command again", record.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(5, result.Output.Count);
    }

    [Fact]
    public void The_generic_view_shows_kind_namespace_name_and_age_and_RBAC_applies()
    {
        // The view's Age column, run as the view runs it (Out-String is not available in the test runspace).
        var view = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(RepoPaths.ModuleDirectory, "RedHatApi.OpenShiftResource.Format.ps1xml"));
        var resourceView = view.Descendants("View").Single(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value == "RedHatApi.OpenShift.Resource");
        var columns = resourceView.Descendants("TableColumnItem").Select(c => c.Element("ScriptBlock")!.Value).ToList();
        var shown = Run("Get-OpenShiftResource v1 Pod -Namespace test -Name web-0 | ForEach-Object { " + string.Join(" ; ", columns.Select(c => "& { " + c + " }")) + " }");
        Assert.True(shown.ErrorIds.Count == 0, string.Join("; ", shown.AllErrors.Select(e => e.Exception.Message)));
        Assert.Equal(new[] { "Pod", "test", "web-0" }, shown.Output.Take(3).Select(o => o.ToString()));
        Assert.Matches(@"^\d+d$", shown.Output[3].ToString());

        Run("$dev = Connect-RedHatApi -ClusterUrl $cluster -AccessToken $developerToken -CertificateAuthority $ca -NewSession -ClusterName dev");
        var denied = Run("Get-OpenShiftResource v1 ConfigMap -Session $dev -Namespace ci");
        Assert.Equal("PermissionDenied" + GetId, Assert.Single(denied.ErrorIds));
    }
}
