using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Security;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Rhsm;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class RecordFlattenerTests
{
    private static readonly DateTimeOffset Converted = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static PSObject Flatten(object input, string? sourceApi = null) =>
        new RecordFlattener(";").Flatten(PSObject.AsPSObject(input), sourceApi, Converted);

    private static string[] Columns(PSObject record) => record.Properties.Select(p => p.Name).ToArray();

    [Fact]
    public void A_model_keeps_its_declared_column_order_and_ends_with_provenance()
    {
        var retrieved = new DateTimeOffset(2026, 11, 29, 23, 59, 59, TimeSpan.FromHours(-5));
        var system = new RhsmSystem(
            Guid.Parse("790a8aec-a8e3-2731-a34a-f0404979c765"), "web-01", "web-01.example.com", "Virtual", "admin",
            new DateTimeOffset(2026, 11, 30, 9, 30, 0, TimeSpan.FromHours(2)), "valid", 2, 3, 4, 5, new Uri("/management/v1/systems/x", UriKind.Relative), retrieved);
        var record = Flatten(system);

        Assert.Equal(new[] { "Uuid", "Name", "Hostname", "Type", "Username", "LastCheckin" }, Columns(record).Take(6));
        Assert.Equal(new[] { "SourceApi", "RetrievedAt" }, Columns(record).TakeLast(2));
        Assert.Equal("790a8aec-a8e3-2731-a34a-f0404979c765", record.Properties["Uuid"].Value);
        Assert.Equal("2026-11-30T07:30:00Z", record.Properties["LastCheckin"].Value);
        Assert.Equal(3, record.Properties["SecurityErrataCount"].Value);
        Assert.Equal("RHSM", record.Properties["SourceApi"].Value);
        Assert.Equal("2026-11-30T04:59:59Z", record.Properties["RetrievedAt"].Value);
        Assert.All(record.Properties, p => Assert.True(p.Value is null or string or int or long or bool, p.Name + " is " + p.Value?.GetType()));
    }

    [Fact]
    public void Custom_objects_flatten_nested_objects_join_lists_and_drop_secrets()
    {
        var nested = new PSObject();
        nested.Properties.Add(new PSNoteProperty("securityCount", 7L));
        var input = new PSObject();
        input.Properties.Add(new PSNoteProperty("name", "db-01"));
        input.Properties.Add(new PSNoteProperty("errataCounts", nested));
        input.Properties.Add(new PSNoteProperty("advisories", new object[] { "RHSA-2026:0001", "RHBA-2026:0002" }));
        input.Properties.Add(new PSNoteProperty("ratio", 0.5));
        using var secret = new SecureString();
        input.Properties.Add(new PSNoteProperty("password", secret));
        input.Properties.Add(new PSNoteProperty("when", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)));

        var record = Flatten(input, sourceApi: "CMDB");

        Assert.Equal(new[] { "name", "errataCounts.securityCount", "advisories", "ratio", "when", "SourceApi", "RetrievedAt" }, Columns(record));
        Assert.Equal("RHSA-2026:0001;RHBA-2026:0002", record.Properties["advisories"].Value);
        Assert.Equal("0.5", record.Properties["ratio"].Value);
        Assert.Equal("2026-01-02T03:04:05Z", record.Properties["when"].Value);
        Assert.Equal("CMDB", record.Properties["SourceApi"].Value);
        Assert.Equal("2026-11-30T08:00:00Z", record.Properties["RetrievedAt"].Value);
    }

    [Fact]
    public void Hashtables_flatten_like_objects_and_time_spans_are_iso_durations()
    {
        var record = Flatten(new Hashtable { ["stale"] = TimeSpan.FromDays(30) });
        Assert.Equal("P30D", record.Properties["stale"].Value);
        Assert.Equal(string.Empty, record.Properties["SourceApi"].Value);
    }
}
