using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using RedHatApi.Errors;

namespace RedHatApi.Cmdlets;

/// <summary>
/// Turns exceptions into ErrorRecords with a stable ErrorId, a category from one status table, and the object the
/// user passed as target. Engine code never builds ErrorRecords itself.
/// </summary>
internal static class ErrorMapper
{
    private static readonly Dictionary<string, ErrorCategory> CategoryById = new(StringComparer.Ordinal)
    {
        [ErrorIds.NotConnected] = ErrorCategory.AuthenticationError,
        [ErrorIds.CredentialNotFound] = ErrorCategory.AuthenticationError,
        [ErrorIds.CredentialMissing] = ErrorCategory.AuthenticationError,
        [ErrorIds.InvalidOfflineToken] = ErrorCategory.AuthenticationError,
        [ErrorIds.TokenClientMismatch] = ErrorCategory.AuthenticationError,
        [ErrorIds.InvalidClientCredential] = ErrorCategory.AuthenticationError,
        [ErrorIds.TokenRequestRejected] = ErrorCategory.AuthenticationError,
        [ErrorIds.AccessTokenExpired] = ErrorCategory.AuthenticationError,
        [ErrorIds.AuthenticationFailed] = ErrorCategory.AuthenticationError,
        [ErrorIds.PermissionDenied] = ErrorCategory.PermissionDenied,
        [ErrorIds.ProxyError] = ErrorCategory.ConnectionError,
        [ErrorIds.TlsError] = ErrorCategory.SecurityError,
        [ErrorIds.NetworkError] = ErrorCategory.ConnectionError,
        [ErrorIds.PagingLoopDetected] = ErrorCategory.InvalidResult,
        [ErrorIds.ConnectionNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.RequestTimeout] = ErrorCategory.OperationTimeout,
        [ErrorIds.RateLimited] = ErrorCategory.LimitsExceeded,
        [ErrorIds.ServiceUnavailable] = ErrorCategory.ConnectionError,
        [ErrorIds.InvalidResponse] = ErrorCategory.InvalidResult,
        [ErrorIds.InvalidParameter] = ErrorCategory.InvalidArgument,
        [ErrorIds.InventoryPropertyNotFound] = ErrorCategory.InvalidArgument,
        [ErrorIds.InventoryHostNameMissing] = ErrorCategory.InvalidData,
        [ErrorIds.UnexpectedError] = ErrorCategory.InvalidOperation,

        // Not-found ids raised without a 404 (a subscription number absent from the whole list).
        [ErrorIds.RhsmSubscriptionNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.RhsmEntitlementNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.RhsmAttachRejected] = ErrorCategory.InvalidArgument,

        // Raised before anything is sent, or after a download went wrong on the wire.
        [ErrorIds.RhsmAllocationHasEntitlements] = ErrorCategory.ResourceBusy,
        [ErrorIds.RhsmAllocationNameInvalid] = ErrorCategory.InvalidArgument,
        [ErrorIds.RhsmImageChecksumMismatch] = ErrorCategory.InvalidResult,
        [ErrorIds.RhsmDownloadFailed] = ErrorCategory.ConnectionError,
        [ErrorIds.RhsmImageFileExists] = ErrorCategory.ResourceExists,

        // Assisted Installer ids raised without an HTTP status (a wait that ended badly, a local check).
        [ErrorIds.ClusterNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.AssistedClusterFailed] = ErrorCategory.InvalidResult,
        [ErrorIds.WaitTimeout] = ErrorCategory.OperationTimeout,
        [ErrorIds.InvalidPullSecret] = ErrorCategory.InvalidArgument,
        [ErrorIds.UserCredentialRequired] = ErrorCategory.AuthenticationError,
        [ErrorIds.AgentCredentialMissing] = ErrorCategory.AuthenticationError,
        [ErrorIds.AgentAuthenticationFailed] = ErrorCategory.AuthenticationError,
        [ErrorIds.InfraEnvNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.HostNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.AssistedDownloadFailed] = ErrorCategory.ConnectionError,
        [ErrorIds.AssistedFileExists] = ErrorCategory.ResourceExists,
        [ErrorIds.DiscoveryIsoInvalid] = ErrorCategory.InvalidResult,

        // OpenShift / Kubernetes ids raised without an HTTP status (no cluster, a kubeconfig, a secret not filled).
        [ErrorIds.ClusterNotConnected] = ErrorCategory.AuthenticationError,
        [ErrorIds.KubeconfigInvalid] = ErrorCategory.InvalidData,
        [ErrorIds.KubeconfigUserUnsupported] = ErrorCategory.NotImplemented,
        [ErrorIds.LegacyTokenUnavailable] = ErrorCategory.ObjectNotFound,
        [ErrorIds.OpenShiftObjectNotFound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.OpenShiftLoginFailed] = ErrorCategory.AuthenticationError,
        [ErrorIds.OpenShiftOAuthNotAvailable] = ErrorCategory.NotImplemented,
        [ErrorIds.OpenShiftOAuthFailed] = ErrorCategory.AuthenticationError,
        [ErrorIds.OpenShiftRegistryNotExposed] = ErrorCategory.ObjectNotFound,
        [ErrorIds.OpenShiftRoleNotBound] = ErrorCategory.ObjectNotFound,
        [ErrorIds.OpenShiftKindUnknown] = ErrorCategory.ObjectNotFound,
        [ErrorIds.OpenShiftWatchFailed] = ErrorCategory.ReadError,
    };

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

    /// <summary>Category from the HTTP status when there is one, else from the id.</summary>
    internal static ErrorCategory CategoryOf(RedHatApiException exception)
    {
        if (exception is ListingIncompleteException { InnerException: RedHatApiException inner })
        {
            return CategoryOf(inner);
        }

        if (exception.StatusCode is { } status)
        {
            return CategoryOf(status);
        }

        return CategoryById.TryGetValue(exception.ErrorId, out var category) ? category : ErrorCategory.InvalidOperation;
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
