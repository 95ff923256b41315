using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Reflection;
using RedHatApi.Errors;

namespace RedHatApi.Cmdlets;

/// <summary>
/// Turns exceptions into ErrorRecords with a stable ErrorId, the category the id declares (else one status table),
/// and the object the user passed as target. Engine code never builds ErrorRecords itself.
/// </summary>
internal static class ErrorMapper
{
    // Read once, on the first error: each id declares its category beside its definition (ErrorIds.cs), so a
    // new id, or a new API family's ids, never edit this file.
    private static readonly Lazy<Dictionary<string, ErrorCategory>> CategoryById = new(ReadDeclaredCategories);

    /// <summary>Builds the ErrorRecord for <paramref name="exception"/> about <paramref name="target"/>.</summary>
    internal static ErrorRecord ToErrorRecord(Exception exception, object? target)
    {
        var ex = Unwrap(exception);
        return ex switch
        {
            RedHatApiException api => new ErrorRecord(api, api.ErrorId, CategoryOf(api), api.Target ?? target),
            ParameterBindingException or ArgumentException =>
                new ErrorRecord(ex, ErrorIds.InvalidParameter, ErrorCategory.InvalidArgument, target),
            HttpRequestException =>
                new ErrorRecord(ex, ErrorIds.NetworkError, ErrorCategory.ConnectionError, target),
            TimeoutException =>
                new ErrorRecord(ex, ErrorIds.RequestTimeout, ErrorCategory.OperationTimeout, target),
            System.Text.Json.JsonException =>
                new ErrorRecord(ex, ErrorIds.InvalidResponse, ErrorCategory.InvalidResult, target),
            _ => new ErrorRecord(ex, ErrorIds.UnexpectedError, ErrorCategory.InvalidOperation, target),
        };
    }

    /// <summary>The category the id declares; for ids that declare none, the HTTP status's; a broken-off listing takes its cause's.</summary>
    internal static ErrorCategory CategoryOf(RedHatApiException exception)
    {
        if (exception is ListingIncompleteException { InnerException: RedHatApiException inner })
        {
            return CategoryOf(inner);
        }

        // HttpStatus<code> and other ids without a declaration: the status says what kind of failure it was.
        return DeclaredCategoryOf(exception.ErrorId)
            ?? (exception.StatusCode is { } status ? CategoryOf(status) : ErrorCategory.InvalidOperation);
    }

    /// <summary>The category of an id as ErrorIds declares it; null for ids that declare none (HttpStatus&lt;code&gt;).</summary>
    internal static ErrorCategory? DeclaredCategoryOf(string errorId) =>
        CategoryById.Value.TryGetValue(errorId, out var category) ? category : null;

    /// <summary>The PowerShell category of the engine's category name (the two enums share their names).</summary>
    internal static ErrorCategory ToPowerShell(ErrorKind category) =>
        (ErrorCategory)Enum.Parse(typeof(ErrorCategory), category.ToString());

    private static Dictionary<string, ErrorCategory> ReadDeclaredCategories()
    {
        var categories = new Dictionary<string, ErrorCategory>(StringComparer.Ordinal);
        foreach (var field in typeof(ErrorIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetCustomAttribute<ErrorIdCategoryAttribute>() is { } declared)
            {
                categories[(string)field.GetRawConstantValue()!] = ToPowerShell(declared.Category);
            }
        }

        return categories;
    }

    /// <summary>The one status → category table.</summary>
    internal static ErrorCategory CategoryOf(HttpStatusCode status) => (int)status switch
    {
        400 or 422 => ErrorCategory.InvalidArgument,
        401 => ErrorCategory.AuthenticationError,
        403 => ErrorCategory.PermissionDenied,
        404 or 410 => ErrorCategory.ObjectNotFound,
        409 => ErrorCategory.ResourceExists,
        408 or 504 => ErrorCategory.OperationTimeout,
        429 => ErrorCategory.LimitsExceeded,
        >= 500 => ErrorCategory.ConnectionError,
        _ => ErrorCategory.InvalidResult,
    };

    private static Exception Unwrap(Exception exception)
    {
        var current = exception;
        while (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            current = aggregate.InnerExceptions[0];
        }

        return current;
    }
}
