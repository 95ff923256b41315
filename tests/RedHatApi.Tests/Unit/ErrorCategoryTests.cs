using System;
using System.Management.Automation;
using System.Net;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The category each ErrorId declares beside its definition, as the ErrorRecords carry it.</summary>
public sealed class ErrorCategoryTests
{
    [Fact]
    public void Every_engine_category_name_is_a_PowerShell_ErrorCategory()
    {
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            Assert.Equal(kind.ToString(), ErrorMapper.ToPowerShell(kind).ToString());
        }
    }

    [Fact]
    public void A_declared_category_wins_over_the_status_table()
    {
        // A bare 409 reads as ResourceExists; a 409 about a cluster's state is an operation its state refuses.
        var conflict = new RedHatApiException(ErrorIds.AssistedClusterStateConflict, "installing") { StatusCode = HttpStatusCode.Conflict };
        Assert.Equal(ErrorCategory.InvalidOperation, ErrorMapper.ToErrorRecord(conflict, null).CategoryInfo.Category);
        Assert.Equal(ErrorCategory.ResourceExists, ErrorMapper.CategoryOf(HttpStatusCode.Conflict));
    }

    [Fact]
    public void An_id_without_a_declaration_takes_its_status_category()
    {
        var generic = new RedHatApiException(ErrorIds.HttpStatusPrefix + "418", "teapot") { StatusCode = (HttpStatusCode)429 };
        Assert.Null(ErrorMapper.DeclaredCategoryOf(generic.ErrorId));
        Assert.Equal(ErrorCategory.LimitsExceeded, ErrorMapper.ToErrorRecord(generic, null).CategoryInfo.Category);
    }

    [Fact]
    public void A_listing_that_broke_off_carries_the_category_of_its_cause()
    {
        var cause = new RedHatApiException(ErrorIds.PermissionDenied, "403") { StatusCode = HttpStatusCode.Forbidden };
        var incomplete = new ListingIncompleteException("stopped after 10", 10, 10, cause);
        Assert.Equal(ErrorCategory.PermissionDenied, ErrorMapper.ToErrorRecord(incomplete, null).CategoryInfo.Category);
    }
}
