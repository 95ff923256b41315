using System;
using System.Linq;
using RedHatApi.Models.RunAi;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>The department cmdlets against the sandbox.</summary>
public sealed class RunAiDepartmentTests : RunAiModuleTest
{
    private const string GetId = ",RedHatApi.Commands.RunAi.GetRunAiDepartmentCommand";
    private const string NewId = ",RedHatApi.Commands.RunAi.NewRunAiDepartmentCommand";

    public RunAiDepartmentTests(RunAiSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Departments_are_listed_with_next_read_by_id_and_their_projects_found_by_DepartmentId()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $editor
            $all = Get-RunAiDepartment -PageSize 2
            $all
            $all[1] | Get-RunAiDepartment
            Get-RunAiProject -DepartmentId $all[1].Id -First 3
            """);

        Assert.Empty(result.ErrorIds);
        var departments = result.OutputOf<RunAiDepartment>();
        Assert.Equal(new[] { "default", "dept-01", "dept-02", "dept-01" }, departments.Select(d => d.Name));
        Assert.All(result.OutputOf<RunAiProject>(), p => Assert.Equal(departments[1].Id, p.ParentId));
        Assert.Equal(3, result.OutputOf<RunAiProject>().Count);
        AssertFidelity();
    }

    [Fact]
    public void A_department_is_created_its_quota_set_and_removed_and_WhatIf_sends_nothing()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $editor
            $dept = New-RunAiDepartment -Name research -GpuQuota 16 -MemoryQuota 65536
            $dept
            $dept | Set-RunAiDepartment -GpuQuota 24 -PassThru
            $dept | Remove-RunAiDepartment -WhatIf
            $dept | Remove-RunAiDepartment -Confirm:$false
            Get-RunAiDepartment -Name research
            New-RunAiDepartment -Name dept-01
            """);

        Assert.Equal(new[] { "RunAiDepartmentNotFound" + GetId, "RunAiNameConflict" + NewId }, result.ErrorIds);
        var departments = result.OutputOf<RunAiDepartment>();
        Assert.Equal(2, departments.Count);
        Assert.Equal(16, departments[0].GpuQuota);
        Assert.Equal(65536, departments[0].Resources[0].Memory);
        Assert.Equal(24, departments[1].GpuQuota);
        Assert.Matches(@"DELETE http://[^ ]+/api/v1/org-unit/departments/\d+", Assert.Single(result.WhatIf));
        AssertFidelity();
    }

    [Fact]
    public void A_department_that_still_has_projects_is_refused_with_Run_ai_s_message()
    {
        var result = Run("Connect-RunAi -Url $runai -Credential $editor; Remove-RunAiDepartment -Name dept-01 -Confirm:$false");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("HttpStatus400", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("still has projects", error.Exception.Message, StringComparison.Ordinal);
        AssertFidelity();
    }
}
